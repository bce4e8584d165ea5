package schema

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a document.
type Problem struct {
	// Pointer is the RFC 6901 JSON pointer of the offending value; empty for
	// the document as a whole.
	Pointer string `json:"pointer"`
	// Rule is a stable name for the rule broken, such as "unknown-key" or
	// "reference"; programs match on it.
	Rule string `json:"rule"`
	// Message says what is wrong, for a person.
	Message string `json:"message"`
}

// Error returns "POINTER: RULE: MESSAGE", with "(document)" for the empty
// pointer, so that a Problem can travel as an error.
func (p Problem) Error() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "(document)"
	}
	return fmt.Sprintf("%s: %s: %s", ptr, p.Rule, p.Message)
}

// Sort orders problems by pointer, then rule, then message, so that output is
// stable from run to run. Pointers compare token by token, and tokens that
// are array indexes by their number, so that /entities/2 comes before
// /entities/10 and a value before the values inside it.
func Sort(ps []Problem) {
	slices.SortFunc(ps, func(a, b Problem) int {
		return cmp.Or(ComparePointers(a.Pointer, b.Pointer), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
}

// ComparePointers orders two RFC 6901 JSON pointers as Sort does, returning
// -1, 0 or +1: token by token, a pointer before the pointers below it, and
// tokens of decimal digits without a leading zero by number, before other
// tokens.
func ComparePointers(p, q string) int {
	for p != "" || q != "" {
		switch {
		case p == "":
			return -1
		case q == "":
			return 1
		}
		var s, t string
		s, p = nextToken(p)
		t, q = nextToken(q)
		if c := compareTokens(s, t); c != 0 {
			return c
		}
	}
	return 0
}

// nextToken splits the first token off a non-empty pointer.
func nextToken(p string) (tok, rest string) {
	p = p[1:]
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

func isIndex(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func compareTokens(s, t string) int {
	si, ti := isIndex(s), isIndex(t)
	switch {
	case si && ti:
		return cmp.Or(cmp.Compare(len(s), len(t)), cmp.Compare(s, t))
	case si:
		return -1
	case ti:
		return 1
	}
	return cmp.Compare(s, t)
}
