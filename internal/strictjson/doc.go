// Package strictjson decodes JSON into Go values strictly: unknown members,
// duplicate members, null, wrong types, invalid UTF-8, lone surrogates and
// trailing data are errors that name the JSON pointer and the position of the
// offending value. It supports the shapes the newsmodel types use: structs with
// json tags, slices, maps with string keys, strings, integers, booleans,
// encoding.TextUnmarshaler and json.RawMessage.
//
// The text is read by internal/jsonscan in strict mode; this package adds
// what depends on the Go type being filled and on where in the document a
// value stands: the pointer, unknown, missing and duplicate members, and
// (in UnmarshalAll) going on past a faulty value. CheckEncodable is the
// inverse check, on Go values about to be encoded.
package strictjson
