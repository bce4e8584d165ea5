package convert

import "strconv"

// Error is what a converter returns for input it cannot read or an article
// it cannot write: malformed input, nesting too deep, a document of the
// wrong shape. Each converter package names it as its own Error type.
type Error struct {
	// Format names the converter, such as "jsonld" or "ninjs"; it starts
	// the message.
	Format string
	// Pointer is the RFC 6901 JSON pointer of the offending value in the
	// input; empty when Line locates the fault instead, or for the whole.
	Pointer string
	// Line and Column locate a syntax error, both counting from 1; Column
	// counts code points. Zero when Pointer locates the fault.
	Line, Column int
	// Msg says what is wrong, for a person.
	Msg string
	// Err is the underlying error, or nil.
	Err error
}

// Error returns "FORMAT: WHERE: MESSAGE", WHERE being LINE:COLUMN, a
// pointer, or "(document)".
func (e *Error) Error() string {
	where := "(document)"
	switch {
	case e.Line > 0:
		where = strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column)
	case e.Pointer != "":
		where = e.Pointer
	}
	return e.Format + ": " + where + ": " + e.Msg
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }
