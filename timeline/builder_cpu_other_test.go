//go:build !unix

package timeline_test

// cpuTime reports false: this system does not tell the CPU time.
func cpuTime() (usage, bool) { return usage{}, false }
