package article

import (
	"errors"
	"fmt"
	"slices"

	"github.com/newsmodel/newsmodel/internal/jsondepth"
	"github.com/newsmodel/newsmodel/internal/strictjson"
	"github.com/newsmodel/newsmodel/schema"
)

// Default limits of Validate, for untrusted input. Options change them.
const (
	// DefaultMaxBytes is the largest document Validate reads: 16 MiB.
	DefaultMaxBytes = 16 << 20
	// DefaultMaxDepth is the deepest nesting of arrays and objects, counting
	// the document itself as 1. An article needs 5; extension values may
	// nest further.
	DefaultMaxDepth = 64
	// DefaultMaxStringLen is the longest string, in bytes once decoded:
	// 4 MiB, room for the body of any article.
	DefaultMaxStringLen = 4 << 20
	// DefaultMaxArrayLen is the most elements in one array.
	DefaultMaxArrayLen = 100_000
)

// An Option changes how Validate works.
type Option func(*config)

type config struct {
	maxBytes, maxDepth, maxString, maxArray int
}

func newConfig(opts []Option) config {
	c := config{DefaultMaxBytes, DefaultMaxDepth, DefaultMaxStringLen, DefaultMaxArrayLen}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// MaxBytes sets the largest document Validate accepts, in bytes; n <= 0
// removes the limit. The default is DefaultMaxBytes.
func MaxBytes(n int) Option { return func(c *config) { c.maxBytes = n } }

// MaxDepth sets the deepest nesting of arrays and objects Validate accepts;
// n <= 0 restores DefaultMaxDepth, since the schema validator recurses and
// needs a bound. Values above schema.MaxDepth are lowered to it.
func MaxDepth(n int) Option { return func(c *config) { c.maxDepth = n } }

// MaxStringLen sets the longest string Validate accepts, in bytes once
// decoded; n <= 0 removes the limit. The default is DefaultMaxStringLen.
func MaxStringLen(n int) Option { return func(c *config) { c.maxString = n } }

// MaxArrayLen sets the most elements Validate accepts in one array; n <= 0
// removes the limit. The default is DefaultMaxArrayLen.
func MaxArrayLen(n int) Option { return func(c *config) { c.maxArray = n } }

// Validate checks the article document in data and returns every problem it
// finds, sorted by pointer with duplicates removed; nil means the document is
// valid. It is the one call to make on bytes from outside:
//
//   - limits first (rule "limit"): a document larger, deeper, or with a
//     longer string or array than the options allow is refused with one
//     problem, before anything recursive reads it;
//   - the form of the document, as Unmarshal reads it: "syntax",
//     "trailing-data", "duplicate-key", "unknown-key", "type", "value" (such
//     as 2025-02-29, which no pattern can refuse);
//   - the JSON Schema (see package schema): "required", "pattern", "enum",
//     "format", "minimum", "minLength", "uniqueItems", "propertyNames"…;
//   - the rules of Check, when the document decodes.
//
// When the decoder and the schema find fault with the same value, the
// schema's problem is kept; a duplicate member, which the schema cannot see,
// is always reported. The decoder stops at its first fault, and the rules of
// Check need a decoded document, so they run only when it decodes.
func Validate(data []byte, opts ...Option) []schema.Problem {
	c := newConfig(opts)
	if c.maxBytes > 0 && len(data) > c.maxBytes {
		return []schema.Problem{{Rule: "limit", Message: fmt.Sprintf("document of %d bytes is larger than the limit of %d bytes", len(data), c.maxBytes)}}
	}
	if c.maxDepth <= 0 {
		c.maxDepth = DefaultMaxDepth
	}
	c.maxDepth = min(c.maxDepth, schema.MaxDepth)
	if ptr, deep := jsondepth.Exceeds(data, c.maxDepth); deep {
		return []schema.Problem{{Pointer: ptr, Rule: "limit", Message: fmt.Sprintf("nesting deeper than %d levels", c.maxDepth)}}
	}
	a := new(Article)
	err := strictjson.Unmarshal(data, a, strictjson.Limits{MaxDepth: c.maxDepth, MaxStringLen: c.maxString, MaxArrayLen: c.maxArray})
	var decodeProblem *schema.Problem
	if err != nil {
		var se *strictjson.Error
		if !errors.As(err, &se) {
			return []schema.Problem{{Rule: "syntax", Message: err.Error()}}
		}
		p := schema.Problem{Pointer: se.Pointer, Rule: se.Rule, Message: fmt.Sprintf("line %d, column %d: %s", se.Line, se.Column, se.Msg)}
		switch se.Rule {
		case strictjson.RuleSyntax, strictjson.RuleTrailing, strictjson.RuleLimit:
			return []schema.Problem{p}
		}
		decodeProblem = &p
	}
	v, sp := schema.Decode(data)
	if sp != nil {
		return []schema.Problem{*sp}
	}
	ps := schema.ValidateValue(v)
	if decodeProblem != nil {
		dup := decodeProblem.Rule != strictjson.RuleDuplicateKey && slices.ContainsFunc(ps, func(p schema.Problem) bool {
			return p.Pointer == decodeProblem.Pointer
		})
		if !dup {
			ps = append(ps, *decodeProblem)
		}
		schema.Sort(ps)
		return ps
	}
	if sem := a.Check(); len(sem) > 0 {
		seen := make(map[string]bool, len(ps))
		for _, p := range ps {
			seen[p.Pointer] = true
		}
		for _, p := range sem {
			if !seen[p.Pointer] {
				ps = append(ps, p)
			}
		}
	}
	schema.Sort(ps)
	return slices.Compact(ps)
}
