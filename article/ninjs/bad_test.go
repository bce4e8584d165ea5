package ninjs_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/article/ninjs"
)

// TestImportBadInput checks that bad input is an *Error naming where.
func TestImportBadInput(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", ``, "ninjs: 1:1: empty input: expected a JSON value"},
		{"truncated", `{"uri": "urn:x",`, "ninjs: 1:17: unexpected end of input; expected a member name"},
		{"array", `[]`, "ninjs: (document): not a ninjs document: expected an object, found an array"},
		{"string", `"text"`, "ninjs: (document): not a ninjs document: expected an object, found a string"},
		{"top duplicate", `{"uri": "urn:a", "uri": "urn:b"}`, `ninjs: /uri: duplicate member "uri"`},
		{"deep", `{"eventDetails":` + strings.Repeat(`{"a":`, 100) + `1` + strings.Repeat(`}`, 101), "ninjs: /eventDetails" + strings.Repeat("/a", 63) + ": nesting deeper than 64 levels"},
		{"null", `{"uri": null}`, "ninjs: /uri: null is not allowed (omit the member instead); expected a JSON value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ninjs.Import([]byte(tt.in))
			var e *ninjs.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestImportFaults checks the losses that values ninjs does not allow give,
// each naming its pointer in the document as written.
func TestImportFaults(t *testing.T) {
	tests := []struct {
		name, in string
		want     []convert.Loss
	}{
		{"unknown member", `{"uri": "urn:x", "advice": "eat"}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/advice", Reason: "advice is not a member of ninjs 3: kept in extensions as ninjs:advice"}}},
		{"bad status", `{"uri": "urn:x", "pubStatus": "cancelled"}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/pubStatus", Reason: `"cancelled" is not one of usable, withheld, canceled; the member is kept in extensions as ninjs:pubStatus`}}},
		{"2.x spelling", `{"uri": "urn:x", "pubstatus": "cancelled", "versioncreated": "2025-01-01T00:00:00Z"}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/pubstatus", Reason: `"cancelled" is not one of usable, withheld, canceled; the member is kept in extensions as ninjs:pubStatus`}}},
		{"wrong type", `{"uri": "urn:x", "urgency": 0.5}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/urgency", Reason: "expected an integer, found 0.5; the member is kept in extensions as ninjs:urgency"}}},
		{"nested unknown", `{"uri": "urn:x", "headlines": [{"value": "H", "colour": "red"}]}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/headlines/0/colour", Reason: `unknown member "colour"; allowed here: role, contentType, value; the member is kept in extensions as ninjs:headlines`}}},
		{"no uri", `{"headlines": [{"role": "main", "value": "H"}]}`, []convert.Loss{
			{Side: convert.Theirs, Reason: `the document has no uri, which ninjs requires: the article's ID is "ninjs-item"`}}},
		{"bad date", `{"uri": "urn:x", "versionCreated": "2025-01-01"}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/versionCreated", Reason: `"2025-01-01" is not an RFC 3339 date-time; the member is kept in extensions as ninjs:versionCreated`}}},
		{"nested duplicate", `{"uri": "urn:x", "headlines": [{"value": "H", "value": "I"}]}`, []convert.Loss{
			{Side: convert.Theirs, Pointer: "/headlines/0/value", Reason: `duplicate member "value": the last one is read`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ls, err := ninjs.Import([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ls); diff != "" {
				t.Errorf("losses (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDetect tells versions apart from small documents.
func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want ninjs.Version
	}{
		{`{"uri": "urn:x"}`, ninjs.V3},
		{`{"uri": "urn:x", "versionCreated": "2025-01-01T00:00:00Z"}`, ninjs.V3},
		{`{"uri": "urn:x", "versioncreated": "2025-01-01T00:00:00Z"}`, ninjs.V2},
		{`{"uri": "urn:x", "versioncreated": "2025-01-01T00:00:00Z", "body_text": "B"}`, ninjs.V1},
		{`{"uri": "urn:x", "renditions": {"web": {"href": "http://x/a.jpg"}}}`, ninjs.V1},
		{`{"uri": "urn:x", "standard": {"version": "2.1"}}`, ninjs.V2},
		{`{"uri": "urn:x", "$standard": {"version": "1.3"}}`, ninjs.V1},
	}
	for _, tt := range tests {
		got, err := ninjs.Detect([]byte(tt.in))
		if err != nil || got != tt.want {
			t.Errorf("Detect(%s) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := ninjs.Detect([]byte(`[1]`)); err == nil {
		t.Error("Detect of an array: no error")
	}
}

// TestExportVersion refuses an unknown version.
func TestExportVersion(t *testing.T) {
	if _, _, err := ninjs.Export(nil, 4); err == nil {
		t.Error("Export as version 4: no error")
	}
	if _, _, err := ninjs.Import([]byte(`{}`), ninjs.AsVersion(7)); err == nil {
		t.Error("Import as version 7: no error")
	}
}
