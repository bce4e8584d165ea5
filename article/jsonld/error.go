package jsonld

import "strconv"

// Error is what Import, Export and Extract return for input they cannot
// read or an article they cannot write: malformed JSON, nesting too deep,
// a cycle of references, no article in the document.
type Error struct {
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

// Error returns "jsonld: WHERE: MESSAGE", WHERE being LINE:COLUMN, a
// pointer, or "(document)".
func (e *Error) Error() string {
	where := "(document)"
	switch {
	case e.Line > 0:
		where = strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column)
	case e.Pointer != "":
		where = e.Pointer
	}
	return "jsonld: " + where + ": " + e.Msg
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }
