package timex

import "time"

// NormalizeSlow is Normalize without its fast path, for the differential
// test of the fast path.
func (n *Normalizer) NormalizeSlow(text string, anchor time.Time) (Result, error) {
	return n.normalize(text, anchor)
}
