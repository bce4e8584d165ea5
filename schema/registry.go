package schema

import _ "embed"

// RegistryID is the $id of the entity registry schema.
const RegistryID = "https://newsmodel.github.io/schema/registry/v1.json"

// RegistrySchema is the JSON Schema (draft 2020-12, $id RegistryID) of the
// entity registry file that entity.ReadRegistry reads. It takes the
// definitions it shares with the article document from the article schema
// (ID, see JSON) by absolute $ref, so a validator needs both.
//
//go:embed registry.schema.json
var RegistrySchema []byte
