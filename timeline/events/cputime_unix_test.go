//go:build unix

package events

import "syscall"

// processCPU returns the CPU time, user and system, that the process has
// used so far in nanoseconds: benchmarks report it per op, as wall time
// is noisy on a shared machine.
func processCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
