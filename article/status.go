package article

import "github.com/newsmodel/newsmodel/internal/enum"

// Status is an article's editorial status: whether receivers may publish it.
// The values are those of ninjs pubStatus (and of IPTC NewsML-G2). The zero
// Status states none, which receivers take as Usable.
type Status string

// The statuses.
const (
	// Usable: the article may be published (after any embargo).
	Usable Status = "usable"
	// Withheld: the article must not be published for now; a later version
	// may make it usable again.
	Withheld Status = "withheld"
	// Canceled: the article is withdrawn for good, and receivers should take
	// down what they published of it.
	Canceled Status = "canceled"
)

// Statuses lists every Status.
var Statuses = []Status{Usable, Withheld, Canceled}

// MarshalText returns the status's name, or an error if s is not one of
// Statuses, so that an invalid value is never written.
func (s Status) MarshalText() ([]byte, error) {
	return enum.Text("article", "status", Statuses, s)
}

// UnmarshalText accepts exactly the names of Statuses.
func (s *Status) UnmarshalText(b []byte) error {
	return enum.Parse("article", "status", Statuses, s, b)
}

// NeedsReason reports whether an article of status s must say why, in
// StatusReason: a withheld or canceled article does, since receivers act on
// the reason.
func (s Status) NeedsReason() bool { return s == Withheld || s == Canceled }
