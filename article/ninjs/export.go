package ninjs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/entity"
)

type exporter struct {
	a      *article.Article
	ver    Version
	losses []convert.Loss
	quiet  bool // checking, not exporting: losses are not reported
}

func (ex *exporter) lose(ptr, reason string) {
	if !ex.quiet {
		ex.losses = append(ex.losses, convert.Loss{Side: convert.Ours, Pointer: ptr, Reason: reason})
	}
}

// Export writes a as a ninjs document of major version v, indented, with
// what ninjs could not hold, each Loss pointing into the article. It writes
// the members of the newest minor version of v (3.2, 2.2, 1.6), so the
// document validates against that version's official schema. A member the
// article keeps in its extensions as "ninjs:NAME" (because Import could not
// give it back from the article's fields) is written as it was, unless the
// article's fields now say something else, in which case they win and the
// kept member is a Loss. An unknown version or an article that cannot be
// written as JSON is an *Error.
func Export(a *article.Article, v Version) ([]byte, []convert.Loss, error) {
	if !v.valid() {
		return nil, nil, &Error{Format: "ninjs", Msg: fmt.Sprintf("unknown version %d; want 1, 2 or 3", int(v))}
	}
	ex := &exporter{a: a, ver: v}
	var absent []string
	if raw, ok := a.Extensions[absentKey]; ok {
		json.Unmarshal(raw, &absent)
	}
	var buf bytes.Buffer
	buf.WriteByte('{')
	n := 0
	put := func(name string, raw []byte) {
		if n > 0 {
			buf.WriteByte(',')
		}
		n++
		buf.WriteString(strconv.Quote(name))
		buf.WriteByte(':')
		buf.Write(raw)
	}
	for _, m := range members {
		var val any
		if m.write != nil {
			val = m.write(ex)
		}
		raw, kept := a.Extensions[Namespace+":"+m.name]
		if m.since > v {
			if kept || val != nil {
				ex.lose(extPointer(m.name), fmt.Sprintf("%s has no %s member", v, m.name))
			}
			continue
		}
		if kept {
			if ex.agrees(m, raw, val) {
				put(m.name, raw)
				continue
			}
			ex.lose(extPointer(m.name), "the kept ninjs member no longer agrees with the article's fields, or is not valid ninjs: written from the fields")
		} else if slices.Contains(absent, m.name) && m.absent != nil && m.absent(a) {
			continue
		}
		if val != nil {
			put(m.name, marshal(val))
		}
	}
	buf.WriteByte('}')
	ex.articleLosses()
	out := buf.Bytes()
	switch v {
	case V2:
		out = respell(out, renames3)
	case V1:
		var err error
		if out, err = toV1(out, ex); err != nil {
			return nil, ex.losses, err
		}
	}
	var ind bytes.Buffer
	if err := json.Indent(&ind, out, "", "  "); err != nil {
		return nil, ex.losses, &Error{Format: "ninjs", Msg: "the article cannot be written as JSON", Err: err}
	}
	ind.WriteByte('\n')
	return ind.Bytes(), ex.losses, nil
}

func extPointer(name string) string {
	return convert.Pointer("extensions", Namespace+":"+name)
}

// agrees reports whether a kept member, read into an article of its own,
// gives the article's fields what they hold now, and is valid ninjs.
func (ex *exporter) agrees(m member, raw []byte, val any) bool {
	scratch := &article.Article{ID: ex.a.ID, Title: ex.a.Title}
	im := newImporter(scratch, ex.ver)
	if fs := m.read(im, raw, ""); len(fs) > 0 {
		return false
	}
	if m.write == nil {
		return val == nil
	}
	if scratch.Headline == "" {
		scratch.Headline = fallbackHeadline(scratch)
	}
	got := m.write(&exporter{a: scratch, ver: ex.ver, quiet: true})
	if got == nil || val == nil {
		return got == nil && val == nil
	}
	return bytes.Equal(marshal(got), marshal(val))
}

// groupOrder is the order in which ninjs lists entities, by kind.
var groupOrder = map[entity.Kind]int{entity.Person: 0, entity.Organization: 1, entity.Place: 2, entity.Event: 3}

// grouped reports whether a's entities are in the order ninjs lists them.
func grouped(a *article.Article) bool {
	return slices.IsSortedFunc(a.Entities, func(x, y entity.Entity) int { return groupOf(x.Kind) - groupOf(y.Kind) })
}

func groupOf(k entity.Kind) int {
	if g, ok := groupOrder[k]; ok {
		return g
	}
	return 4
}

// articleLosses reports what of the article no ninjs member holds.
func (ex *exporter) articleLosses() {
	a := ex.a
	if !grouped(a) {
		ex.lose("/entities", "ninjs lists entities by kind (people, organisations, places, events, objects): they read back in that order")
	}
	if a.URL != "" {
		ex.lose("/url", "ninjs has no url of the item (its uri is an identifier)")
	}
	if a.StatusReason != "" && a.StatusReason != statusReason(a) {
		ex.lose("/statusReason", "ninjs has no member for the reason of a status")
	}
	if a.Rights.License != "" {
		ex.lose("/rights/license", "ninjs has no licence URL")
	}
	if len(a.Keywords) > 0 {
		ex.lose("/keywords", "ninjs has no keywords")
	}
	if a.Dateline.Place != "" {
		ex.lose("/dateline/place", "ninjs located is a text: the place entity is not linked")
	}
	if !a.Dateline.Date.IsZero() {
		ex.lose("/dateline/date", "ninjs has no dateline date")
	}
	for i := range a.Sections {
		ex.lose(convert.Pointer("sections", i), "ninjs has no sections of the body")
	}
	for i := range a.Related {
		ex.lose(convert.Pointer("related", i), "ninjs has no links to other articles")
	}
	for i := range a.Corrections {
		ex.lose(convert.Pointer("corrections", i), "ninjs has no corrections")
	}
	for i := range a.Quotes {
		ex.lose(convert.Pointer("quotes", i), "ninjs has no quotes")
	}
	for i := range a.Events {
		ex.lose(convert.Pointer("events", i), "ninjs has no dated events of a text item (its events are named entities)")
	}
	for _, k := range sortedKeys(a.Extensions) {
		name, ours := strings.CutPrefix(k, Namespace+":")
		if !ours {
			ex.lose(convert.Pointer("extensions", k), "ninjs has no extensions")
			continue
		}
		if _, known := memberIndex[name]; !known && name != "absent" {
			ex.lose(convert.Pointer("extensions", k), fmt.Sprintf("%s is not a member of %s: not written", name, ex.ver))
		}
	}
}
