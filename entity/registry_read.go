package entity

import (
	"errors"
	"fmt"
	"io"

	"github.com/newsmodel/newsmodel/internal/strictjson"
)

// registryFile is the JSON form of a registry, as schema/registry.schema.json
// describes it.
type registryFile struct {
	Schema   string       `json:"$schema,omitempty"`
	Entities []fileEntity `json:"entities"`
}

// fileEntity is one entity of a registry file: who it is and what it is
// called. Mentions and relations belong to a document, not to a registry.
type fileEntity struct {
	ID          string            `json:"id"`
	Kind        Kind              `json:"kind"`
	Name        string            `json:"name"`
	Aliases     []string          `json:"aliases,omitempty"`
	Description string            `json:"description,omitempty"`
	Roles       []Role            `json:"roles,omitempty"`
	ExternalIDs map[string]string `json:"externalIds,omitempty"`
}

// registryLimits bound what ReadRegistry decodes.
var registryLimits = strictjson.Limits{MaxDepth: 16, MaxStringLen: 1 << 16}

// ReadRegistry reads a registry file and compiles it as NewRegistry does.
// The file is one JSON object, described by the JSON Schema
// schema/registry.schema.json:
//
//	{
//	  "$schema": "https://newsmodel.github.io/schema/registry/v1.json",
//	  "entities": [
//	    {"id": "vladimir-putin", "kind": "person", "name": "Vladimir Putin",
//	     "aliases": ["Vladimir Vladimirovich Putin"],
//	     "roles": [{"title": "President", "of": "russia"}],
//	     "externalIds": {"wikidata": "Q7747"}}
//	  ]
//	}
//
// Each entity has the members of an Entity that say who it is: id, kind,
// name, aliases, description, roles and externalIds. The file is read
// strictly: an unknown or duplicate member, a null, a wrong type, text that
// is not UTF-8 or trailing data is a *RegistryError with the JSON pointer,
// line and column of the offending value; so is an entity NewRegistry
// refuses, by pointer.
func ReadRegistry(r io.Reader, opts ...RegistryOption) (*Registry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("entity: registry: reading: %w", err)
	}
	var f registryFile
	if err := strictjson.Unmarshal(data, &f, registryLimits); err != nil {
		var se *strictjson.Error
		if errors.As(err, &se) {
			return nil, &RegistryError{Pointer: se.Pointer, Line: se.Line, Column: se.Column,
				Rule: se.Rule, Message: se.Msg, Err: se.Err}
		}
		return nil, err
	}
	es := make([]Entity, len(f.Entities))
	for i, e := range f.Entities {
		es[i] = Entity{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: e.Aliases,
			Description: e.Description, Roles: e.Roles, ExternalIDs: e.ExternalIDs}
	}
	return NewRegistry(es, opts...)
}
