package schema_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/schema"
)

func TestSort(t *testing.T) {
	in := []schema.Problem{
		{Pointer: "/entities/10/id", Rule: "b"},
		{Pointer: "/entities/2/name", Rule: "a"},
		{Pointer: "/entities/2", Rule: "a"},
		{Pointer: "", Rule: "limit"},
		{Pointer: "/entities/02", Rule: "a"},
		{Pointer: "/body", Rule: "a"},
		{Pointer: "/entities/2/name", Rule: "a", Message: "a"},
	}
	want := []string{"", "/body", "/entities/2", "/entities/2/name", "/entities/2/name", "/entities/10/id", "/entities/02"}
	schema.Sort(in)
	var got []string
	for _, p := range in {
		got = append(got, p.Pointer)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestComparePointers(t *testing.T) {
	for _, tt := range []struct {
		p, q string
		want int
	}{
		{"", "", 0}, {"", "/", -1}, {"/a", "/a", 0}, {"/9", "/10", -1}, {"/10", "/9", 1},
		{"/a/b", "/a", 1}, {"/1", "/a", -1}, {"/a~1b", "/a~1c", -1},
	} {
		if got := schema.ComparePointers(tt.p, tt.q); got != tt.want {
			t.Errorf("ComparePointers(%q, %q) = %d, want %d", tt.p, tt.q, got, tt.want)
		}
	}
}

func ExampleComparePointers() {
	fmt.Println(schema.ComparePointers("/entities/2", "/entities/10"))
	// Output:
	// -1
}

func ExampleSort() {
	ps := []schema.Problem{
		{Pointer: "/entities/10/id", Rule: "pattern"},
		{Pointer: "/entities/2/id", Rule: "duplicate-id"},
	}
	schema.Sort(ps)
	fmt.Println(ps[0].Pointer, ps[1].Pointer)
	// Output:
	// /entities/2/id /entities/10/id
}
