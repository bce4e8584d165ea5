package convert

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// SyntaxPosition returns where err, an error of encoding/json reading
// data, lies in data: the line and column, both counting from 1, the
// column in code points as every offset of the module is, and a message
// for a person ("unexpected end of input" for a document cut short). It is
// for converters that read JSON with encoding/json and report a syntax
// error by line and column.
func SyntaxPosition(data []byte, err error) (line, col int, msg string) {
	off := len(data)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset) - 1 // the offset is past the offending byte
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		off = int(te.Offset)
	}
	off = max(0, min(off, len(data)))
	line, col = 1, 1
	for i := 0; i < off; {
		r, n := utf8.DecodeRune(data[i:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	msg = err.Error()
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(msg, "unexpected end of JSON input") {
		msg = "unexpected end of input"
	}
	return line, col, msg
}
