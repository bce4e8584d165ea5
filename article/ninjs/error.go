package ninjs

import "github.com/newsmodel/newsmodel/article/convert"

// Error is what Import and Export return for input they cannot read or an
// article they cannot write: malformed JSON, a document that is not an
// object, nesting too deep, an unknown version. Its messages start with
// "ninjs: ".
type Error = convert.Error
