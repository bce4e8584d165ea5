//go:build !race

package main

// streamBytes is how much NDJSON TestNDJSONMemoryFlat streams.
const streamBytes = 200 << 20
