package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/schema"
)

// TestRegistrySchema compiles the embedded registry schema beside the
// article schema it refers to, and checks that it and entity.ReadRegistry
// agree on the files in testdata/registry: every valid file is read, every
// invalid one refused by both.
func TestRegistrySchema(t *testing.T) {
	var head struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(schema.RegistryJSON(), &head); err != nil {
		t.Fatal(err)
	}
	if head.ID != schema.RegistryID || head.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$id %q, $schema %q", head.ID, head.Schema)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	for id, src := range map[string][]byte{schema.ID: schema.JSON(), schema.RegistryID: schema.RegistryJSON()} {
		if err := c.AddResource(id, bytes.NewReader(src)); err != nil {
			t.Fatal(err)
		}
	}
	s, err := c.Compile(schema.RegistryID)
	if err != nil {
		t.Fatal(err)
	}
	for _, valid := range []bool{true, false} {
		dir := filepath.Join("testdata", "registry", map[bool]string{true: "valid", false: "invalid"}[valid])
		files, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no files in %s: %v", dir, err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			v, p := schema.Decode(data)
			if p != nil {
				t.Fatalf("%s: %v", file, p)
			}
			schemaErr := s.Validate(v)
			_, readErr := entity.ReadRegistry(bytes.NewReader(data))
			if valid && (schemaErr != nil || readErr != nil) {
				t.Errorf("%s: schema says %v, ReadRegistry says %v; want both to accept it", file, schemaErr, readErr)
			}
			if !valid && (schemaErr == nil || readErr == nil) {
				t.Errorf("%s: schema says %v, ReadRegistry says %v; want both to refuse it", file, schemaErr, readErr)
			}
		}
	}
}
