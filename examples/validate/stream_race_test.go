//go:build race

package main

// streamBytes is how much NDJSON TestNDJSONMemoryFlat streams; less under
// the race detector, which is ten times slower.
const streamBytes = 24 << 20
