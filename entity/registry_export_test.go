package entity

import "strings"

// FoldWords returns the words of s folded as the matcher folds them, joined
// by single spaces.
func FoldWords(s string) string {
	sc := newScanner(s)
	var t token
	var words []string
	for sc.next(&t) {
		words = append(words, string(sc.buf))
	}
	return strings.Join(words, " ")
}

// Forms returns every name the registry matches, folded as FoldWords folds
// it, read back from its trie.
func Forms(r *Registry) map[string]bool {
	words := make([]string, len(r.vocab.ends)-1)
	for id := range words {
		words[id] = r.vocab.text[r.vocab.ends[id]:r.vocab.ends[id+1]]
	}
	children := make(map[int32][]struct {
		word  int32
		child int32
	})
	for _, sl := range r.edges.slots {
		key, child := sl.key, sl.node
		if key == 0 {
			continue
		}
		parent := int32(key >> 32)
		word := int32(key & (1<<29 - 1))
		children[parent] = append(children[parent], struct {
			word  int32
			child int32
		}{word, child})
	}
	out := make(map[string]bool)
	var walk func(n int32, path []string)
	walk = func(n int32, path []string) {
		if nd := r.nodes[n]; nd.hi > nd.lo {
			out[strings.Join(path, " ")] = true
		}
		for _, c := range children[n] {
			walk(c.child, append(path[:len(path):len(path)], words[c.word]))
		}
	}
	for id := range words {
		if _, root := r.vocab.find([]byte(words[id]), hashWord(words[id])); root != 0 {
			walk(root, []string{words[id]})
		}
	}
	return out
}

// WordRune reports whether r continues a word; Ignorable whether the
// matcher skips it, inside a word and out.
func WordRune(r rune) bool { return lookup(runeTable(), r).class == cWord }

// Ignorable reports whether the matcher skips r.
func Ignorable(r rune) bool { return lookup(runeTable(), r).class == cIgnore }
