//go:build !unix

package content_test

// processCPU is 0 where getrusage is missing: no CPU metric is reported.
func processCPU() int64 { return 0 }
