package idslug_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/internal/idslug"
)

// ASCII keeps letters and digits and joins the rest with single hyphens;
// the limit bounds the length of IDs made from long links.
func ExampleASCII() {
	fmt.Println(idslug.ASCII("Senate Majority Leader Chuck Schumer", -1))
	fmt.Println(idslug.ASCII("example.com/2025/03/23/story", 11))
	// Output:
	// senate-majority-leader-chuck-schumer
	// example-com
}
