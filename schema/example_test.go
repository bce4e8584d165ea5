package schema_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/schema"
)

func ExampleSort() {
	ps := []schema.Problem{
		{Pointer: "/quotes/0/speaker", Rule: "reference", Message: `no entity "putin"`},
		{Pointer: "", Rule: "required", Message: `missing member "headline"`},
		{Pointer: "/entities/1/id", Rule: "duplicate-id", Message: `"russia" is used twice`},
	}
	schema.Sort(ps)
	for _, p := range ps {
		fmt.Println(p)
	}
	// Output:
	// (document): required: missing member "headline"
	// /entities/1/id: duplicate-id: "russia" is used twice
	// /quotes/0/speaker: reference: no entity "putin"
}
