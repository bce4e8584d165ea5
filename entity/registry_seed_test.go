package entity_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/entity"
)

func init() {
	// The package's tests share one -update flag, whichever file defines it.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func registryUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// seedPath (in discover_gold_test.go) is the seed story, reference data
// that lies in shared/ beside the repository.

// seedRegistry names the people, places and organisations of the seed
// story.
var seedRegistry = []entity.Entity{
	{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin", Roles: []entity.Role{{Title: "President", Of: "russia"}}},
	{ID: "donald-trump", Kind: entity.Person, Name: "Donald Trump", Roles: []entity.Role{{Title: "President"}}},
	{ID: "mary-trump", Kind: entity.Person, Name: "Mary Trump"},
	{ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff"},
	{ID: "tucker-carlson", Kind: entity.Person, Name: "Tucker Carlson"},
	{ID: "thomas-crooks", Kind: entity.Person, Name: "Thomas Matthew Crooks"},
	{ID: "butler-pa", Kind: entity.Place, Name: "Butler", Aliases: []string{"Butler, Pa."}},
	{ID: "russia", Kind: entity.Place, Name: "Russia"},
	{ID: "ukraine", Kind: entity.Place, Name: "Ukraine"},
	{ID: "moscow", Kind: entity.Place, Name: "Moscow"},
	{ID: "united-states", Kind: entity.Place, Name: "United States"},
	{ID: "kremlin", Kind: entity.Organization, Name: "Kremlin", Aliases: []string{"the Kremlin"}},
	{ID: "shutterstock", Kind: entity.Organization, Name: "Shutterstock"},
}

// TestMatchSeedStory matches the seed story against seedRegistry and
// compares every match with testdata/registry-seed.golden (go test -update
// rewrites it). It skips when shared/ is absent.
func TestMatchSeedStory(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("the seed story %s is absent (reference data in shared/ beside the repository); skipping", seedPath)
	}
	r, err := entity.NewRegistry(seedRegistry)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, m := range r.Match(string(data)) {
		fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%q", m.Span.Start, m.Span.End, m.Entity, m.Form, m.Span.Text)
		if m.Title != "" {
			fmt.Fprintf(&b, "\t%s %q", m.Title, m.TitleSpan.Text)
		}
		b.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "registry-seed.golden")
	if registryUpdating() {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("matches of the seed story (-want +got):\n%s", diff)
	}
}
