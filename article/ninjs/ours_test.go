package ninjs_test

import (
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/article/ninjs"
	"github.com/newsmodel/newsmodel/entity"
)

// ourDocs are article documents of this project to carry through ninjs and
// back.
var ourDocs = []string{"../testdata/full.json", "../../examples/seedstory/testdata/seedstory.json"}

// TestOursRoundTrip writes our documents as ninjs of each version and reads
// them back: the result equals the original except where a Loss of the
// export points, and the members a Loss says something was written as.
func TestOursRoundTrip(t *testing.T) {
	for _, f := range ourDocs {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		orig, err := article.Unmarshal(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []ninjs.Version{ninjs.V3, ninjs.V2, ninjs.V1} {
			out, losses, err := ninjs.Export(orig, v)
			if err != nil {
				t.Fatalf("%s as %v: %v", f, v, err)
			}
			back, ls, err := ninjs.Import(out)
			if err != nil {
				t.Fatalf("%s as %v, read back: %v", f, v, err)
			}
			if len(ls) > 0 {
				t.Errorf("%s as %v, read back: losses %v", f, v, ls)
			}
			o := *orig
			for _, l := range losses {
				if l.Pointer == "/entities" {
					// Read back grouped by kind, as the loss says.
					o.Entities = slices.Clone(o.Entities)
					slices.SortStableFunc(o.Entities, func(x, y entity.Entity) int { return group(x.Kind) - group(y.Kind) })
				}
			}
			want, got := tree(t, &o), tree(t, back)
			for _, l := range losses {
				if l.Side != convert.Ours {
					t.Errorf("%s as %v: a loss of the export points into theirs: %v", f, v, l)
				}
				drop(want, l.Pointer)
				drop(got, l.Pointer)
				// A loss that says where a value went names that member.
				if i := strings.Index(l.Reason, "written as "); i >= 0 {
					for _, m := range []string{"firstCreated", "versionCreated"} {
						if strings.HasPrefix(l.Reason[i+len("written as "):], m) {
							drop(got, "/"+m)
						}
					}
				}
			}
			prune(want)
			prune(got)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s as %v and back, outside the losses (-want +got):\n%s", f, v, d)
			}
		}
	}
}

// prune removes the top-level members that the losses emptied: arrays of
// dropped elements only, and empty objects.
func prune(m map[string]any) {
	for k, v := range m {
		switch x := v.(type) {
		case []any:
			if slices.IndexFunc(x, func(e any) bool { return e != nil }) < 0 {
				delete(m, k)
			}
		case map[string]any:
			if len(x) == 0 {
				delete(m, k)
			}
		}
	}
}

func group(k entity.Kind) int {
	return map[entity.Kind]int{entity.Person: 0, entity.Organization: 1, entity.Place: 2, entity.Event: 3, entity.Work: 4, entity.Product: 4, entity.Other: 4}[k]
}

func tree(t *testing.T, a *article.Article) map[string]any {
	b, err := article.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// drop removes the value a JSON pointer names, and leaves an array's other
// elements where they are (an element is set to nil, not removed).
func drop(v any, ptr string) {
	if ptr == "" {
		return
	}
	toks := strings.Split(ptr[1:], "/")
	for i, tok := range toks {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		last := i == len(toks)-1
		switch x := v.(type) {
		case map[string]any:
			if last {
				delete(x, tok)
				return
			}
			v = x[tok]
		case []any:
			n, err := strconv.Atoi(tok)
			if err != nil || n >= len(x) {
				return
			}
			if last {
				x[n] = nil
				return
			}
			v = x[n]
		default:
			return
		}
	}
}
