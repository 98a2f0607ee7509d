package main

import (
	"bytes"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"runtime/trace"
	"sync"
	"time"
)

// startProfiles starts a CPU profile written to cpu and an execution trace
// written to tr (each if not ""), and returns a function that stops them
// and writes a heap profile to mem, if not "". The trace shows how busy
// each core is in each stage of a build (go tool trace).
//
// The heap profile is taken at the build's peak: a watcher notes the live
// heap after each garbage collection and keeps the heap profile of the
// collection that found the most live memory (a heap profile describes the
// heap as of the last collection). Its inuse_space sample is what was live
// at the peak; alloc_space, as ever, what the whole build allocated up to
// it.
func startProfiles(cpu, mem, tr string) (stop func(), err error) {
	var f, tf *os.File
	if cpu != "" {
		if f, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, err
		}
	}
	if tr != "" {
		if tf, err = os.Create(tr); err == nil {
			err = trace.Start(tf)
		}
		if err != nil {
			if tf != nil {
				tf.Close()
			}
			if f != nil {
				pprof.StopCPUProfile()
				f.Close()
			}
			return nil, err
		}
	}
	var peak *peakHeap
	if mem != "" {
		peak = watchPeakHeap(20 * time.Millisecond)
	}
	return func() {
		if tf != nil {
			trace.Stop()
			tf.Close()
		}
		if f != nil {
			pprof.StopCPUProfile()
			f.Close()
		}
		if peak != nil {
			b := peak.stop()
			os.WriteFile(mem, b, 0o644)
		}
	}, nil
}

// peakHeap watches the live heap for the largest one (see startProfiles).
type peakHeap struct {
	done chan struct{}
	wg   sync.WaitGroup
	max  uint64
	prof bytes.Buffer
}

// watchPeakHeap starts watching the live heap every period.
func watchPeakHeap(period time.Duration) *peakHeap {
	p := &peakHeap{done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			p.sample()
			select {
			case <-p.done:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// sample keeps the heap profile if the live heap is the largest so far.
func (p *peakHeap) sample() {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	if live := s[0].Value.Uint64(); live > p.max {
		p.max = live
		p.prof.Reset()
		pprof.Lookup("heap").WriteTo(&p.prof, 0)
	}
}

// stop stops watching and returns the heap profile at the peak; with no
// peak seen, the profile after a final collection.
func (p *peakHeap) stop() []byte {
	close(p.done)
	p.wg.Wait()
	if p.prof.Len() == 0 {
		runtime.GC()
		pprof.Lookup("heap").WriteTo(&p.prof, 0)
	}
	return p.prof.Bytes()
}
