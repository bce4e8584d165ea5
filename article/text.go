package article

// Headline is one of the article's other headlines, for the use its role
// names. ninjs: an item of headlines; schema.org: alternativeHeadline.
type Headline struct {
	// Role is what the headline is for: "short", "seo", "social", "print"
	// or another short lowercase word. The main headline is the article's
	// Headline, so no entry has role "main".
	Role string `json:"role"`
	// Text is the headline as printed.
	Text string `json:"text"`
	// MediaType is the IANA media type of Text when it is not plain text,
	// such as "text/html". ninjs: contentType.
	MediaType string `json:"mediaType,omitempty"`
}

// Description is a summary of the article for a given use. ninjs: an item of
// descriptions; schema.org: description, abstract.
type Description struct {
	// Role is what the description is for: "summary", "teaser", "lead" or
	// another short lowercase word; absent, a general description.
	Role string `json:"role,omitempty"`
	// Text is the description.
	Text string `json:"text"`
	// MediaType is the IANA media type of Text when it is not plain text,
	// such as "text/html". ninjs: contentType.
	MediaType string `json:"mediaType,omitempty"`
}

// Body is the article's body in a form other than the plain text of
// Article.Body, such as HTML or NITF. ninjs: an item of bodies.
type Body struct {
	// Role names the form among the article's, such as "html5" or
	// "nitf". ninjs: role.
	Role string `json:"role,omitempty"`
	// MediaType is the IANA media type of Text, such as "text/html" or
	// "application/xml". ninjs: contentType.
	MediaType string `json:"mediaType"`
	// Text is the body in that form, markup and all.
	Text string `json:"text"`
	// CharCount is the count of characters the provider states, figure
	// captions left out; 0 states none. ninjs: charCount.
	CharCount int `json:"charCount,omitempty"`
	// WordCount is the count of words the provider states, figure captions
	// left out; 0 states none. ninjs: wordCount; schema.org: wordCount.
	WordCount int `json:"wordCount,omitempty"`
}

// Summary returns the text of the article's first description of role
// "summary", or else of its first description without a role, or "".
func (a *Article) Summary() string {
	general := ""
	for _, d := range a.Descriptions {
		switch d.Role {
		case "summary":
			return d.Text
		case "":
			if general == "" {
				general = d.Text
			}
		}
	}
	return general
}
