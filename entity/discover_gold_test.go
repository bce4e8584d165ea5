package entity_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// The gold corpus: entity/testdata/gold/NAME.txt and NAME.json, annotated by
// GUIDELINES.md there; the seed story's text is read from ../shared/seeds/.

const (
	goldDir  = "testdata/gold"
	seedName = "putin-prayed-for-trump"
	seedPath = "../../shared/seeds/putin-prayed-for-trump.txt"
)

type goldFile struct {
	Entities []goldEntity `json:"entities"`
}

type goldEntity struct {
	ID       string      `json:"id"`
	Kind     entity.Kind `json:"kind"`
	Name     string      `json:"name"`
	Mentions []news.Span `json:"mentions"`
}

type goldDoc struct {
	name string
	text string
	gold goldFile
}

// loadGold reads every gold document; the seed story is skipped, with a
// note, when ../shared is absent.
func loadGold(t testing.TB) []goldDoc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files in %s: %v", goldDir, err)
	}
	var docs []goldDoc
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		txtPath := filepath.Join(goldDir, name+".txt")
		if name == seedName {
			txtPath = seedPath
		}
		text, err := os.ReadFile(txtPath)
		if errors.Is(err, fs.ErrNotExist) && name == seedName {
			t.Logf("skipping the seed story: %s is absent (the shared reference folder is not beside the project)", seedPath)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		dec := json.NewDecoder(strings.NewReader(string(data)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, goldDoc{name: name, text: string(text), gold: g})
	}
	return docs
}

// TestGoldSpans checks the gold files themselves: every span lies in its
// text and its text is that slice, IDs are slugs and unique, kinds are the
// three the guideline annotates, and no two mentions overlap.
func TestGoldSpans(t *testing.T) {
	for _, doc := range loadGold(t) {
		t.Run(doc.name, func(t *testing.T) {
			ids := map[string]bool{}
			var all []news.Span
			for _, e := range doc.gold.Entities {
				if ids[e.ID] || !isSlug(e.ID) {
					t.Errorf("entity id %q repeated or not a slug", e.ID)
				}
				ids[e.ID] = true
				if e.Kind != entity.Person && e.Kind != entity.Organization && e.Kind != entity.Place {
					t.Errorf("%s: kind %q is not annotated by the guideline", e.ID, e.Kind)
				}
				if len(e.Mentions) == 0 || e.Name == "" {
					t.Errorf("%s: no name or no mentions", e.ID)
				}
				for _, m := range e.Mentions {
					got, err := m.Slice(doc.text)
					if err != nil {
						t.Errorf("%s: %v", e.ID, err)
						continue
					}
					if got != m.Text {
						t.Errorf("%s: span [%d,%d) is %q, gold text %q", e.ID, m.Start, m.End, got, m.Text)
					}
					all = append(all, m)
				}
			}
			slices.SortFunc(all, func(a, b news.Span) int { return a.Start - b.Start })
			for i := 1; i < len(all); i++ {
				if all[i].Start < all[i-1].End {
					t.Errorf("mentions %v and %v overlap", all[i-1], all[i])
				}
			}
		})
	}
}

func isSlug(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// scored are the kinds the guideline annotates; entities of other kinds are
// left out of the score.
var scored = map[entity.Kind]bool{entity.Person: true, entity.Organization: true, entity.Place: true}

type prf struct{ tp, fp, fn int }

func (s prf) add(o prf) prf { return prf{s.tp + o.tp, s.fp + o.fp, s.fn + o.fn} }

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (s prf) String() string {
	p, r, f := s.scores()
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r, f, s.tp, s.fp, s.fn)
}

type spanKey struct{ start, end int }

// score compares discovered mentions with gold ones: by exact span, and by
// exact span and kind.
func score(gold []goldEntity, got []entity.Entity) (mentions, kinds prf, misses, extras []string) {
	g := map[spanKey]entity.Kind{}
	for _, e := range gold {
		for _, m := range e.Mentions {
			g[spanKey{m.Start, m.End}] = e.Kind
		}
	}
	p := map[spanKey]entity.Kind{}
	ptext := map[spanKey]string{}
	for _, e := range got {
		if !scored[e.Kind] {
			continue
		}
		for _, m := range e.Mentions {
			if m.Field == "" {
				p[spanKey{m.Start, m.End}] = e.Kind
				ptext[spanKey{m.Start, m.End}] = m.Text
			}
		}
	}
	for k, kind := range p {
		if gk, ok := g[k]; ok {
			mentions.tp++
			if gk == kind {
				kinds.tp++
			} else {
				kinds.fp++
				kinds.fn++
				extras = append(extras, fmt.Sprintf("%q as %s, gold %s", ptext[k], kind, gk))
			}
		} else {
			mentions.fp++
			kinds.fp++
			extras = append(extras, fmt.Sprintf("%q as %s at %d", ptext[k], kind, k.start))
		}
	}
	for _, e := range gold {
		for _, m := range e.Mentions {
			if _, ok := p[spanKey{m.Start, m.End}]; !ok {
				mentions.fn++
				kinds.fn++
				misses = append(misses, fmt.Sprintf("%q (%s) at %d", m.Text, e.Kind, m.Start))
			}
		}
	}
	slices.Sort(misses)
	slices.Sort(extras)
	return
}

// TestDiscoverAccuracy runs Discover on every gold story and reports
// precision, recall and F1 of name mentions (exact span) and of kinds (exact
// span and kind), per story and over all; it fails below F1 0.90 for
// mentions or 0.85 for kinds over all. Run with -v to see the figures. The
// stories named holdout-* were written and annotated after the rules were
// last tuned and are reported apart as well: they are the fairer estimate
// of accuracy on text the rules were not fitted to.
func TestDiscoverAccuracy(t *testing.T) {
	var allM, allK, holdM, holdK prf
	for _, doc := range loadGold(t) {
		got := entity.Discover(doc.text)
		m, k, misses, extras := score(doc.gold.Entities, got)
		allM, allK = allM.add(m), allK.add(k)
		if strings.HasPrefix(doc.name, "holdout-") {
			holdM, holdK = holdM.add(m), holdK.add(k)
		}
		t.Logf("%-24s mentions %s | kinds %s", doc.name, m, k)
		if testing.Verbose() {
			for _, s := range misses {
				t.Logf("    missed %s", s)
			}
			for _, s := range extras {
				t.Logf("    wrong  %s", s)
			}
		}
	}
	t.Logf("%-24s mentions %s | kinds %s", "HOLDOUT", holdM, holdK)
	t.Logf("%-24s mentions %s | kinds %s", "ALL", allM, allK)
	if _, _, f := allM.scores(); f < 0.90 {
		t.Errorf("mention F1 %.3f < 0.90", f)
	}
	if _, _, f := allK.scores(); f < 0.85 {
		t.Errorf("kind F1 %.3f < 0.85", f)
	}
}
