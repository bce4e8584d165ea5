package quote_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsmodel/newsmodel/quote"
)

// TestBadInput feeds Find text that breaks the usual shapes: the result
// must hold together, and no words of an unclosed quote may be lost.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		text string
		// quotes is how many quotes Find must return, or -1 for any.
		quotes int
	}{
		{"10,000 unclosed marks", strings.Repeat("“we said ", 10000), -1},
		{"10,000 unclosed marks over paragraphs", strings.Repeat("“we said\n\n", 10000), -1},
		{"a paragraph of only quote marks", strings.Repeat(`"“”‘’«»„`, 500), 0},
		{"every Unicode quote character", quoteMarks() + " " + strings.Repeat(quoteMarks()+"word ", 20), -1},
		{"each quote character around words", eachMarkAround(), -1},
		{"text without a sentence end", strings.Repeat("Witkoff said that Putin, who met him, told me “yes” and ", 2000), -1},
		{"a closing mark closes twice", "“It works,” Witkoff said” and left.”", 1},
		{"control characters and invalid UTF-8", "“a\x00b\xff”, Witkoff said.\x01", -1},
		{"only blank lines", "\n\n \n\t\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := quote.Find(tt.text, fuzzEnts)
			if errs := checkResult(tt.text, fuzzEnts, res); len(errs) > 0 {
				t.Fatalf("invalid result: %v", errs[:min(len(errs), 5)])
			}
			if tt.quotes >= 0 && len(res.Quotes) != tt.quotes {
				t.Errorf("%d quotes, want %d", len(res.Quotes), tt.quotes)
			}
		})
	}
}

// eachMarkAround puts every quotation mark around a few words, in turn.
func eachMarkAround() string {
	var b strings.Builder
	for _, r := range quoteMarks() {
		b.WriteString("Witkoff said ")
		b.WriteRune(r)
		b.WriteString("we met the president")
		b.WriteRune(r)
		b.WriteString(". ")
	}
	return b.String()
}

// TestUnclosedKeepsWords checks that a quote whose mark never closes runs
// to the end of its paragraph.
func TestUnclosedKeepsWords(t *testing.T) {
	text := "Witkoff said: “We met for five hours, and the president was clear\n\nNext paragraph."
	res := quote.Find(text, fuzzEnts)
	if len(res.Quotes) != 1 || res.Quotes[0].Text != "We met for five hours, and the president was clear" {
		t.Fatalf("got %+v", res.Quotes)
	}
}

// adversarial returns about n bytes of text built to stress Find: long
// paragraphs without a sentence end, many marks, cues and names.
func adversarial(n int) string {
	parts := []string{
		"“Putin told me a story,” Witkoff said, ",
		"according to a Kremlin spokesperson who said that ",
		"‘he was “clearly touched” by it’ ",
		"\"unclosed ",
		"Q: ",
		"the envoy, who met Tucker Carlson, said ",
		"«x» „y“ ",
		"\n\n“Continued ",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[i%len(parts)])
		if i%97 == 0 {
			b.WriteString(". ")
		}
	}
	return b.String()
}

// TestLinear checks that Find's time grows linearly: eight times the text
// may not take much more than eight times as long. The machine may be busy,
// so each size is timed a few times and the fastest run counts.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	best := func(text string) time.Duration {
		d := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			quote.Find(text, fuzzEnts)
			d = min(d, time.Since(start))
		}
		return d
	}
	small, large := adversarial(1<<18), adversarial(1<<21)
	ts, tl := best(small), best(large)
	t.Logf("%d bytes: %v; %d bytes: %v (%.1fx)", len(small), ts, len(large), tl, float64(tl)/float64(ts))
	// Linear time gives 8x, quadratic 64x; a busy machine adds noise.
	if tl > 24*ts {
		t.Errorf("8x the text took %.1fx the time: not linear", float64(tl)/float64(ts))
	}
}
