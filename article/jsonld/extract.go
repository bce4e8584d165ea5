package jsonld

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"
)

// MaxHTMLBytes is the largest page Extract reads: 32 MiB.
const MaxHTMLBytes = 32 << 20

// Extract returns the contents of the <script type="application/ld+json">
// blocks of an HTML page, in the order of the page, each trimmed of white
// space and of an HTML comment around it. It reads at most MaxHTMLBytes;
// a larger page is an *Error. It does not check that a block is JSON:
// Import does.
func Extract(r io.Reader) ([][]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxHTMLBytes+1))
	if err != nil {
		return nil, &Error{Format: "jsonld", Msg: "reading: " + err.Error(), Err: err}
	}
	if len(data) > MaxHTMLBytes {
		return nil, &Error{Format: "jsonld", Msg: fmt.Sprintf("page larger than %d bytes", MaxHTMLBytes)}
	}
	var out [][]byte
	for i := 0; ; {
		j := indexFold(data[i:], "<script")
		if j < 0 {
			return out, nil
		}
		start := i + j
		end := tagEnd(data, start)
		if end < 0 {
			return out, nil
		}
		attrs := string(data[start+len("<script") : end-1])
		closeAt := indexFold(data[end:], "</script")
		if closeAt < 0 {
			closeAt = len(data) - end
		}
		if isJSONLD(attrs) {
			b := bytes.TrimSpace(data[end : end+closeAt])
			b = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimPrefix(b, []byte("<!--")), []byte("-->")))
			out = append(out, b)
		}
		i = end + closeAt
	}
}

// isJSONLD reports whether a script tag's attributes give the type
// application/ld+json.
func isJSONLD(attrs string) bool {
	for rest := attrs; ; {
		k := strings.Index(strings.ToLower(rest), "type")
		if k < 0 {
			return false
		}
		before := byte(' ')
		if k > 0 {
			before = rest[k-1]
		}
		rest = rest[k+4:]
		if !strings.ContainsRune(" \t\n\r\f\"'/", rune(before)) {
			continue
		}
		v := strings.TrimLeft(rest, " \t\n\r\f")
		if !strings.HasPrefix(v, "=") {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\n\r\f")
		if v != "" && (v[0] == '"' || v[0] == '\'') {
			q := v[0]
			if e := strings.IndexByte(v[1:], q); e >= 0 {
				v = v[1 : e+1]
			}
		} else if e := strings.IndexAny(v, " \t\n\r\f>"); e >= 0 {
			v = v[:e]
		}
		mt, _, err := mime.ParseMediaType(v)
		return err == nil && mt == "application/ld+json"
	}
}

// tagEnd returns the index just past the '>' that ends the tag starting at
// data[i], skipping quoted attribute values, or -1.
func tagEnd(data []byte, i int) int {
	var quote byte
	for k := i; k < len(data); k++ {
		c := data[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return k + 1
		}
	}
	return -1
}

// indexFold is bytes.Index ignoring ASCII case; sub starts with '<' and
// is lowercase.
func indexFold(s []byte, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := bytes.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(string(s[i:i+len(sub)]), sub) {
			return i
		}
	}
	return -1
}
