package quote_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden keeps what Find returns for each gold article in
// testdata/golden/NAME.json, so that a change of behaviour shows in the
// diff; go test -update rewrites the files.
func TestGolden(t *testing.T) {
	for _, c := range loadGold(t) {
		t.Run(c.name, func(t *testing.T) {
			res := quote.Find(c.body, c.gold.Entities)
			got, err := json.MarshalIndent(res, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
		})
	}
}
