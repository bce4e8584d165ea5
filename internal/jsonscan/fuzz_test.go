package jsonscan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

// FuzzScan holds the scanner to encoding/json in both modes. Lenient mode
// accepts exactly what json.Valid accepts and decodes every string as
// json.Unmarshal does. Strict mode reads the same tokens as far as it goes
// and parts from lenient mode only with a "value" error: for bytes that are
// not UTF-8, or, in text that is UTF-8, for a lone surrogate.
func FuzzScan(f *testing.F) {
	for _, tt := range scanTests {
		f.Add([]byte(tt.in))
	}
	f.Add([]byte(`{"a\u00e9":["\ud83d\ude00",{"":-0.0E-0}],"b":"\/\b"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.Count(data, []byte("["))+bytes.Count(data, []byte("{")) > 1000 {
			return // walk recurses; json.Valid stops at 10,000 levels
		}
		ltoks, lerr := walk(data, lenient)
		if valid := json.Valid(data); valid != (lerr == nil) {
			t.Fatalf("lenient: error %v; json.Valid says %v", lerr, valid)
		}
		for _, tok := range ltoks {
			var want string
			if tok.Raw != "" && (json.Unmarshal([]byte(tok.Raw), &want) != nil || want != tok.Text) {
				t.Errorf("lenient: %s decodes to %q; json.Unmarshal gives %q", tok.Raw, tok.Text, want)
			}
		}
		stoks, serr := walk(data, strict)
		if diff := cmp.Diff(ltoks[:min(len(stoks), len(ltoks))], stoks, cmpopts.EquateEmpty()); diff != "" || len(stoks) > len(ltoks) {
			t.Fatalf("strict tokens differ from lenient ones (-lenient +strict)\n%s", diff)
		}
		if serr == nil {
			if lerr != nil {
				t.Fatalf("strict accepts what lenient refuses: %v", lerr)
			}
			return
		}
		se := located(t, data, serr)
		switch {
		case se.Rule != jsonscan.RuleValue:
			if diff := cmp.Diff(errText(lerr), errText(serr)); diff != "" {
				t.Errorf("errors differ (-lenient +strict)\n%s", diff)
			}
		case utf8.Valid(data) && !strings.Contains(se.Msg, "surrogate"):
			t.Errorf("strict refuses UTF-8 text for %q", se.Msg)
		}
	})
}

// located checks that err is a *jsonscan.Error inside data and returns it.
func located(t *testing.T, data []byte, err error) *jsonscan.Error {
	t.Helper()
	var e *jsonscan.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is a %T", err, err)
	}
	if e.Offset < 0 || e.Offset > len(data) {
		t.Errorf("error %v: offset %d outside the input of %d bytes", err, e.Offset, len(data))
	}
	return e
}
