package entity

import (
	"strings"
)

// Classifying lines and their words: which words start a sentence, and
// whether a line is title case, capitals, a short heading or running text.

// markInitial flags the words that start a sentence: the first of a line,
// and those after a full stop, question or exclamation mark, colon, dash,
// bullet or opening quote, or after an abbreviation that may end a sentence
// when a common word follows it ("in the U.S. The …").
func markInitial(toks []tok, g *gazetteer) {
	start := true
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tWord, tNum:
			if start {
				t.f |= fInitial
			}
			start = false
			if t.kind == tWord && t.has(fAbbr) && !t.has(fLetter1) && !abbrevsNoEnd[t.s] && !g.honorific[t.s] && i+1 < len(toks) {
				if n := &toks[i+1]; n.kind == tWord && startsUpper(n.s) && g.function[strings.ToLower(n.s)] {
					start = true
				}
			}
		case tPunct:
			switch {
			case t.s == "." || t.s == "!" || t.s == "?" || t.s == "…" || t.s == ":" || t.s == ";" && false:
				start = true
			case isDash(t.s) && (t.has(fSpace) || i == 0):
				start = true
			case isOpener(t.s) && (i+1 < len(toks) && !toks[i+1].has(fSpace)):
				if t.s == "'" && i > 0 && toks[i-1].kind == tWord && !t.has(fSpace) {
					break // a closing apostrophe
				}
				start = true
			}
		}
	}
}

type lineKind uint8

const (
	lineNormal  lineKind = iota
	lineTitle            // title case: most longer words capitalised
	lineCaps             // all capitals
	lineHeading          // a short heading: "Read Next", "Key events"
)

// lineClass tells a headline-like line from running text.
func lineClass(toks []tok, g *gazetteer) lineKind {
	wordsN, long, longCap, letterWords, capsWords, capCommon := 0, 0, 0, 0, 0, 0
	colon, endPunct := false, false
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tWord:
			wordsN++
			if t.has(fAllCaps) {
				capsWords++
			}
			if runeCount(t.s) >= 2 {
				letterWords++
			}
			if t.has(fCap) && !t.has(fInitial) && !t.has(fAllCaps) {
				low := t.low
				if (g.common[low] || inflected(low, g.common)) && !g.given[t.key] {
					capCommon++
				}
			}
			if runeCount(t.s) >= 4 && !t.has(fInitial) {
				long++
				if t.has(fCap) {
					longCap++
				}
			}
		case tPunct:
			if t.s == ":" {
				colon = true
			}
		case tNum:
			wordsN++
		}
	}
	if wordsN == 0 {
		return lineNormal
	}
	last := &toks[len(toks)-1]
	if last.kind == tPunct && (last.s == "." || last.s == "?" || last.s == "!" || last.s == "”" || last.s == "\"") {
		endPunct = true
	}
	if letterWords >= 3 && capsWords*5 >= letterWords*4 {
		return lineCaps
	}
	if wordsN <= 30 && long >= 3 && longCap*4 >= long*3 && !endPunct && capCommon >= max(2, longCap/3) {
		return lineTitle
	}
	if wordsN <= 4 && !colon && !endPunct {
		allCap := true
		for i := range toks {
			t := &toks[i]
			if t.kind == tWord && !t.has(fCap) && !g.common[t.low] {
				allCap = false
			}
		}
		if allCap {
			return lineHeading
		}
	}
	return lineNormal
}
