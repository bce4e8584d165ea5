package article

import (
	"fmt"
	"time"
)

// editorial checks the status, embargo and version members against each
// other.
func (c *checker) editorial() {
	a := c.a
	if a.Status.NeedsReason() && a.StatusReason == "" {
		c.add("/statusReason", RuleStatusReason, "an article of status %s needs a statusReason saying why", a.Status)
	}
	if !a.EmbargoedUntil.IsZero() && !a.Expires.IsZero() && !a.EmbargoedUntil.Before(a.Expires) {
		c.add("/embargoedUntil", RuleEmbargoAfterExpiry, "embargoed until %s, but expires %s: the article would never be usable", stamp(a.EmbargoedUntil), stamp(a.Expires))
	}
	if !a.FirstCreated.IsZero() && !a.VersionCreated.IsZero() && a.VersionCreated.Before(a.FirstCreated) {
		c.add("/versionCreated", RuleVersionBeforeFirst, "versionCreated %s lies before firstCreated %s", stamp(a.VersionCreated), stamp(a.FirstCreated))
	}
}

func stamp(t time.Time) string { return t.Format(time.RFC3339Nano) }

// concepts checks subjects and genres: each says something, and a code of a
// known scheme has the scheme's shape.
func (c *checker) concepts() {
	for i, s := range c.a.Subjects {
		c.concept(fmt.Sprintf("/subjects/%d", i), "subject", s.Scheme, s.Code, s.Name)
	}
	for i, g := range c.a.Genres {
		c.concept(fmt.Sprintf("/genres/%d", i), "genre", g.Scheme, g.Code, g.Name)
	}
}

func (c *checker) concept(ptr, what, scheme, code, name string) {
	switch {
	case code == "" && name == "":
		c.add(ptr, RuleEmptyConcept, "a %s needs a code or a name", what)
		return
	case code == "" && scheme != "":
		c.add(ptr+"/code", RuleSchemeCode, "a %s with scheme %q needs a code in it", what, scheme)
		return
	}
	if s, ok := LookupScheme(scheme); ok && code != "" && !s.Shape.MatchString(code) {
		c.add(ptr+"/code", RuleSchemeCode, "%q is not a code of scheme %s, whose codes look like %q", code, s.Name, s.Example)
	}
}
