package ninjs

import "encoding/json"

// The shapes below are those of ninjs 3.x, member names and all. A 2.x
// document is read through them after its names are respelled (see
// version.go), a 1.x document after it is reshaped (see v1.go). Members
// that the article has no typed home for are json.RawMessage, so that a
// member ninjs defines is never an unknown one.

// text is an item of headlines or descriptions.
type text struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	Value       string `json:"value"`
}

// body is an item of bodies.
type body struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	CharCount   int    `json:"charCount,omitempty"`
	WordCount   int    `json:"wordCount,omitempty"`
	Value       string `json:"value"`
}

// concept is an item of people, organisations, places, events and objects.
type concept struct {
	ID          string          `json:"id,omitempty"`
	Name        string          `json:"name,omitempty"`
	Rel         string          `json:"rel,omitempty"`
	URI         string          `json:"uri,omitempty"`
	Literal     string          `json:"literal,omitempty"`
	ContactInfo json.RawMessage `json:"contactInfo,omitempty"`
	Symbols     json.RawMessage `json:"symbols,omitempty"`
	GeoJSON     json.RawMessage `json:"geoJSON,omitempty"`
}

// subject is an item of subjects.
type subject struct {
	Name       string `json:"name,omitempty"`
	Rel        string `json:"rel,omitempty"`
	URI        string `json:"uri,omitempty"`
	Literal    string `json:"literal,omitempty"`
	Creator    string `json:"creator,omitempty"`
	Relevance  int    `json:"relevance,omitempty"`
	Confidence int    `json:"confidence,omitempty"`
}

// genre is an item of genres, and the digitalSourceType object.
type genre struct {
	Name    string `json:"name,omitempty"`
	URI     string `json:"uri,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// altID is an item of altIds.
type altID struct {
	Role  string `json:"role,omitempty"`
	Value string `json:"value,omitempty"`
}

// source is an item of infoSources.
type source struct {
	Name        string          `json:"name,omitempty"`
	Role        string          `json:"role,omitempty"`
	URI         string          `json:"uri,omitempty"`
	Literal     string          `json:"literal,omitempty"`
	ContactInfo json.RawMessage `json:"contactInfo,omitempty"`
}

// trust is an item of trustIndicators.
type trust struct {
	Role  string `json:"role,omitempty"`
	Title string `json:"title,omitempty"`
	Href  string `json:"href,omitempty"`
}

// rightsInfo is the rightsInfo object.
type rightsInfo struct {
	LangID        string `json:"langId,omitempty"`
	LinkedRights  string `json:"linkedRights,omitempty"`
	EncodedRights string `json:"encodedRights,omitempty"`
}

// rendition is an item of renditions.
type rendition struct {
	Name              string          `json:"name"`
	Href              string          `json:"href,omitempty"`
	ContentType       string          `json:"contentType,omitempty"`
	Title             string          `json:"title,omitempty"`
	Width             int             `json:"width,omitempty"`
	Height            int             `json:"height,omitempty"`
	SizeInBytes       int64           `json:"sizeInBytes,omitempty"`
	Duration          json.RawMessage `json:"duration,omitempty"`
	Format            json.RawMessage `json:"format,omitempty"`
	AspectRatio       json.RawMessage `json:"aspectRatio,omitempty"`
	VideoCodec        json.RawMessage `json:"videoCodec,omitempty"`
	FrameRate         json.RawMessage `json:"frameRate,omitempty"`
	Poi               json.RawMessage `json:"poi,omitempty"`
	TransportProtocol json.RawMessage `json:"transportProtocol,omitempty"`
	ScanType          json.RawMessage `json:"scanType,omitempty"`
	Bitrate           json.RawMessage `json:"bitrate,omitempty"`
	Resources         json.RawMessage `json:"resources,omitempty"`
}

// association is an item of associations: a ninjs object of its own, of
// which the members a medium has are typed.
type association struct {
	Name         string      `json:"name"`
	URI          string      `json:"uri,omitempty"`
	Type         string      `json:"type,omitempty"`
	By           string      `json:"by,omitempty"`
	Descriptions []text      `json:"descriptions,omitempty"`
	Renditions   []rendition `json:"renditions,omitempty"`

	Rel                json.RawMessage `json:"rel,omitempty"`
	RepresentationType json.RawMessage `json:"representationType,omitempty"`
	Profile            json.RawMessage `json:"profile,omitempty"`
	Version            json.RawMessage `json:"version,omitempty"`
	FirstCreated       json.RawMessage `json:"firstCreated,omitempty"`
	VersionCreated     json.RawMessage `json:"versionCreated,omitempty"`
	ContentCreated     json.RawMessage `json:"contentCreated,omitempty"`
	EmbargoedUntil     json.RawMessage `json:"embargoedUntil,omitempty"`
	PubStatus          json.RawMessage `json:"pubStatus,omitempty"`
	Urgency            json.RawMessage `json:"urgency,omitempty"`
	CopyrightHolder    json.RawMessage `json:"copyrightHolder,omitempty"`
	CopyrightNotice    json.RawMessage `json:"copyrightNotice,omitempty"`
	UsageTerms         json.RawMessage `json:"usageTerms,omitempty"`
	EdNote             json.RawMessage `json:"edNote,omitempty"`
	Language           json.RawMessage `json:"language,omitempty"`
	Bodies             json.RawMessage `json:"bodies,omitempty"`
	Headlines          json.RawMessage `json:"headlines,omitempty"`
	People             json.RawMessage `json:"people,omitempty"`
	Organisations      json.RawMessage `json:"organisations,omitempty"`
	Places             json.RawMessage `json:"places,omitempty"`
	Subjects           json.RawMessage `json:"subjects,omitempty"`
	Events             json.RawMessage `json:"events,omitempty"`
	Objects            json.RawMessage `json:"objects,omitempty"`
	InfoSources        json.RawMessage `json:"infoSources,omitempty"`
	Title              json.RawMessage `json:"title,omitempty"`
	Slugline           json.RawMessage `json:"slugline,omitempty"`
	Located            json.RawMessage `json:"located,omitempty"`
	Associations       json.RawMessage `json:"associations,omitempty"`
	AltIDs             json.RawMessage `json:"altIds,omitempty"`
	TrustIndicators    json.RawMessage `json:"trustIndicators,omitempty"`
	Standard           json.RawMessage `json:"standard,omitempty"`
	Genres             json.RawMessage `json:"genres,omitempty"`
	Expires            json.RawMessage `json:"expires,omitempty"`
	RightsInfo         json.RawMessage `json:"rightsInfo,omitempty"`
	DigitalSourceType  json.RawMessage `json:"digitalSourceType,omitempty"`
	EventDetails       json.RawMessage `json:"eventDetails,omitempty"`
	PlannedCoverage    json.RawMessage `json:"plannedCoverage,omitempty"`
}
