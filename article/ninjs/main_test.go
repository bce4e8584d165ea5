package ninjs_test

import (
	"flag"
	"slices"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func sorted(s []string) []string { slices.Sort(s); return s }
