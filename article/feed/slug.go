package feed

import (
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/internal/idslug"
)

// maxSlug is the longest ID slug made from a guid, id or link.
const maxSlug = 96

// slug makes a document ID (^[a-z0-9][a-z0-9-]*$) from an item's guid, id
// or link: the scheme and a leading "www." are dropped, ASCII letters are
// lowercased, and every other run of characters becomes one hyphen. An ID
// longer than maxSlug keeps its start and a hash of the whole, so that
// long links that differ only at the end still differ; one with no ASCII
// letter or digit is the hash alone.
func slug(s string) string {
	t := s
	if i := strings.Index(t, "://"); i > 0 && i < 10 {
		t = t[i+3:]
	}
	t = strings.TrimPrefix(t, "www.")
	out := idslug.ASCII(t, -1)
	if out == "" {
		return "item-" + hash(s)
	}
	if len(out) > maxSlug {
		out = strings.TrimRight(out[:maxSlug-9], "-") + "-" + hash(s)
	}
	return out
}

func hash(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return strconv.FormatUint(uint64(h.Sum32()), 16)
}

func itoa(i int) string { return strconv.Itoa(i) }
