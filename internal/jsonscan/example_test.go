package jsonscan_test

import (
	"errors"
	"fmt"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

// A caller walks a document with Object and Array and reads each scalar
// with the method its Kind names; the scanner builds nothing of its own.
func Example() {
	s := jsonscan.New([]byte(`{"name": "Zürich", "tags": ["a", "b"], "rank": -1.5e3, "open": true}`), jsonscan.Options{})
	var value func() error
	value = func() error {
		switch s.Kind() {
		case jsonscan.Object:
			return s.Object(func(name []byte, _ int) error {
				fmt.Printf("member %s: ", name)
				return value()
			})
		case jsonscan.Array:
			fmt.Print("array: ")
			return s.Array(func(i int) error { return value() })
		case jsonscan.String:
			b, err := s.String()
			fmt.Printf("string %q\n", b)
			return err
		case jsonscan.Number:
			b, err := s.Number()
			fmt.Printf("number %s\n", b)
			return err
		case jsonscan.True, jsonscan.False, jsonscan.Null:
			fmt.Println(s.Describe())
			return s.Literal()
		}
		return s.NotAValue()
	}
	fmt.Println(s.Document(value))
	// Output:
	// member name: string "Zürich"
	// member tags: array: string "a"
	// string "b"
	// member rank: number -1.5e3
	// member open: a boolean
	// <nil>
}

// The two modes part only on text that encoding/json reads with losses: a
// lone surrogate (or a byte that is not UTF-8) is an error in strict mode
// and U+FFFD in lenient mode.
func ExampleScanner_String() {
	data := []byte(`"half of a pair: \ud83d"`)
	for _, opt := range []jsonscan.Options{{}, {Lenient: true}} {
		s := jsonscan.New(data, opt)
		b, err := s.String()
		fmt.Printf("lenient=%v: %+q %v\n", opt.Lenient, b, err)
	}
	// Output:
	// lenient=false: "" jsonscan: offset 17: lone UTF-16 surrogate \uD83D in string
	// lenient=true: "half of a pair: \ufffd" <nil>
}

// An Error names a byte offset; LineCol turns it into the line and column
// (in code points) that a message for a person gives.
func ExampleLineCol() {
	data := []byte("{\n  \"café\": tru\n}")
	s := jsonscan.New(data, jsonscan.Options{})
	err := s.Document(func() error {
		return s.Object(func([]byte, int) error { return s.Literal() })
	})
	var e *jsonscan.Error
	if errors.As(err, &e) {
		line, col := jsonscan.LineCol(data, e.Offset)
		fmt.Printf("line %d, column %d: %s\n", line, col, e.Msg)
	}
	// Output:
	// line 2, column 11: invalid literal: expected "true"
}
