package article

import (
	"slices"
	"strings"
)

// Rights are the copyright of an article and the terms on which it may be
// used. The zero Rights states none.
type Rights struct {
	// Holder is the person or organization that holds the copyright.
	// ninjs: copyrightHolder; schema.org: copyrightHolder.
	Holder string `json:"holder,omitempty"`
	// Notice is the copyright notice as it must be shown, such as
	// "© 2025 Example News". ninjs: copyrightNotice; schema.org:
	// copyrightNotice.
	Notice string `json:"notice,omitempty"`
	// UsageTerms say, for people, how the article may be used, such as
	// "No use in Germany before 25 March". ninjs: usageTerms; schema.org:
	// usageInfo (which is a URL there).
	UsageTerms string `json:"usageTerms,omitempty"`
	// License is the URL of the licence the article is published under,
	// such as https://creativecommons.org/licenses/by/4.0/. schema.org:
	// license; ninjs: rightsInfo.linkedRights comes closest.
	License string `json:"license,omitempty"`
	// Expression is the rights in a machine-readable rights expression
	// language such as ODRL or RightsML. ninjs: rightsInfo.
	Expression RightsExpression `json:"expression,omitzero"`
}

// IsZero reports whether r is the zero Rights.
func (r Rights) IsZero() bool { return r == Rights{} }

// RightsExpression is a statement of rights in a machine-readable rights
// expression language, given inline or by link. ninjs: rightsInfo.
type RightsExpression struct {
	// Format is the URI of the rights expression language, such as
	// http://www.w3.org/ns/odrl/2/. ninjs: rightsInfo.langId.
	Format string `json:"format,omitempty"`
	// URL is where the expression is. ninjs: rightsInfo.linkedRights.
	URL string `json:"url,omitempty"`
	// Text is the expression itself. ninjs: rightsInfo.encodedRights.
	Text string `json:"text,omitempty"`
}

// IsZero reports whether e is the zero RightsExpression.
func (e RightsExpression) IsZero() bool { return e == RightsExpression{} }

// Source is a party the content came from: one that originated, supplied,
// distributed or enhanced it. ninjs: an item of infoSources; schema.org:
// sourceOrganization.
type Source struct {
	// Name is the party's name, such as "Associated Press".
	Name string `json:"name"`
	// Role is what the party did: "originator", "wire", "pool", "ugc"
	// (sent in by a reader), "distributor" or another short term, such
	// as a code of the IPTC Content Production Party Role NewsCodes. ninjs:
	// role.
	Role string `json:"role,omitempty"`
	// URI identifies the party. ninjs: uri.
	URI string `json:"uri,omitempty"`
}

// TrustIndicator links to a document that helps readers judge the article's
// trustworthiness. ninjs: an item of trustIndicators; schema.org:
// publishingPrinciples, correctionsPolicy, ethicsPolicy, masthead and their
// kin, one property a role.
type TrustIndicator struct {
	// Role is what the document is, as a URI, such as a code of the IPTC
	// Trust Indicator NewsCodes
	// (http://cv.iptc.org/newscodes/trustindicator/). ninjs: role.
	Role string `json:"role,omitempty"`
	// Title is the document's title. ninjs: title.
	Title string `json:"title,omitempty"`
	// URL is where the document is. ninjs: href.
	URL string `json:"url"`
}

// DigitalSourceType says how content was made, as a URI of the IPTC Digital
// Source Type NewsCodes: DigitalSourceTypeScheme followed by a code, such as
// http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia.
// The zero DigitalSourceType states none.
type DigitalSourceType string

// DigitalSourceTypeScheme is the URI of the IPTC Digital Source Type
// NewsCodes, which every DigitalSourceType starts with.
const DigitalSourceTypeScheme = "http://cv.iptc.org/newscodes/digitalsourcetype/"

// DigitalSourceCodes are the codes of the IPTC Digital Source Type NewsCodes
// as released on 2024-10-23 (cv.iptc.org/newscodes/digitalsourcetype),
// retired ones (minorHumanEdits, digitalArt) included, since older content
// carries them. A code not listed here is still accepted: the vocabulary
// grows.
var DigitalSourceCodes = []string{
	"digitalCapture", "computationalCapture", "negativeFilm", "positiveFilm",
	"print", "minorHumanEdits", "humanEdits", "algorithmicallyEnhanced",
	"softwareImage", "digitalArt", "digitalCreation", "dataDrivenMedia",
	"trainedAlgorithmicMedia", "algorithmicMedia", "screenCapture",
	"virtualRecording", "composite", "compositeCapture", "compositeSynthetic",
	"compositeWithTrainedAlgorithmicMedia",
}

// DigitalSource returns the DigitalSourceType of an IPTC code, such as
// "digitalCapture".
func DigitalSource(code string) DigitalSourceType {
	return DigitalSourceType(DigitalSourceTypeScheme + code)
}

// Code returns the code of t within the IPTC vocabulary, or "" when t is not
// a URI of it.
func (t DigitalSourceType) Code() string {
	c, ok := strings.CutPrefix(string(t), DigitalSourceTypeScheme)
	if !ok {
		return ""
	}
	return c
}

// Known reports whether t is one of DigitalSourceCodes.
func (t DigitalSourceType) Known() bool {
	return slices.Contains(DigitalSourceCodes, t.Code())
}

// Generative reports whether t says that generative AI made the content, in
// whole (trainedAlgorithmicMedia) or in part
// (compositeWithTrainedAlgorithmicMedia).
func (t DigitalSourceType) Generative() bool {
	c := t.Code()
	return c == "trainedAlgorithmicMedia" || c == "compositeWithTrainedAlgorithmicMedia"
}
