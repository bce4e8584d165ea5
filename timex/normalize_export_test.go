package timex

import "time"

// NormalizeSlow is Normalize without its fast paths (the machine
// timestamps, which the grammar does not read, still count), for the
// differential test of the fast paths.
func (n *Normalizer) NormalizeSlow(text string, anchor time.Time) (Result, error) {
	if d, ok, err := n.machine(text); ok {
		return Result{Text: text, Date: d, Anchor: anchor, Resolution: "explicit"}, nil
	} else if err != nil {
		return Result{}, err
	}
	return n.normalize(text, anchor)
}
