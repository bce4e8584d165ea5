package jsonld

import "github.com/newsmodel/newsmodel/article/convert"

// Error is what Import, Export and Extract return for input they cannot
// read or an article they cannot write: malformed JSON, nesting too deep,
// a cycle of references, no article in the document. Its messages start
// with "jsonld: ".
type Error = convert.Error
