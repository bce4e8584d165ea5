package timex_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

var seedAnchor = time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)

// found is a Found reduced to comparable strings.
type found struct {
	Start, End int
	Text       string
	Value      string
	Resolution news.Resolution
}

func reduce(fs []timex.Found) []found {
	out := []found{}
	for _, f := range fs {
		v := f.Date.String()
		if f.IsDuration() {
			v = f.Duration.String()
		}
		out = append(out, found{f.Span.Start, f.Span.End, f.Span.Text, v, f.Resolution})
	}
	return out
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		text string
		want []found
	}{
		{"Putin met Trump on Monday and will meet him again on Monday.", []found{
			{19, 25, "Monday", "2025-03-17", news.Past},
			{53, 59, "Monday", "2025-03-24", news.Future},
		}},
		{"The talks will last until May. He stayed until May.", []found{
			{20, 29, "until May", "../2025-05", news.Future},
			{41, 50, "until May", "../2024-05", news.Past},
		}},
		{"On March 3, 2025, at 14:05 GMT the vote began.", []found{
			{3, 30, "March 3, 2025, at 14:05 GMT", "2025-03-03T14:05Z", news.Explicit},
		}},
		{"Between 2014 and 2022, prices rose; from March 1 to March 5 the office was closed.", []found{
			{0, 21, "Between 2014 and 2022", "2014/2022", news.Explicit},
			{36, 59, "from March 1 to March 5", "2025-03-01/2025-03-05", news.Past},
		}},
		{"In the 1990s and in mid-2024, since 2014, the Q1 2025 results.", []found{
			{3, 12, "the 1990s", "199X", news.Explicit},
			{20, 28, "mid-2024", "2024", news.Explicit},
			{30, 40, "since 2014", "2014/..", news.Explicit},
			{46, 53, "Q1 2025", "2025-33", news.Explicit},
		}},
		{"a 30-day ceasefire for a year, a three-year term", []found{
			{2, 8, "30-day", "P30D", news.Explicit},
			{19, 29, "for a year", "P1Y", news.Explicit},
			{33, 43, "three-year", "P3Y", news.Explicit},
		}},
		{"He was born in 1946 and died on 5 June 2004.", []found{
			{15, 19, "1946", "1946", news.Explicit},
			{32, 43, "5 June 2004", "2004-06-05", news.Explicit},
		}},
		{"Two days ago, last week and earlier this month — “yesterday”.", []found{
			{0, 12, "Two days ago", "2025-03-21", news.Past},
			{14, 23, "last week", "2025-W11", news.Past},
			{28, 46, "earlier this month", "2025-03-01/2025-03-23", news.Past},
			{50, 59, "yesterday", "2025-03-22", news.Past},
		}},
		{"The summit is scheduled for March 28. It ended on Friday.", []found{
			{28, 36, "March 28", "2025-03-28", news.Future},
			{50, 56, "Friday", "2025-03-21", news.Past},
		}},
		{"The first 100 days of his term. By Feb. 1, tariffs took effect.", []found{
			{10, 18, "100 days", "P100D", news.Explicit},
			{32, 41, "By Feb. 1", "../2025-02-01", news.Past},
		}},
		{"Officials will decide within 24 hours; four days after the election he left.", []found{
			{22, 37, "within 24 hours", "2025-03-23T00Z/2025-03-24T00Z", news.Future},
			{39, 48, "four days", "P4D", news.Explicit},
		}},
		{"Published: Sun, 23 Mar 2025 14:05:00 EDT", []found{
			{11, 40, "Sun, 23 Mar 2025 14:05:00 EDT", "2025-03-23T14:05:00-04:00", news.Explicit},
		}},
		{"It ran 2014-2022 overall. The war lasted 1990–1995, prices rose from 1990-1995.", []found{
			{7, 16, "2014-2022", "2014/2022", news.Explicit},
			{41, 50, "1990–1995", "1990/1995", news.Explicit},
			{64, 78, "from 1990-1995", "1990/1995", news.Explicit},
		}},
	}
	for _, tt := range tests {
		got := reduce(timex.FindDates(tt.text, seedAnchor))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindDates(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// falseHits are sentences with no date in them, but words that name
// months, weekdays, seasons, units and numbers.
var falseHits = []string{
	"You may go now.",
	"May I help you?",
	"They march on, and March forward!",
	"The sun is out; Sun Microsystems was sold.",
	"We wed in a chapel. Wed to the idea.",
	"It takes a second. He came second. A second chance.",
	"A fall in prices. The fall of the wall.",
	"Wait a minute. One day he left. The day was long.",
	"Last but not least. Next, he said. This is it.",
	"The first time. The second round. A third of voters.",
	"He scored 3:1. Call 555-1234. Version 1.2.3.",
	"Three quarters of voters. 1,000 people. $2025 was paid. 2025% more.",
	"She is the 23rd person to win; the 47th president.",
	"The year was tough. Years of work. Weeks passed.",
	"Spring water. April Ryan said. June Carter sang.",
	"Jan Smith and Aug Schmidt met Sat Nam.",
	"He will mark the sun dial; a dec of cards.",
	"The F-16 jets, the G7 summit and a 747 plane.",
	"The score was March 5-1.",
	"It was not between March 5 and March 1, nor from March 9 to March 2.",
	"",
	"   ",
	"!!!",
}

func TestFindDatesNoFalseHits(t *testing.T) {
	for _, s := range falseHits {
		if got := reduce(timex.FindDates(s, seedAnchor)); len(got) != 0 {
			t.Errorf("FindDates(%q) = %+v, want nothing", s, got)
		}
	}
}

// notDates are texts Normalize must reject.
var notDates = []struct {
	text string
	err  error
}{
	{"", timex.ErrEmpty},
	{"  ", timex.ErrEmpty},
	{"gibberish", timex.ErrNotDate},
	{"asdf qwer zxcv", timex.ErrNotDate},
	{"the", timex.ErrNotDate},
	{"last", timex.ErrNotDate},
	{"next to nothing", timex.ErrNotDate},
	{"in 99999999999 years", timex.ErrNoSuchDay},
	{"99999999999 days ago", timex.ErrNoSuchDay},
	{"in 20000 years", timex.ErrNoSuchDay},
	{"31 February", timex.ErrNoSuchDay},
	{"February 30, 2024", timex.ErrNoSuchDay},
	{"February 29, 2025", timex.ErrNoSuchDay},
	{"2025-02-29", timex.ErrNoSuchDay},
	{"2025-13-01", timex.ErrNoSuchDay},
	{"25:00", timex.ErrNoSuchDay},
	{"13 p.m.", timex.ErrNoSuchDay},
	{"2025-03-23T24:00", timex.ErrNoSuchDay},
	{"32/13/2025", timex.ErrNoSuchDay},
	{"March 23 and then some", timex.ErrTrailing},
	{"2025 was a year", timex.ErrTrailing},
	{"March 5-1", timex.ErrNoSuchDay},
	{"March 5-1, 2025", timex.ErrNoSuchDay},
	{"between March 5 and March 1", timex.ErrNoSuchDay},
	{"from March 5 to March 1", timex.ErrNoSuchDay},
	{"March 9, 2025 at 2:30 a.m. ET", timex.ErrNoSuchDay},
	{"March 9, 2025 at 2 a.m. CT", timex.ErrNoSuchDay},
	{"2:30 a.m. ET on March 9, 2025", timex.ErrNoSuchDay},
}

func TestNormalizeErrors(t *testing.T) {
	for _, tt := range notDates {
		r, err := timex.Normalize(tt.text, seedAnchor)
		if !errors.Is(err, tt.err) {
			t.Errorf("Normalize(%q) = %v, %v; want error %v", tt.text, r.Date, err, tt.err)
			continue
		}
		var ne *timex.NormalizeError
		if !errors.As(err, &ne) || ne.Text != tt.text || ne.Offset < 0 || ne.Offset > utf8.RuneCountInString(tt.text) {
			t.Errorf("Normalize(%q): error %#v does not name the place", tt.text, err)
		}
	}
}

func TestNormalizeResult(t *testing.T) {
	r, err := timex.Normalize("3/4/2025", seedAnchor)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{r.Text, r.Date.String(), string(r.Resolution)}
	for _, a := range r.Alternatives {
		got = append(got, a.String())
	}
	if diff := cmp.Diff([]string{"3/4/2025", "2025-03-04", "explicit", "2025-04-03"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !r.Anchor.Equal(seedAnchor) {
		t.Errorf("Anchor = %v", r.Anchor)
	}
	w := r.When()
	if w.Value != r.Date || w.Text != "3/4/2025" || w.Anchor.String() != "2025-03-23" || w.Resolution != news.Explicit {
		t.Errorf("When() = %+v", w)
	}
	d, err := timex.Normalize("30-day", seedAnchor)
	if err != nil || !d.IsDuration() || !d.When().IsZero() {
		t.Errorf("Normalize(30-day) = %+v, %v", d, err)
	}
}

// TestNormalizeAlternatives checks the other readings Normalize reports.
func TestNormalizeAlternatives(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		in   string
		opts []timex.Option
		want []string
	}{
		{"3/4/2025", nil, []string{"2025-03-04", "2025-04-03"}},
		{"March 23, 2025 at 10:15 a.m. ET", nil, []string{"2025-03-23T10:15-04:00"}},
		{"November 2, 2025 at 1:30 a.m. ET", nil, []string{"2025-11-02T01:30-04:00", "2025-11-02T01:30-05:00"}},
		{"1:30 a.m. PT on November 2, 2025", nil, []string{"2025-11-02T01:30-07:00", "2025-11-02T01:30-08:00"}},
		{"November 2, 2025 at 2:30 a.m. ET", nil, []string{"2025-11-02T02:30-05:00"}},
		{"2025-11-02T01:30", []timex.Option{timex.WithLocation(ny)}, []string{"2025-11-02T01:30-04:00", "2025-11-02T01:30-05:00"}},
	} {
		r, err := timex.Normalize(tt.in, seedAnchor, tt.opts...)
		if err != nil {
			t.Errorf("Normalize(%q): %v", tt.in, err)
			continue
		}
		got := []string{r.Date.String()}
		for _, a := range r.Alternatives {
			got = append(got, a.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Normalize(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNormalizerReuse(t *testing.T) {
	n := timex.NewNormalizer(timex.WithDirection(news.Future), timex.WithDayFirst(true))
	for _, tt := range []struct{ in, want string }{
		{"Monday", "2025-03-24"},
		{"3/4/2025", "2025-04-03"},
		{"July", "2025-07"},
		{"Christmas", "2025-12-25"},
	} {
		r, err := n.Normalize(tt.in, seedAnchor)
		if err != nil || r.Date.String() != tt.want {
			t.Errorf("Normalize(%q) = %v, %v; want %s", tt.in, r.Date, err, tt.want)
		}
	}
	near := timex.NewNormalizer(timex.WithDirection(news.Nearest))
	r, err := near.Normalize("Tuesday", seedAnchor)
	if err != nil || r.Date.String() != "2025-03-25" || r.Resolution != news.Nearest {
		t.Errorf("nearest Tuesday = %v %v, %v", r.Date, r.Resolution, err)
	}
}

// TestFindDatesSeed reads the seed story of the project, in ../shared.
func TestFindDatesSeed(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "seeds", "putin-prayed-for-trump.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed story %s not available (reference data lives in ../shared next to the repository): %v", path, err)
	}
	text := string(b)
	var lastJuly []timex.Found
	for _, f := range timex.FindDates(text, seedAnchor) {
		s, err := f.Span.Slice(text)
		if err != nil || s != f.Span.Text || s != f.Text {
			t.Errorf("span %+v does not slice to its text (%q, %v)", f.Span, s, err)
		}
		if f.Text == "last July" {
			lastJuly = append(lastJuly, f)
		}
	}
	if len(lastJuly) != 2 {
		t.Fatalf("found %d times \"last July\", want 2", len(lastJuly))
	}
	for _, f := range lastJuly {
		if f.Date.String() != "2024-07" || f.Resolution != news.Past {
			t.Errorf("last July = %s (%s), want 2024-07 (past)", f.Date, f.Resolution)
		}
	}
}

func TestFindDatesLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB input")
	}
	var b strings.Builder
	for b.Len() < 10<<20 {
		b.WriteString("Zorp blat 1234567890123456789012345 “quux” — on Monday, 2025-03-23 ")
		b.WriteString(strings.Repeat("x", 300))
		b.WriteString("\n")
	}
	b.WriteString(strings.Repeat("y", 1<<20)) // one long word, no space
	start := time.Now()
	fs := timex.FindDates(b.String(), seedAnchor)
	if len(fs) == 0 {
		t.Error("found nothing")
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("10 MB took %v", d)
	}
}

func checkFound(t *testing.T, text string, fs []timex.Found) {
	n := utf8.RuneCountInString(text)
	last := 0
	for _, f := range fs {
		if f.Span.Start < last || f.Span.End <= f.Span.Start || f.Span.End > n {
			t.Fatalf("FindDates(%q): span %+v out of order or outside the text", text, f.Span)
		}
		last = f.Span.End
		switch {
		case f.IsSet():
			if !f.Date.IsZero() || !f.Duration.IsZero() {
				t.Fatalf("FindDates(%q): %+v is a set with a date or a duration", text, f)
			}
		case f.Date.IsZero() && f.Duration.IsZero():
			t.Fatalf("FindDates(%q): %+v is neither a date nor a duration", text, f)
		case !f.Date.IsZero() && !f.Duration.IsZero() && !f.Date.IsInterval():
			t.Fatalf("FindDates(%q): %+v is a date with a length but no interval", text, f)
		}
		if utf8.ValidString(text) {
			if s, err := f.Span.Slice(text); err != nil || s != f.Span.Text {
				t.Fatalf("FindDates(%q): span %+v slices to %q, %v", text, f.Span, s, err)
			}
		}
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range falseHits {
		f.Add(s)
	}
	f.Add("Putin met Trump on Monday and will meet him again on Monday.")
	f.Add("Sun, 23 Mar 2025 14:05:00 EDT, between 2014 and 2022, a 30-day halt last July.")
	for _, c := range readCases(f) {
		f.Add("He said " + c.expr + ", and left.")
	}
	for _, c := range readBreadth(f) {
		f.Add("He said " + c.expr + ", and left.")
	}
	for _, s := range badInputs {
		f.Add("It was " + s + ".")
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := timex.FindDates(text, seedAnchor)
		checkFound(t, text, a)
		b := timex.FindDates(text, seedAnchor)
		if diff := cmp.Diff(reduce(a), reduce(b)); diff != "" {
			t.Fatalf("FindDates(%q) differs on a second call:\n%s", text, diff)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, c := range readCases(f) {
		f.Add(c.expr)
	}
	for _, c := range notDates {
		f.Add(c.text)
	}
	for _, c := range readBreadth(f) {
		f.Add(c.expr)
	}
	for _, s := range badInputs {
		f.Add(s)
	}
	n := timex.NewNormalizer()
	f.Fuzz(func(t *testing.T, text string) {
		r1, err1 := timex.Normalize(text, seedAnchor)
		r2, err2 := timex.Normalize(text, seedAnchor)
		if (err1 == nil) != (err2 == nil) || r1.Date != r2.Date || r1.Duration != r2.Duration {
			t.Fatalf("Normalize(%q) differs on a second call: %v %v / %v %v", text, r1.Date, err1, r2.Date, err2)
		}
		if r3, err3 := n.NormalizeSlow(text, seedAnchor); (err1 == nil) != (err3 == nil) || r1.Date != r3.Date || r1.Duration != r3.Duration {
			t.Fatalf("Normalize(%q) = %v, %v; the grammar alone gives %v, %v", text, r1.Date, err1, r3.Date, err3)
		}
		if err1 != nil {
			var ne *timex.NormalizeError
			if !errors.As(err1, &ne) {
				t.Fatalf("Normalize(%q): error %T", text, err1)
			}
			return
		}
		if r1.IsSet() {
			if !r1.Date.IsZero() || !r1.Duration.IsZero() {
				t.Fatalf("Normalize(%q) = %+v: a set with a date or a duration", text, r1)
			}
			return
		}
		if r1.Date.IsZero() && r1.Duration.IsZero() || !r1.Duration.IsZero() && !r1.Date.IsZero() && !r1.Date.IsInterval() {
			t.Fatalf("Normalize(%q) = %+v: neither a date nor a duration", text, r1)
		}
		if !r1.Date.IsZero() {
			if _, err := news.ParseDate(r1.Date.String()); err != nil {
				t.Fatalf("Normalize(%q) = %q, not a valid date: %v", text, r1.Date, err)
			}
		}
	})
}

// TestConcurrent uses one Normalizer from many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	n := timex.NewNormalizer()
	text := "Putin met Trump on Monday and will meet him again next week; a 30-day halt since 2014."
	want := reduce(n.FindDates(text, seedAnchor))
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 50; k++ {
				if diff := cmp.Diff(want, reduce(n.FindDates(text, seedAnchor))); diff != "" {
					t.Error(diff)
					return
				}
				if r, err := n.Normalize("last July", seedAnchor); err != nil || r.Date.String() != "2024-07" {
					t.Errorf("Normalize = %v, %v", r.Date, err)
					return
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

// TestPathological feeds repeated fragments of date grammar, which must not
// make the parser take quadratic time.
func TestPathological(t *testing.T) {
	for _, unit := range []string{"the ", "early ", "from ", "since ", "10 am ", "last ", "the end of ",
		"two days before ", "March 1-", "1-", "- ", "'", "a ", "in ", "mid-", "between 2014 and "} {
		s := strings.Repeat(unit, 50_000/len(unit))
		start := time.Now()
		fs := timex.FindDates(s, seedAnchor)
		checkFound(t, s, fs)
		_, _ = timex.Normalize(s[:min(len(s), 4096)], seedAnchor)
		if d := time.Since(start); d > 15*time.Second {
			t.Errorf("%q repeated to 50 kB took %v", unit, d)
		}
	}
}

// badInputs are inputs that must give a clear error or an uncertain date,
// never a panic or a silently wrong value.
var badInputs = []string{
	"31/31/2024", "Feb 30", "February 30, 2025", "Fri, 04 Jul 2024 15:04:05 GMT", "Thu, 04 Jul 2024 15:04:05 XYZ",
	"25:61", "Thu, 04 Jul 2024 25:61:05 GMT", "1720105445", "1720105445123", "20241304150405", "2024年13月40日",
	"13/13", "2024Q5", "5Q24", "the fifth Tuesday of February 2025", "the 31st day of February 2024",
	"every", "for six weeks from", "Friday the 32nd", "0Q00", "9999-12-31T23:59:59 +1400 for 3 years",
}

// TestBadInput holds each bad input to a clear error or an uncertain date.
func TestBadInput(t *testing.T) {
	for _, s := range badInputs {
		r, err := timex.Normalize(s, seedAnchor)
		if err != nil {
			var ne *timex.NormalizeError
			if !errors.As(err, &ne) || !strings.HasPrefix(err.Error(), "timex: ") {
				t.Errorf("Normalize(%q): error %T %v, want a *NormalizeError", s, err, err)
			}
			continue
		}
		if !r.Date.Uncertain() {
			t.Errorf("Normalize(%q) = %v, want an error or an uncertain date", s, r.Date)
		}
	}
}

// TestFindMachine: machine timestamps in running text, without the
// sentence's period.
func TestFindMachine(t *testing.T) {
	text := "The log said 04/Jul/2024:15:04:05 -0700 and Thu Jul  4 15:04:05 UTC 2024. Sent Sun, 23 Mar 2025 14:05:00 EDT."
	var got []string
	for _, f := range timex.FindDates(text, seedAnchor) {
		got = append(got, f.Span.Text+" = "+f.Date.String())
	}
	want := []string{
		"04/Jul/2024:15:04:05 -0700 = 2024-07-04T15:04:05-07:00",
		"Thu Jul  4 15:04:05 UTC 2024 = 2024-07-04T15:04:05Z",
		"Sun, 23 Mar 2025 14:05:00 EDT = 2025-03-23T14:05:00-04:00",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FindDates (-want +got):\n%s", diff)
	}
}
