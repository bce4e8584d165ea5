//go:build unix

package timeline_test

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time the process has used, all
// threads (the garbage collector's too) counted, and true.
func cpuTime() (time.Duration, bool) {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0, false
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano()), true
}
