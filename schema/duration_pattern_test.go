package schema_test

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/schema"
)

// TestDurationPatternAgrees holds the schema's duration pattern to
// news.ParseDuration on the same strings.
func TestDurationPatternAgrees(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			Pattern string `json:"pattern"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.JSON(), &doc); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(doc.Defs["duration"].Pattern)
	for _, s := range []string{
		"P30D", "P2W", "P1W2D", "P3Y", "P1Y6M", "PT2H30M", "PT0S", "P0D", "P1Y2M3W4DT5H6M7S",
		"P123456789012345678D", "", "P", "PT", "P1DT", "P1M1Y", "P1H", "PT1D", "P1.5D", "p30d",
		"P30d", "P1234567890123456789D", "P-1D", " P1D", "P1D ", "P1DT1H1M1S1", "P1W1W", "PT1S1M",
	} {
		_, err := news.ParseDuration(s)
		if got, want := re.MatchString(s), err == nil; got != want {
			t.Errorf("%q: pattern matches %v, ParseDuration accepts %v (%v)", s, got, want, err)
		}
	}
}
