package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/newsmodel/newsmodel/news"
)

// The JSON form of a timeline, described by schema/timeline.schema.json.
type (
	jsonTimeline struct {
		Entries   []jsonEntry    `json:"entries"`
		Conflicts []jsonConflict `json:"conflicts"`
		Unplaced  []jsonUnplaced `json:"unplaced"`
	}
	jsonEntry struct {
		ID           string         `json:"id"`
		Key          string         `json:"key,omitempty"`
		Date         news.Date      `json:"date,omitzero"`
		Display      string         `json:"display"`
		Span         bool           `json:"span,omitempty"`
		Placed       *Placement     `json:"placed,omitempty"`
		Summary      string         `json:"summary"`
		Kind         string         `json:"kind,omitempty"`
		Alternatives []news.Date    `json:"alternatives,omitempty"`
		Sources      []jsonItem     `json:"sources"`
		Participants []jsonIdentity `json:"participants,omitempty"`
		Quotes       []Quotation    `json:"quotes,omitempty"`
		Conflicts    []int          `json:"conflicts,omitempty"`
	}
	jsonItem struct {
		Source  Source    `json:"source"`
		Event   string    `json:"event"`
		Summary string    `json:"summary"`
		When    *jsonWhen `json:"when,omitempty"`
	}
	jsonWhen struct {
		Value      news.Date `json:"value,omitzero"`
		Text       string    `json:"text,omitempty"`
		Anchor     news.Date `json:"anchor,omitzero"`
		Resolution string    `json:"resolution,omitempty"`
	}
	jsonIdentity struct {
		Name        string            `json:"name"`
		Role        string            `json:"role,omitempty"`
		ExternalIDs map[string]string `json:"externalIds,omitempty"`
	}
	jsonConflict struct {
		Kind    ConflictKind `json:"kind"`
		Message string       `json:"message"`
		Entries []string     `json:"entries"`
		Claims  []jsonClaim  `json:"claims"`
	}
	jsonClaim struct {
		Source   Source        `json:"source"`
		Event    string        `json:"event"`
		When     *jsonWhen     `json:"when,omitempty"`
		Relation *jsonRelation `json:"relation,omitempty"`
	}
	jsonRelation struct {
		Type  string `json:"type"`
		Event string `json:"event"`
	}
	jsonUnplaced struct {
		Reason  Reason    `json:"reason"`
		Message string    `json:"message"`
		Entry   jsonEntry `json:"entry"`
	}
)

func whenJSON(w news.When) *jsonWhen {
	if w.IsZero() {
		return nil
	}
	out := &jsonWhen{Value: w.Value, Text: w.Text, Anchor: w.Anchor}
	if slices.Contains(news.Resolutions, w.Resolution) {
		out.Resolution = string(w.Resolution)
	}
	return out
}

func entryJSON(e *Entry) jsonEntry {
	out := jsonEntry{
		ID: e.ID, Key: e.Key(), Date: e.Date, Display: e.DisplayDate(), Span: e.Span(), Placed: e.Placed,
		Summary: e.Summary(), Alternatives: e.Alternatives(), Quotes: e.Quotes(), Conflicts: e.Conflicts,
		Sources: make([]jsonItem, len(e.Items)),
	}
	if len(e.Items) > 0 && slices.Contains(news.EventKinds, e.Items[0].Event.Kind) {
		out.Kind = string(e.Items[0].Event.Kind)
	}
	for i, it := range e.Items {
		out.Sources[i] = jsonItem{Source: *it.src(), Event: it.Event.ID, Summary: it.Event.Summary, When: whenJSON(it.Event.When)}
	}
	for _, p := range e.Participants() {
		out.Participants = append(out.Participants, jsonIdentity(p))
	}
	return out
}

// WriteJSON writes t as one JSON document, indented, with a final newline:
// its entries (each with its date, the date as a reader says it, every
// source's telling, the other dates they gave, participants, quotes and the
// indices of its conflicts), its conflicts and its unplaced entries. The
// document validates against the schema published as
// schema/timeline.schema.json; arrays are never null. An event kind or a
// resolution that is none of the named values is left out, and a relation
// of an unknown type, which a conflict reports, is written as it is.
func (t *Timeline) WriteJSON(w io.Writer) error {
	doc := jsonTimeline{
		Entries:   make([]jsonEntry, len(t.Entries)),
		Conflicts: make([]jsonConflict, len(t.Conflicts)),
		Unplaced:  make([]jsonUnplaced, len(t.Unplaced)),
	}
	for i := range t.Entries {
		doc.Entries[i] = entryJSON(&t.Entries[i])
	}
	for i, c := range t.Conflicts {
		jc := jsonConflict{Kind: c.Kind, Message: c.Message, Entries: c.Entries, Claims: make([]jsonClaim, len(c.Claims))}
		for k, cl := range c.Claims {
			jc.Claims[k] = jsonClaim{Source: cl.Source, Event: cl.Event, When: whenJSON(cl.When)}
			if cl.Relation != (news.Relation{}) {
				jc.Claims[k].Relation = &jsonRelation{Type: string(cl.Relation.Type), Event: cl.Relation.Event}
			}
		}
		doc.Conflicts[i] = jc
	}
	for i := range t.Unplaced {
		u := &t.Unplaced[i]
		doc.Unplaced[i] = jsonUnplaced{Reason: u.Reason, Message: u.Message, Entry: entryJSON(&u.Entry)}
	}
	return writeJSON(w, doc, "JSON")
}

// writeJSON writes doc as JSON indented by two spaces, with a final
// newline and without escaping HTML characters; an error says it was
// writing what.
func writeJSON(w io.Writer, doc any, what string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("timeline: writing %s: %w", what, err)
	}
	return nil
}
