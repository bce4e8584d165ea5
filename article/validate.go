package article

import (
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
	// DefaultMaxProblems is the most problems Validate reports; past it, a
	// last problem with rule "limit" says that more were left out.
	DefaultMaxProblems = 1000
)

// An Option changes how Validate works.
type Option func(*config)

type config struct {
	maxBytes, maxDepth, maxString, maxArray, maxProblems int
}

func newConfig(opts []Option) config {
	c := config{DefaultMaxBytes, DefaultMaxDepth, DefaultMaxStringLen, DefaultMaxArrayLen, DefaultMaxProblems}
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

// MaxProblems sets the most problems Validate reports; n <= 0 restores
// DefaultMaxProblems. A document with more faults in its form than this is
// not passed on to the schema at all, which bounds the work spent on it.
func MaxProblems(n int) Option { return func(c *config) { c.maxProblems = n } }

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
// is always reported. The decoder does not stop at a faulty value: it
// reports it, leaves it out, and goes on. The rules of Check run when every
// value could be read, unknown and duplicate members aside, since a refused
// value would otherwise be judged as if it were empty. At most MaxProblems
// problems are reported.
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
	if c.maxProblems <= 0 {
		c.maxProblems = DefaultMaxProblems
	}
	a := new(Article)
	lim := strictjson.Limits{MaxDepth: c.maxDepth, MaxStringLen: c.maxString, MaxArrayLen: c.maxArray}
	faults := strictjson.UnmarshalAll(data, a, lim, c.maxProblems)
	decoded := make([]schema.Problem, 0, len(faults))
	for _, f := range faults {
		decoded = append(decoded, schema.Problem{Pointer: f.Pointer, Rule: f.Rule, Message: fmt.Sprintf("line %d, column %d: %s", f.Line, f.Column, f.Msg)})
	}
	if n := len(faults); n > 0 {
		switch faults[n-1].Rule {
		case strictjson.RuleSyntax, strictjson.RuleTrailing, strictjson.RuleLimit:
			// The document cannot be read on, or is too large to be worth
			// reading: report what was found up to there.
			schema.Sort(decoded)
			return decoded
		}
	}
	v, sp := schema.Decode(data)
	if sp != nil {
		return []schema.Problem{*sp}
	}
	ps := schema.ValidateValue(v)
	seen := make(map[string]bool, len(ps))
	for _, p := range ps {
		seen[p.Pointer] = true
	}
	for _, p := range decoded {
		// The schema's word on a value is the clearer one; a duplicate
		// member, which the schema cannot see, always stands.
		if p.Rule == strictjson.RuleDuplicateKey || !seen[p.Pointer] {
			ps = append(ps, p)
		}
	}
	// Check runs when every value was read: an unknown or duplicate member
	// leaves the rest intact, but a refused value is left zero, and what
	// Check would then say of it would mislead.
	intact := true
	for _, f := range faults {
		intact = intact && (f.Rule == strictjson.RuleUnknownKey || f.Rule == strictjson.RuleDuplicateKey)
	}
	if intact {
		for _, p := range a.semantic() {
			if !seen[p.Pointer] {
				ps = append(ps, p)
			}
		}
	}
	schema.Sort(ps)
	ps = slices.Compact(ps)
	if len(ps) > c.maxProblems {
		ps = append(ps[:c.maxProblems], schema.Problem{Rule: "limit", Message: fmt.Sprintf("more than %d problems; the rest are left out", c.maxProblems)})
	}
	return ps
}
