package feed

// Internals the black-box tests exercise directly.
var (
	HTMLText  = htmlText
	ParseDate = parseDate
	Slug      = slug
)
