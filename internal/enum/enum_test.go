package enum_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/internal/enum"
)

type color string

func ExampleParse() {
	var c color
	valid := []color{"red", "green"}
	fmt.Println(enum.Parse("paint", "color", valid, &c, []byte("green")), c)
	fmt.Println(enum.Parse("paint", "color", valid, &c, []byte("blue")))
	// Output:
	// <nil> green
	// paint: unknown color "blue"; want one of: red, green
}
