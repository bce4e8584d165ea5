// Package jsondepth measures how deeply a JSON text nests, without recursion,
// so that a document nested too deeply for a recursive validator can be
// refused before any recursive code sees it.
package jsondepth

import (
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

type frame struct {
	array bool
	index int
	key   string
}

// Exceeds reports whether data nests arrays and objects more than max levels
// deep and, if so, the RFC 6901 pointer of the first value that is one level
// too deep. It reads data once, in constant stack space, and tolerates
// malformed JSON: it only counts brackets outside strings, so that a syntax
// error is left for a parser to report.
func Exceeds(data []byte, max int) (pointer string, exceeded bool) {
	var stack []frame
	expectKey := false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			j := i + 1
			esc := false
			for ; j < len(data); j++ {
				if data[j] == '\\' {
					esc = true
					j++
					continue
				}
				if data[j] == '"' {
					break
				}
			}
			if expectKey && len(stack) > 0 && !stack[len(stack)-1].array {
				end := min(j, len(data))
				key := string(data[i+1 : end])
				if esc {
					key = unescape(data[:min(j+1, len(data))], i, key)
				}
				stack[len(stack)-1].key = key
				expectKey = false
			}
			i = j
		case '{', '[':
			if len(stack) >= max {
				return pointerOf(stack), true
			}
			stack = append(stack, frame{array: c == '['})
			expectKey = c == '{'
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			expectKey = false
		case ',':
			if len(stack) > 0 {
				top := &stack[len(stack)-1]
				if top.array {
					top.index++
				} else {
					expectKey = true
				}
			}
		}
	}
	return "", false
}

// unescape decodes the string whose quote is at data[i] as encoding/json
// would, or returns raw when it is not a valid string.
func unescape(data []byte, i int, raw string) string {
	sc := jsonscan.New(data, jsonscan.Options{Lenient: true})
	sc.Pos = i
	if b, err := sc.String(); err == nil {
		return string(b)
	}
	return raw
}

var escaper = strings.NewReplacer("~", "~0", "/", "~1")

func pointerOf(stack []frame) string {
	var b strings.Builder
	for _, f := range stack {
		b.WriteByte('/')
		if f.array {
			b.WriteString(strconv.Itoa(f.index))
		} else {
			b.WriteString(escaper.Replace(f.key))
		}
	}
	return b.String()
}
