//go:build unix

package timeline_test

import (
	"syscall"
	"time"
)

// cpuTime returns what the process has used so far, all threads (the
// garbage collector's too) counted, and true.
func cpuTime() (usage, bool) {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return usage{}, false
	}
	return usage{cpu: time.Duration(r.Utime.Nano() + r.Stime.Nano()), sys: time.Duration(r.Stime.Nano()),
		faults: int64(r.Minflt) + int64(r.Majflt)}, true
}
