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
	bldJSONTimeline struct {
		Entries   []bldJSONEntry    `json:"entries"`
		Conflicts []bldJSONConflict `json:"conflicts"`
		Unplaced  []bldJSONUnplaced `json:"unplaced"`
	}
	bldJSONEntry struct {
		ID           string         `json:"id"`
		Key          string         `json:"key,omitempty"`
		Date         news.Date      `json:"date,omitzero"`
		Display      string         `json:"display"`
		Span         bool           `json:"span,omitempty"`
		Placed       *Placement     `json:"placed,omitempty"`
		Summary      string         `json:"summary"`
		Kind         string         `json:"kind,omitempty"`
		Alternatives []news.Date    `json:"alternatives,omitempty"`
		Sources      []bldJSONItem  `json:"sources"`
		Participants []bldJSONIdent `json:"participants,omitempty"`
		Quotes       []Quotation    `json:"quotes,omitempty"`
		Conflicts    []int          `json:"conflicts,omitempty"`
	}
	bldJSONItem struct {
		Source  Source       `json:"source"`
		Event   string       `json:"event"`
		Summary string       `json:"summary"`
		When    *bldJSONWhen `json:"when,omitempty"`
	}
	bldJSONWhen struct {
		Value      news.Date `json:"value,omitzero"`
		Text       string    `json:"text,omitempty"`
		Anchor     news.Date `json:"anchor,omitzero"`
		Resolution string    `json:"resolution,omitempty"`
	}
	bldJSONIdent struct {
		Name        string            `json:"name"`
		Role        string            `json:"role,omitempty"`
		ExternalIDs map[string]string `json:"externalIds,omitempty"`
	}
	bldJSONConflict struct {
		Kind    ConflictKind   `json:"kind"`
		Message string         `json:"message"`
		Entries []string       `json:"entries"`
		Claims  []bldJSONClaim `json:"claims"`
	}
	bldJSONClaim struct {
		Source   Source       `json:"source"`
		Event    string       `json:"event"`
		When     *bldJSONWhen `json:"when,omitempty"`
		Relation *bldJSONRel  `json:"relation,omitempty"`
	}
	bldJSONRel struct {
		Type  string `json:"type"`
		Event string `json:"event"`
	}
	bldJSONUnplaced struct {
		Reason  Reason       `json:"reason"`
		Message string       `json:"message"`
		Entry   bldJSONEntry `json:"entry"`
	}
)

func bldWhenJSON(w news.When) *bldJSONWhen {
	if w.IsZero() {
		return nil
	}
	out := &bldJSONWhen{Value: w.Value, Text: w.Text, Anchor: w.Anchor}
	if slices.Contains(news.Resolutions, w.Resolution) {
		out.Resolution = string(w.Resolution)
	}
	return out
}

func bldEntryJSON(e *Entry) bldJSONEntry {
	out := bldJSONEntry{
		ID: e.ID, Key: e.Key(), Date: e.Date, Display: e.DisplayDate(), Span: e.Span(), Placed: e.Placed,
		Summary: e.Summary(), Alternatives: e.Alternatives(), Quotes: e.Quotes(), Conflicts: e.Conflicts,
		Sources: make([]bldJSONItem, len(e.Items)),
	}
	if len(e.Items) > 0 && slices.Contains(news.EventKinds, e.Items[0].Event.Kind) {
		out.Kind = string(e.Items[0].Event.Kind)
	}
	for i, it := range e.Items {
		out.Sources[i] = bldJSONItem{Source: *it.src(), Event: it.Event.ID, Summary: it.Event.Summary, When: bldWhenJSON(it.Event.When)}
	}
	for _, p := range e.Participants() {
		out.Participants = append(out.Participants, bldJSONIdent(p))
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
	doc := bldJSONTimeline{
		Entries:   make([]bldJSONEntry, len(t.Entries)),
		Conflicts: make([]bldJSONConflict, len(t.Conflicts)),
		Unplaced:  make([]bldJSONUnplaced, len(t.Unplaced)),
	}
	for i := range t.Entries {
		doc.Entries[i] = bldEntryJSON(&t.Entries[i])
	}
	for i, c := range t.Conflicts {
		jc := bldJSONConflict{Kind: c.Kind, Message: c.Message, Entries: c.Entries, Claims: make([]bldJSONClaim, len(c.Claims))}
		for k, cl := range c.Claims {
			jc.Claims[k] = bldJSONClaim{Source: cl.Source, Event: cl.Event, When: bldWhenJSON(cl.When)}
			if cl.Relation != (news.Relation{}) {
				jc.Claims[k].Relation = &bldJSONRel{Type: string(cl.Relation.Type), Event: cl.Relation.Event}
			}
		}
		doc.Conflicts[i] = jc
	}
	for i := range t.Unplaced {
		u := &t.Unplaced[i]
		doc.Unplaced[i] = bldJSONUnplaced{Reason: u.Reason, Message: u.Message, Entry: bldEntryJSON(&u.Entry)}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("timeline: writing JSON: %w", err)
	}
	return nil
}
