package ninjs_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/newsmodel/newsmodel/article/ninjs"
)

// refDir holds the official ninjs schemas and examples, reference data the
// project did not write, in shared/ beside the repository.
const refDir = "../../../shared/reference/ninjs"

// needRef skips a test when the reference data is absent.
func needRef(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(refDir, "ninjs-schema_3.2.json")); err != nil {
		t.Skipf("the official ninjs schemas and examples (%s, reference data in shared/ beside the repository) are absent; skipping", refDir)
	}
}

// refFiles returns the reference files matching the glob patterns, relative
// to refDir/examples.
func refFiles(t testing.TB, patterns ...string) []string {
	t.Helper()
	var out []string
	for _, p := range patterns {
		m, err := filepath.Glob(filepath.Join(refDir, "examples", p))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Fatalf("no reference files match %v", patterns)
	}
	return out
}

func rel(path string) string {
	r, err := filepath.Rel(filepath.Join(refDir, "examples"), path)
	if err != nil {
		return path
	}
	return filepath.ToSlash(r)
}

var schemas = struct {
	sync.Mutex
	m map[string]*jsonschema.Schema
}{m: map[string]*jsonschema.Schema{}}

// schemaFor compiles the official schema of a minor version ("3.2") once,
// with the GeoJSON schema it refers to, refusing every other URL, and with
// formats asserted.
func schemaFor(t testing.TB, minor string) *jsonschema.Schema {
	t.Helper()
	schemas.Lock()
	defer schemas.Unlock()
	if s, ok := schemas.m[minor]; ok {
		return s
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	c.LoadURL = func(u string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("refusing to load %s: only the files added are used", u)
	}
	add := func(file string) string {
		b, err := os.ReadFile(filepath.Join(refDir, file))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			ID  string `json:"$id"`
			ID4 string `json:"id"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		id := doc.ID
		if id == "" {
			id = doc.ID4
		}
		id = strings.TrimSuffix(id, "#")
		if err := c.AddResource(id, bytes.NewReader(b)); err != nil {
			t.Fatal(err)
		}
		return id
	}
	add("GeoJSON-schema.json")
	id := add("ninjs-schema_" + minor + ".json")
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compiling the ninjs %s schema: %v", minor, err)
	}
	schemas.m[minor] = s
	return s
}

// validate checks a document against the official schema of a minor
// version.
func validate(t testing.TB, minor string, doc []byte) error {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(doc))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return err
	}
	return schemaFor(t, minor).Validate(v)
}

var minors = map[ninjs.Version]string{ninjs.V1: "1.6", ninjs.V2: "2.2", ninjs.V3: "3.2"}
