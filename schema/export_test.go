package schema

// LoadURL exposes the compiler's loader to the tests.
var LoadURL = loadURL

// ValidateFull validates with the jsonschema package alone, without the
// fast path.
var ValidateFull = validateFull

// FastValid reports what the fast path says of v; ok is false when the fast
// path does not compile.
func FastValid(v any) (valid, ok bool) {
	f, err := fast()
	if err != nil {
		return false, false
	}
	return f.valid(f.root, v), true
}

// Compile compiles the schema (once).
func Compile() error {
	_, err := compiled()
	return err
}
