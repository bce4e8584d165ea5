//go:build !unix

package timeline_test

import "time"

// cpuTime reports false: this system does not tell the CPU time.
func cpuTime() (time.Duration, bool) { return 0, false }
