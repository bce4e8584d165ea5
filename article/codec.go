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
	// "unknown-key", "duplicate-key", "type", "value", "trailing-data" or
	// "limit".
	Rule string
	// Message says what is wrong, for a person.
	Message string
}

func (e *DecodeError) Error() string {
	ptr := e.Pointer
	if ptr == "" {
		ptr = "(document)"
	}
	return fmt.Sprintf("article: %d:%d: %s: %s", e.Line, e.Column, ptr, e.Message)
}

// Decode reads one article document from r, strictly: an unknown member, a
// duplicate member, a null, a value of the wrong type or out of range, text
// that is not UTF-8, a second document or trailing bytes is a *DecodeError
// naming the JSON pointer of the offending value. Decode checks the form of
// the document; Check and Validate check what its values mean.
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
				Rule: se.Rule, Message: se.Msg,
			}
		}
		return nil, err
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

// Marshal returns the encoding of a that Encode writes. A string that is not
// valid UTF-8 is an error naming its JSON pointer, rather than being replaced
// silently.
func Marshal(a *Article) ([]byte, error) {
	if err := strictjson.CheckUTF8(a); err != nil {
		var se *strictjson.Error
		errors.As(err, &se)
		return nil, fmt.Errorf("article: encoding: %s: %s", se.Pointer, se.Msg)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return nil, fmt.Errorf("article: encoding: %w", err)
	}
	return buf.Bytes(), nil
}
