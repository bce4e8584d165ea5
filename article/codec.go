package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/newsmodel/newsmodel/internal/strictjson"
)

// DecodeError is what Decode returns for input that is not a valid article
// document: where the offending value is, and what is wrong with it.
type DecodeError struct {
	// Pointer is the RFC 6901 JSON pointer of the offending value; empty
	// for the document as a whole.
	Pointer string
	// Offset is the byte offset of the offending value in the input.
	Offset int
	// Line and Column locate Offset, both counting from 1; Column counts
	// code points.
	Line, Column int
	// Rule is a stable name for the kind of fault: "syntax",
	// "unknown-key", "required", "duplicate-key", "type", "value",
	// "trailing-data", "limit" or "schema-version".
	Rule string
	// Message says what is wrong, for a person.
	Message string
	// Err is the underlying error of a value's text form, such as a
	// *news.DateError, or nil.
	Err error
}

// Error returns "article: LINE:COLUMN: POINTER: MESSAGE".
func (e *DecodeError) Error() string {
	return fmt.Sprintf("article: %d:%d: %s: %s", e.Line, e.Column, pointerText(e.Pointer), e.Message)
}

// Unwrap returns Err, so that errors.As reaches a date's or a language
// tag's own error.
func (e *DecodeError) Unwrap() error { return e.Err }

// EncodeError is what Encode and Marshal return for an Article that cannot
// be written faithfully: a string that is not UTF-8, an enumeration holding
// an unknown name, raw extension JSON that is missing or invalid.
type EncodeError struct {
	// Pointer is the JSON pointer the offending value would have had.
	Pointer string
	// Message says what is wrong, for a person.
	Message string
}

// Error returns "article: encoding: POINTER: MESSAGE".
func (e *EncodeError) Error() string {
	return fmt.Sprintf("article: encoding: %s: %s", pointerText(e.Pointer), e.Message)
}

func pointerText(p string) string {
	if p == "" {
		return "(document)"
	}
	return p
}

// Decode reads one article document from r, strictly: an unknown member, a
// missing required member, a duplicate member, a null, a value of the wrong
// type or out of range, text
// that is not UTF-8, a schemaVersion other than SchemaVersion, a second
// document or trailing bytes is a *DecodeError naming the JSON pointer of
// the offending value. Empty arrays and objects decode as nil, since they
// encode alike. Decode checks the form of the document; Validate checks
// raw bytes against the schema and what the values mean.
func Decode(r io.Reader) (*Article, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("article: reading: %w", err)
	}
	return Unmarshal(data)
}

// Unmarshal is Decode for a document already in memory.
func Unmarshal(data []byte) (*Article, error) {
	a := new(Article)
	if err := strictjson.Unmarshal(data, a, strictjson.Limits{}); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) {
			return nil, &DecodeError{
				Pointer: se.Pointer, Offset: se.Offset, Line: se.Line, Column: se.Column,
				Rule: se.Rule, Message: se.Msg, Err: se.Err,
			}
		}
		return nil, err
	}
	if a.SchemaVersion != SchemaVersion {
		msg := fmt.Sprintf("schemaVersion %q is not one this package reads; want %q", a.SchemaVersion, SchemaVersion)
		if a.SchemaVersion == "" {
			msg = fmt.Sprintf("missing member \"schemaVersion\"; want %q", SchemaVersion)
		}
		return nil, &DecodeError{Pointer: "/schemaVersion", Line: 1, Column: 1, Rule: "schema-version", Message: msg}
	}
	return a, nil
}

// Encode writes a as JSON to w: members in the order the types declare them,
// empty and zero members left out, two-space indentation, no HTML escaping,
// and a final newline. The output of Encode decodes to an equal Article and
// re-encodes to the same bytes, so files diff cleanly.
func Encode(w io.Writer, a *Article) error {
	b, err := Marshal(a)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the encoding of a that Encode writes. What could not be
// read back as written — a string that is not valid UTF-8 (which
// encoding/json would replace silently), an enumeration holding an unknown
// name, raw extension JSON that is missing, null or invalid — is an
// *EncodeError naming its JSON pointer.
func Marshal(a *Article) ([]byte, error) { return marshal(a, "  ") }

// marshal is Marshal with the indent given: Check reads the compact form,
// which costs less to write and to read back.
func marshal(a *Article, indent string) ([]byte, error) {
	if a == nil {
		return nil, &EncodeError{Message: "nil *Article"}
	}
	if err := strictjson.CheckEncodable(a); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) {
			return nil, &EncodeError{Pointer: se.Pointer, Message: se.Msg}
		}
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(a); err != nil {
		return nil, fmt.Errorf("article: encoding: %w", err)
	}
	return buf.Bytes(), nil
}
