package schema

import (
	"cmp"
	"fmt"
	"slices"
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
// stable from run to run.
func Sort(ps []Problem) {
	slices.SortFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Pointer, b.Pointer), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
}
