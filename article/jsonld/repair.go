package jsonld

import "github.com/newsmodel/newsmodel/article/convert"

// repair prunes from the imported article what its checks refuse (a
// quote's event that names no event, dates that contradict each other, an
// event dated after the article), each with a Loss on our side, so that
// the Article returned is valid.
func (im *importer) repair() {
	for _, p := range im.a.Prune() {
		im.losses = append(im.losses, convert.Loss{Side: convert.Ours, Pointer: p.Pointer, Reason: "not kept: " + p.Message})
	}
}
