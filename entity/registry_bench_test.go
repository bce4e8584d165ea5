package entity_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/newsmodel/newsmodel/entity"
)

// benchSyllables make up the generated names: about 30,000 distinct words
// of two or three syllables.
var benchSyllables = strings.Fields(`ka lo mir tse van ko ra del an to ber gin sa vi nu pe
	dro lin mar te zu ha bo ric el fen go su ny tar`)

// benchWords are the words of the generated news text around the names.
var benchWords = strings.Fields(`the a of to in and said on for that with was by at from
	he she it they will would has had have been is are were not but after before over
	government officials minister talks week year country police court report told
	people city state new first last two three percent million billion market shares
	according statement interview meeting agreement president leader spokesman party
	election vote law security forces war peace deal trade prices economy company chief
	on Monday Tuesday Wednesday Thursday Friday in March April May June
	may could should more than about also this its their his her our`)

func benchWord(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var b strings.Builder
	for k := range n {
		s := benchSyllables[rng.IntN(len(benchSyllables))]
		if k == 0 {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		b.WriteString(s)
	}
	return b.String()
}

// benchEntities returns n entities with distinct generated names: seven in
// ten are people of two or three words, two are organisations, one a place.
func benchEntities(n int) []entity.Entity {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := make(map[string]bool, n)
	es := make([]entity.Entity, 0, n)
	for len(es) < n {
		var e entity.Entity
		switch k := rng.IntN(10); {
		case k < 7:
			e.Kind = entity.Person
			e.Name = benchWord(rng) + " " + benchWord(rng)
			if rng.IntN(5) == 0 {
				e.Name = benchWord(rng) + " " + e.Name
			}
		case k < 9:
			e.Kind = entity.Organization
			e.Name = benchWord(rng) + " " + []string{"Holdings", "Group", "Bank", "Party", "University"}[rng.IntN(5)]
			if rng.IntN(3) == 0 {
				e.Name = "Bank of " + benchWord(rng)
			}
		default:
			e.Kind = entity.Place
			e.Name = benchWord(rng)
		}
		if seen[e.Name] {
			continue
		}
		seen[e.Name] = true
		e.ID = "e" + strconv.Itoa(len(es))
		if rng.IntN(4) == 0 {
			e.Aliases = []string{benchWord(rng) + " " + benchWord(rng)}
		}
		es = append(es, e)
	}
	return es
}

// benchText returns about size bytes of news-like text: sentences of common
// words, half of them naming an entity of es, by full name, surname, with a
// title or in the possessive.
func benchText(size int, es []entity.Entity) string {
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.Grow(size + 200)
	for b.Len() < size {
		n := 12 + rng.IntN(12)
		at := -1
		if rng.IntN(2) == 0 {
			at = rng.IntN(n)
		}
		for k := range n {
			if k > 0 {
				b.WriteByte(' ')
			}
			if k == at {
				e := es[rng.IntN(len(es))]
				switch rng.IntN(4) {
				case 0:
					b.WriteString("President ")
				case 1:
					b.WriteString(e.Name + "’s")
					continue
				}
				b.WriteString(e.Name)
				continue
			}
			w := benchWords[rng.IntN(len(benchWords))]
			if k == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		b.WriteString(". ")
		if rng.IntN(8) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

var benchSetup = sync.OnceValues(func() (*entity.Registry, string) {
	es := benchEntities(100_000)
	r, err := entity.NewRegistry(es)
	if err != nil {
		panic(err)
	}
	return r, benchText(1<<20, es)
})

// BenchmarkMatch matches about 1 MB of news-like text against a registry of
// 100,000 generated names.
func BenchmarkMatch(b *testing.B) {
	r, text := benchSetup()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(r.Match(text))
	}
	b.ReportMetric(float64(n), "matches/op")
}

// BenchmarkFind is BenchmarkMatch through Find, which also gathers the
// entities and their mentions.
func BenchmarkFind(b *testing.B) {
	r, text := benchSetup()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Find(text)
	}
}

// BenchmarkMatchArticle matches a short story, as a program annotating one
// article at a time does.
func BenchmarkMatchArticle(b *testing.B) {
	r, text := benchSetup()
	text = text[:4000]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Match(text)
	}
}

// BenchmarkNewRegistry compiles 100,000 names.
func BenchmarkNewRegistry(b *testing.B) {
	es := benchEntities(100_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := entity.NewRegistry(es); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchText checks that the benchmark's text mentions entities, so
// that BenchmarkMatch measures matching and not only scanning.
func TestBenchText(t *testing.T) {
	es := benchEntities(2000)
	r, err := entity.NewRegistry(es)
	if err != nil {
		t.Fatal(err)
	}
	text := benchText(20000, es)
	if n := len(r.Match(text)); n < 60 {
		t.Errorf("%d matches in %d bytes of benchmark text, want at least 60", n, len(text))
	}
}
