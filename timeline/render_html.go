package timeline

import (
	"fmt"
	"html/template"
	"io"
)

// WriteHTML writes t as one self-contained HTML page, with its style inline
// and no script: a table with a date column, the summary, the sources (as
// links when they have a URL) and the other dates they gave. An entry whose
// date covers more than a day is marked as a span; an undated entry placed
// by its relations has its date in italics; an entry in a conflict is
// marked and links to the conflict, listed below the table with the
// entries that could not be placed.
func (t *Timeline) WriteHTML(w io.Writer, title string) error {
	type row struct {
		ID, Date, Summary string
		Span, Inferred    bool
		Sources           []Source
		Alternatives      []string
		Conflicts         []int
		Quotes            []Quotation
	}
	type unplaced struct {
		Summary, Reason string
		Sources         []Source
	}
	data := struct {
		Title     string
		Rows      []row
		Conflicts []Conflict
		Unplaced  []unplaced
	}{Title: title, Conflicts: t.Conflicts}
	for i := range t.Entries {
		e := &t.Entries[i]
		r := row{ID: e.ID, Date: e.DisplayDate(), Summary: e.Summary(), Span: e.Span(), Inferred: e.Date.IsZero(),
			Sources: e.Sources(), Conflicts: e.Conflicts, Quotes: e.Quotes()}
		for _, d := range e.Alternatives() {
			r.Alternatives = append(r.Alternatives, Readable(d))
		}
		data.Rows = append(data.Rows, r)
	}
	for i := range t.Unplaced {
		u := &t.Unplaced[i]
		data.Unplaced = append(data.Unplaced, unplaced{Summary: u.Entry.Summary(), Reason: u.Message, Sources: u.Entry.Sources()})
	}
	if err := htmlPage.Execute(w, data); err != nil {
		return fmt.Errorf("timeline: writing HTML: %w", err)
	}
	return nil
}

var htmlPage = template.Must(template.New("timeline").Funcs(template.FuncMap{
	"inc":      func(i int) int { return i + 1 },
	"readable": Readable,
	"name":     sourceName,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .5rem .75rem; border-bottom: 1px solid #ddd; }
th { font: bold .8rem/1.2 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; color: #555; }
td.date { white-space: nowrap; width: 12rem; font-variant-numeric: tabular-nums; }
tr.span td.date { border-left: 4px solid #7a9cc6; }
tr.inferred td.date { font-style: italic; color: #666; }
tr.conflict { background: #fff4e5; }
.flag { color: #b35900; font-weight: bold; }
.sources, .alt { font-size: .85rem; color: #555; }
blockquote { margin: .5rem 0 0; padding-left: .75rem; border-left: 3px solid #ccc; font-style: italic; }
ol.conflicts li, ul.unplaced li { margin-bottom: .5rem; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<table>
<thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr id="{{.ID}}" class="{{if .Span}}span {{end}}{{if .Inferred}}inferred {{end}}{{if .Conflicts}}conflict{{end}}">
<td class="date">{{.Date}}{{if .Span}} <span class="alt">(span)</span>{{end}}</td>
<td>{{.Summary}}{{range .Conflicts}} <a class="flag" href="#conflict-{{inc .}}" title="conflict {{inc .}}">⚠ conflict {{inc .}}</a>{{end}}
{{- if .Alternatives}}<div class="alt">Also dated: {{range $i, $a := .Alternatives}}{{if $i}}; {{end}}{{$a}}{{end}}</div>{{end}}
{{- range .Quotes}}<blockquote>{{.Text}}{{if .Speaker}} — {{.Speaker}}{{end}}</blockquote>{{end}}</td>
<td class="sources">{{range $i, $s := .Sources}}{{if $i}}<br>{{end}}{{if $s.URL}}<a href="{{$s.URL}}">{{name $s}}</a>{{else}}{{name $s}}{{end}}{{if not $s.Published.IsZero}}, {{readable $s.Published}}{{end}}{{end}}</td>
</tr>
{{- end}}
</tbody>
</table>
{{- if .Conflicts}}
<h2>Conflicts</h2>
<ol class="conflicts">
{{- range $i, $c := .Conflicts}}
<li id="conflict-{{inc $i}}"><span class="flag">{{$c.Kind}}</span>: {{$c.Message}}</li>
{{- end}}
</ol>
{{- end}}
{{- if .Unplaced}}
<h2>Not placed</h2>
<ul class="unplaced">
{{- range .Unplaced}}
<li>{{.Summary}} <span class="sources">({{range $i, $s := .Sources}}{{if $i}}, {{end}}{{name $s}}{{end}})</span>: {{.Reason}}</li>
{{- end}}
</ul>
{{- end}}
</body>
</html>
`))
