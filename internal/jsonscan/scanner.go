package jsonscan

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Rules that an Error can carry; the decoders report them under the same
// names.
const (
	RuleSyntax   = "syntax"        // the text is not JSON
	RuleValue    = "value"         // JSON that strict mode refuses: bytes that are not UTF-8, a lone surrogate
	RuleLimit    = "limit"         // beyond one of the Options' limits
	RuleTrailing = "trailing-data" // more after the one value of a document
)

// ErrEmpty is the Err of the Error that Document returns for input that
// holds no value at all, only white space or nothing.
var ErrEmpty = errors.New("jsonscan: empty input")

// Error is one fault in JSON text.
type Error struct {
	Offset int    // byte offset of the fault in the input
	Rule   string // one of the Rule constants
	Msg    string // what is wrong, for a person; it names no position
	Err    error  // ErrEmpty, or nil
}

// Error gives the offset and the message.
func (e *Error) Error() string {
	return fmt.Sprintf("jsonscan: offset %d: %s", e.Offset, e.Msg)
}

// Unwrap returns ErrEmpty for empty input, and nil otherwise.
func (e *Error) Unwrap() error { return e.Err }

// Options set what a Scanner accepts. A zero limit means no limit.
type Options struct {
	// Lenient turns bytes that are not UTF-8 and lone UTF-16 surrogates in
	// strings into U+FFFD, as encoding/json does, instead of refusing them.
	Lenient bool

	MaxDepth     int // nesting of arrays and objects
	MaxStringLen int // bytes of one decoded string
	MaxArrayLen  int // elements of one array
}

// Scanner reads the JSON text in Data from Pos on. Its methods move Pos past
// what they read; on an error Pos is left where it was or inside the token
// that failed, and the Error names the offset. The zero Scanner reads an
// empty input strictly and without limits.
type Scanner struct {
	Data  []byte // the whole input, never changed
	Pos   int    // byte offset of the next byte to read
	Depth int    // arrays and objects open around Pos
	opt   Options
}

// New returns a Scanner at the start of data.
func New(data []byte, opt Options) Scanner {
	return Scanner{Data: data, opt: opt}
}

// Kind is the type of JSON value that a byte starts.
type Kind uint8

// The kinds of JSON value.
const (
	None   Kind = iota // no value starts here: the end of the input, or another byte
	Object             // {
	Array              // [
	String             // "
	Number             // - or a digit
	True               // t
	False              // f
	Null               // n
)

var kinds = [256]Kind{
	'{': Object, '[': Array, '"': String, 't': True, 'f': False, 'n': Null,
	'-': Number, '0': Number, '1': Number, '2': Number, '3': Number,
	'4': Number, '5': Number, '6': Number, '7': Number, '8': Number, '9': Number,
}

var words = [...]string{True: "true", False: "false", Null: "null"}

// Kind returns the kind of value that starts at Pos, from its first byte
// alone; None at the end of the input.
func (s *Scanner) Kind() Kind {
	if s.Pos >= len(s.Data) {
		return None
	}
	return kinds[s.Data[s.Pos]]
}

// Describe names what starts at Pos, for messages: "an object", "a
// number", "end of input", or the character itself, quoted.
func (s *Scanner) Describe() string {
	if s.Pos >= len(s.Data) {
		return "end of input"
	}
	switch s.Kind() {
	case Object:
		return "an object"
	case Array:
		return "an array"
	case String:
		return "a string"
	case Number:
		return "a number"
	case True, False:
		return "a boolean"
	case Null:
		return "null"
	}
	r, _ := utf8.DecodeRune(s.Data[s.Pos:])
	return fmt.Sprintf("%q", r)
}

// NotAValue is the error for a Pos where a value should start and none does.
func (s *Scanner) NotAValue() error {
	if s.Pos >= len(s.Data) {
		return s.fail(RuleSyntax, "unexpected end of input; expected a value")
	}
	return s.fail(RuleSyntax, "unexpected %s; expected a value", s.Describe())
}

func (s *Scanner) failAt(off int, rule, format string, args ...any) *Error {
	return &Error{Offset: off, Rule: rule, Msg: fmt.Sprintf(format, args...)}
}

func (s *Scanner) fail(rule, format string, args ...any) *Error {
	return s.failAt(s.Pos, rule, format, args...)
}

// Space moves Pos past white space.
func (s *Scanner) Space() {
	for s.Pos < len(s.Data) {
		switch s.Data[s.Pos] {
		case ' ', '\t', '\n', '\r':
			s.Pos++
		default:
			return
		}
	}
}

var byteOrderMark = []byte("\ufeff")

// Document reads the one value of the whole input with value, which is
// called with Pos at the value's first byte. A byte order mark, input with
// no value (an Error whose Err is ErrEmpty) and anything but white space
// after the value are errors.
func (s *Scanner) Document(value func() error) error {
	if bytes.HasPrefix(s.Data[s.Pos:], byteOrderMark) {
		return s.fail(RuleSyntax, "byte order mark at the start: JSON text must not begin with one")
	}
	s.Space()
	if s.Pos == len(s.Data) {
		e := s.fail(RuleSyntax, "empty input: expected a JSON value")
		e.Err = ErrEmpty
		return e
	}
	if err := value(); err != nil {
		return err
	}
	s.Space()
	if s.Pos != len(s.Data) {
		return s.fail(RuleTrailing, "unexpected data after the end of the document")
	}
	return nil
}

// Literal reads the true, false or null that Kind says starts at Pos;
// where Kind says none does, it is NotAValue.
func (s *Scanner) Literal() error {
	word := words[s.Kind()]
	if word == "" {
		return s.NotAValue()
	}
	if len(s.Data)-s.Pos >= len(word) && string(s.Data[s.Pos:s.Pos+len(word)]) == word {
		s.Pos += len(word)
		return nil
	}
	return s.fail(RuleSyntax, "invalid literal: expected %q", word)
}

// digits returns the offset of the first byte at or after i in b that is
// not an ASCII digit.
func digits(b []byte, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}

// Number reads the number at Pos and returns its text, which aliases Data.
func (s *Scanner) Number() ([]byte, error) {
	b, start, i := s.Data, s.Pos, s.Pos
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch j := digits(b, i); {
	case j == i:
		return nil, s.failAt(i, RuleSyntax, "invalid number: expected a digit")
	case b[i] == '0' && j > i+1:
		return nil, s.failAt(i+1, RuleSyntax, "invalid number: leading zeros are not allowed")
	default:
		i = j
	}
	if i < len(b) && b[i] == '.' {
		j := digits(b, i+1)
		if j == i+1 {
			return nil, s.failAt(j, RuleSyntax, "invalid number: expected a digit after the decimal point")
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(b, i)
		if j == i {
			return nil, s.failAt(j, RuleSyntax, "invalid number: expected a digit in the exponent")
		}
		i = j
	}
	s.Pos = i
	return b[start:i], nil
}

// open reads the opening bracket at Pos, one level deeper, and reports
// whether the closing one follows at once; it reads that too.
func (s *Scanner) open(closing byte) (empty bool, err error) {
	s.Depth++
	if s.opt.MaxDepth > 0 && s.Depth > s.opt.MaxDepth {
		return false, s.fail(RuleLimit, "nesting deeper than %d levels", s.opt.MaxDepth)
	}
	s.Pos++
	s.Space()
	if s.Pos < len(s.Data) && s.Data[s.Pos] == closing {
		s.Pos++
		s.Depth--
		return true, nil
	}
	return false, nil
}

// Object reads the object that starts at Pos, calling member for each
// member with its decoded name (which may alias Data), the offset of the
// name's opening quote, and Pos at the first byte of the member's value,
// which member must read. An error of member ends the object and is
// returned as it is.
func (s *Scanner) Object(member func(name []byte, nameOff int) error) error {
	if empty, err := s.open('}'); empty || err != nil {
		return err
	}
	for {
		s.Space()
		nameOff := s.Pos
		if s.Pos >= len(s.Data) {
			return s.fail(RuleSyntax, "unexpected end of input; expected a member name")
		}
		if s.Data[s.Pos] != '"' {
			return s.fail(RuleSyntax, "expected a member name in double quotes, found %s", s.Describe())
		}
		name, err := s.String()
		if err != nil {
			return err
		}
		s.Space()
		if s.Pos >= len(s.Data) || s.Data[s.Pos] != ':' {
			return s.fail(RuleSyntax, "expected ':' after member name %q", name)
		}
		s.Pos++
		s.Space()
		if err := member(name, nameOff); err != nil {
			return err
		}
		if s.comma() {
			continue
		}
		return s.close('}', "a member")
	}
}

// Array reads the array that starts at Pos, calling element for each
// element with its index and Pos at its first byte; element must read the
// value. An error of element ends the array and is returned as it is.
func (s *Scanner) Array(element func(i int) error) error {
	if empty, err := s.open(']'); empty || err != nil {
		return err
	}
	for i := 0; ; i++ {
		if s.opt.MaxArrayLen > 0 && i >= s.opt.MaxArrayLen {
			return s.fail(RuleLimit, "array longer than the limit of %d elements", s.opt.MaxArrayLen)
		}
		s.Space()
		if err := element(i); err != nil {
			return err
		}
		if s.comma() {
			continue
		}
		return s.close(']', "an element")
	}
}

// comma reads the white space and the comma that may follow a member or an
// element, and reports whether there was a comma.
func (s *Scanner) comma() bool {
	s.Space()
	if s.Pos < len(s.Data) && s.Data[s.Pos] == ',' {
		s.Pos++
		return true
	}
	return false
}

// close reads the closing bracket that must stand at Pos when no comma
// follows a member or an element.
func (s *Scanner) close(closing byte, after string) error {
	switch {
	case s.Pos >= len(s.Data):
		return s.fail(RuleSyntax, "unexpected end of input; expected ',' or '%c'", closing)
	case s.Data[s.Pos] != closing:
		return s.fail(RuleSyntax, "expected ',' or '%c' after %s, found %s", closing, after, s.Describe())
	}
	s.Pos++
	s.Depth--
	return nil
}

// LineCol returns the 1-based line and column of byte offset off in data;
// the column counts code points (a byte that is not UTF-8 counts as one).
func LineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}
