package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

func runIt(args []string, stdin string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestSample reads the embedded sample: the output validates and names
// its people, organisations and places.
func TestSample(t *testing.T) {
	code, out, errs := runIt(nil, "")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if ps := article.Validate([]byte(out)); len(ps) > 0 {
		t.Fatalf("output does not validate: %v", ps)
	}
	a, err := article.Unmarshal([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]entity.Kind{}
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
		if len(e.Mentions) == 0 {
			t.Errorf("entity %s has no mention", e.ID)
		}
	}
	for name, kind := range map[string]entity.Kind{
		"Javier Ruiz de la Torre": entity.Person, "Maria Elena Castillo": entity.Person,
		"Valencia CF": entity.Organization, "UEFA": entity.Organization, "Spain": entity.Place,
	} {
		if kinds[name] != kind {
			t.Errorf("%s: kind %q, want %q", name, kinds[name], kind)
		}
	}
}

// TestRegistry matches a registry's entity: its ID and external IDs carry
// over.
func TestRegistry(t *testing.T) {
	reg := `{"entities":[{"id":"acme-corp","kind":"organization","name":"Acme Corporation","aliases":["Acme"],"externalIds":{"wikidata":"Q1"}}]}`
	path := t.TempDir() + "/reg.json"
	if err := os.WriteFile(path, []byte(reg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runIt([]string{"-registry", path, "-date", "2025-01-02", "-"}, "Acme shares rise\n\nShares of Acme rose on Monday.")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	a, err := article.Unmarshal([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, e := range a.Entities {
		if e.ID == "acme-corp" && e.ExternalIDs["wikidata"] == "Q1" && len(e.Mentions) > 0 {
			found = true
		}
	}
	if !found || a.Published.String() != "2025-01-02" {
		t.Errorf("registry entity not found with its mentions, or date lost: %s", out)
	}
}

func TestBadUsage(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"a", "b"}, {"-date", "soon"}} {
		code, out, errs := runIt(args, "")
		if code != 2 || out != "" || !strings.Contains(errs, usage) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and the usage line", args, code, out, errs)
		}
	}
	if code, _, errs := runIt([]string{"-registry", "testdata/none.json"}, ""); code != 1 || !strings.Contains(errs, "none.json") {
		t.Errorf("missing registry: exit %d, stderr %q", code, errs)
	}
}
