package news_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
)

// Each type against every Allen relation: the relations a type rules out
// are listed, the rest must be allowed.
func TestRelationTypeAllows(t *testing.T) {
	wholly := []news.Allen{news.AllenBefore, news.AllenMeets, news.AllenMetBy, news.AllenAfter}
	tests := []struct {
		typ      news.RelationType
		ruledOut []news.Allen
	}{
		{news.Before, []news.Allen{news.AllenMetBy, news.AllenAfter}},
		{news.Causes, []news.Allen{news.AllenMetBy, news.AllenAfter}},
		{news.After, []news.Allen{news.AllenBefore, news.AllenMeets}},
		{news.During, wholly},
		{news.Includes, wholly},
		{news.Overlaps, wholly},
		{news.Simultaneous, wholly},
		{"", nil},
		{"precedes", nil},
	}
	for _, tt := range tests {
		var got []news.Allen
		for a := news.AllenUnknown; a <= news.AllenAfter+1; a++ {
			if !tt.typ.Allows(a) {
				got = append(got, a)
			}
		}
		if diff := cmp.Diff(tt.ruledOut, got); diff != "" {
			t.Errorf("Allen relations that %q rules out (-want +got):\n%s", tt.typ, diff)
		}
	}
}

// A type and its inverse rule out inverse Allen relations: "a before b"
// fails exactly when "b after a" does.
func TestRelationTypeAllowsInverse(t *testing.T) {
	for _, typ := range news.RelationTypes {
		inv, ok := typ.Inverse()
		if !ok {
			continue
		}
		for a := news.AllenUnknown; a <= news.AllenAfter; a++ {
			if typ.Allows(a) != inv.Allows(a.Inverse()) {
				t.Errorf("%s.Allows(%s) = %v, but %s.Allows(%s) = %v", typ, a, typ.Allows(a), inv, a.Inverse(), inv.Allows(a.Inverse()))
			}
		}
	}
}
