package convert_test

import (
	"encoding/json"
	"testing"

	"github.com/newsmodel/newsmodel/article/convert"
)

func TestSyntaxPosition(t *testing.T) {
	tests := []struct {
		in        string
		line, col int
		msg       string
	}{
		{"{\n  \"a\": x}", 2, 8, "invalid character 'x' looking for beginning of value"},
		{"{\"é\": ?}", 1, 7, "invalid character '?' looking for beginning of value"},
		{"{\"a\": 1", 1, 7, "unexpected end of input"},
	}
	for _, tt := range tests {
		var v any
		err := json.Unmarshal([]byte(tt.in), &v)
		line, col, msg := convert.SyntaxPosition([]byte(tt.in), err)
		if line != tt.line || col != tt.col || msg != tt.msg {
			t.Errorf("%q: %d:%d %q, want %d:%d %q", tt.in, line, col, msg, tt.line, tt.col, tt.msg)
		}
	}
}
