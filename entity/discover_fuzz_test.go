package entity_test

import (
	"testing"

	"github.com/newsmodel/newsmodel/entity"
)

// FuzzDiscover holds Discover to its contract on any input: no panic,
// every mention inside the text and equal to its slice, no two mentions
// overlapping, IDs slugs and unique, kinds known, confidence in [0, 1]. The
// seeds are the gold stories (cut to their first 2,000 bytes) and short
// texts with the forms the rules treat specially; they run under plain go
// test.
func FuzzDiscover(f *testing.F) {
	for _, doc := range loadGold(f) {
		f.Add(doc.text[:min(len(doc.text), 2000)])
	}
	for _, s := range []string{
		"",
		"Russian President Vladimir Putin met special envoy Steve Witkoff. President Putin smiled.",
		"Thomas M. Crooks fired in Butler, Pa. last July; Crooks was 20.",
		"Ursula von der Leyen spoke to Abdullah bin Khalid al-Rashid and María José de la Fuente.",
		"PUTIN MEETS WITKOFF IN MOSCOW\n\nMOSCOW (Reuters) - Vladimir Putin met Steve Witkoff.",
		"Also Read: Mary Trump Slams Uncle: ‘Trump and His Regime Are Aligned With Putin'",
		"Sen. Ruth Calloway, D-Ariz., and Rep. Kim, R-N.Y., met in Reno, NV.",
		"Will the rain stop? May is wet. Rose prices rose. Bill the customer.",
		"Witkoff’s and Reuters' and Children's Hospital and U.S.-China and pro-Kremlin",
		"“The Quiet Hours” and Storm Ciarán hit the Women's Tennis Association.",
		"A-B-C- D-E. Mr. Mrs. Dr. St. Inc. Co. Ltd. de la van den al- bin",
		"Владимир Путин 习近平 \xff\xfe\x00 \u200b\u2028 Ümit Öz'ün",
		"The Rev. Dr. Martin Luther King Jr. of the Southern Christian Leadership Conference",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDiscovered(t, text, entity.Discover(text))
		known := []entity.Entity{{ID: "k", Kind: entity.Person, Name: "Vladimir Putin", Aliases: []string{"", "V."}}}
		got := entity.Discover(text, entity.WithKnown(known), entity.WithHeadline(text[:min(len(text), 80)]))
		checkDiscovered(t, text, got)
		if len(got) == 0 || got[0].ID != "k" {
			t.Errorf("the known entity is not first: %v", got)
		}
	})
}
