package schema_test

import (
	"encoding/json"
	"fmt"

	"github.com/newsmodel/newsmodel/schema"
)

func ExampleValidate() {
	doc := `{"schemaVersion": "1", "id": "a", "headline": "",
	         "entities": [{"id": "Vladimir Putin", "kind": "person"}]}`
	for _, p := range schema.Validate([]byte(doc)) {
		fmt.Println(p)
	}
	// Output:
	// /entities/0/id: pattern: "Vladimir Putin" is not an identifier: lowercase ASCII letters, digits and hyphens, starting with a letter or digit, such as "vladimir-putin"
	// /entities/0/name: required: missing required member "name"
	// /headline: minLength: empty string: this member needs at least one character
}

func ExampleJSON() {
	var s struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(schema.JSON(), &s); err != nil {
		panic(err)
	}
	fmt.Println(s.ID == schema.ID)
	fmt.Println(s.Schema)
	// Output:
	// true
	// https://json-schema.org/draft/2020-12/schema
}

func ExampleValidateValue() {
	v, p := schema.Decode([]byte(`{"schemaVersion": "1", "id": "a", "headline": "h", "url": "example.com"}`))
	if p != nil {
		panic(p)
	}
	fmt.Println(schema.ValidateValue(v))
	// Output:
	// [/url: format: "example.com" is not an absolute URI (RFC 3986), such as https://example.com/a]
}

func ExampleProblem_Error() {
	p := schema.Problem{Pointer: "/quotes/0/speaker", Rule: "reference", Message: `no entity has id "putin"`}
	fmt.Println(p.Error())
	// Output:
	// /quotes/0/speaker: reference: no entity has id "putin"
}

func ExampleDecode() {
	_, p := schema.Decode([]byte(`{"id": "a",}`))
	fmt.Println(p)
	// Output:
	// (document): syntax: line 1, column 12: expected a member name in double quotes, found '}'
}
