package convert

import (
	"fmt"
	"strconv"
	"strings"
)

// Side says which document a Loss's Pointer points into.
type Side uint8

// The sides of a conversion.
const (
	// Ours is the article document of this module.
	Ours Side = iota
	// Theirs is the document of the other format.
	Theirs
)

// String returns "ours" or "theirs".
func (s Side) String() string {
	switch s {
	case Ours:
		return "ours"
	case Theirs:
		return "theirs"
	}
	return "side(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the name of s, and an error for a value that is
// neither Ours nor Theirs.
func (s Side) MarshalText() ([]byte, error) {
	if s > Theirs {
		return nil, fmt.Errorf("convert: unknown side %d", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts "ours" and "theirs".
func (s *Side) UnmarshalText(b []byte) error {
	switch string(b) {
	case "ours":
		*s = Ours
	case "theirs":
		*s = Theirs
	default:
		return fmt.Errorf("convert: unknown side %q; want ours or theirs", b)
	}
	return nil
}

// Loss is one thing a conversion could not carry into its result.
type Loss struct {
	// Side names the document Pointer points into.
	Side Side `json:"side"`
	// Pointer locates the lost value in that document: a JSON pointer for
	// JSON documents, an XPath location for XML ones; empty for the
	// document as a whole. See the package documentation.
	Pointer string `json:"pointer"`
	// Reason says what was lost and why, for a person.
	Reason string `json:"reason"`
}

// String returns "POINTER: REASON", with "(document)" for an empty pointer.
func (l Loss) String() string {
	p := l.Pointer
	if p == "" {
		p = "(document)"
	}
	return p + ": " + l.Reason
}

// Pointer joins tokens into an RFC 6901 JSON pointer, escaping "~" and "/"
// in each: Pointer("entities", 3, "externalIds", "a/b") is
// "/entities/3/externalIds/a~1b". A token is a string or an int.
func Pointer(tokens ...any) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		switch v := t.(type) {
		case int:
			b.WriteString(strconv.Itoa(v))
		case string:
			b.WriteString(escaper.Replace(v))
		default:
			b.WriteString(escaper.Replace(fmt.Sprint(v)))
		}
	}
	return b.String()
}

var escaper = strings.NewReplacer("~", "~0", "/", "~1")
