package convert_test

import (
	"encoding/json"
	"fmt"

	"github.com/newsmodel/newsmodel/article/convert"
)

// A converter reports a member it cannot carry as a Loss; its String form is
// what a command prints on standard error, and its JSON form what a program
// stores.
func ExampleLoss() {
	l := convert.Loss{
		Side:    convert.Ours,
		Pointer: convert.Pointer("quotes", 0, "span"),
		Reason:  "schema.org has no text offsets",
	}
	fmt.Println(l)
	b, _ := json.Marshal(l)
	fmt.Println(string(b))
	// Output:
	// /quotes/0/span: schema.org has no text offsets
	// {"side":"ours","pointer":"/quotes/0/span","reason":"schema.org has no text offsets"}
}

// Pointer escapes the tokens it joins, so that a key holding a slash stays
// one token.
func ExamplePointer() {
	fmt.Println(convert.Pointer("entities", 3, "externalIds", "a/b~c"))
	// Output:
	// /entities/3/externalIds/a~1b~0c
}
