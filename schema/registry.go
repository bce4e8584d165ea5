package schema

import (
	"bytes"
	_ "embed"
)

// RegistryID is the $id of the entity registry schema.
const RegistryID = "https://newsmodel.github.io/schema/registry/v1.json"

//go:embed registry.schema.json
var registrySource []byte

// RegistryJSON returns the text of the JSON Schema (draft 2020-12, $id
// RegistryID) of the entity registry file that entity.ReadRegistry reads.
// It takes the definitions it shares with the article document from the
// article schema (ID, see JSON) by absolute $ref, so a validator needs
// both. Each call returns a new copy, as JSON does.
func RegistryJSON() []byte { return bytes.Clone(registrySource) }
