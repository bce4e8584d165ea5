// Package enum parses the closed string enumerations of the model.
package enum

import (
	"fmt"
	"strings"
)

// Parse sets *v to the member of valid spelled exactly as b, or returns an
// error that names what was wanted. pkg and what name the package and the
// enumeration in the message: "entity: unknown kind "x"; want one of …".
func Parse[T ~string](pkg, what string, valid []T, v *T, b []byte) error {
	for _, k := range valid {
		if string(k) == string(b) {
			*v = k
			return nil
		}
	}
	names := make([]string, len(valid))
	for i, k := range valid {
		names[i] = string(k)
	}
	return fmt.Errorf("%s: unknown %s %q; want one of: %s", pkg, what, b, strings.Join(names, ", "))
}

// Text returns the text form of v, or an error when v is not a member of
// valid, so that an invalid value is never written.
func Text[T ~string](pkg, what string, valid []T, v T) ([]byte, error) {
	for _, k := range valid {
		if k == v {
			return []byte(v), nil
		}
	}
	var probe T
	return nil, Parse(pkg, what, valid, &probe, []byte(v))
}
