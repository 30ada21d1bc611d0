package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

var sink []byte

// gcPercent reads the collector's target without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestCollectFrom checks that the collector is off below the floor and
// back to its pacing, memory limit included, once the heap has reached it.
func TestCollectFrom(t *testing.T) {
	// A known pacing to begin with, whatever earlier tests left.
	const percent, limit = 100, 1 << 40
	defer debug.SetGCPercent(debug.SetGCPercent(percent))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	collectFrom(8 << 20)
	if p := gcPercent(); p != -1 {
		t.Fatalf("GC percent %d below the floor, want -1 (off)", p)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 16 << 10 { // 64 MB of garbage, past the floor
		sink = make([]byte, 4<<10)
	}
	// The collection the floor triggers queues the finalizer that
	// restores the pacing; wait for it to run.
	for deadline := time.Now().Add(30 * time.Second); gcPercent() == -1 && time.Now().Before(deadline); {
		runtime.Gosched()
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if after.NumGC == before.NumGC {
		t.Errorf("no collection past the floor")
	}
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != percent || l != limit {
		t.Errorf("after the floor: GC percent %d, memory limit %d; want %d and %d", p, l, percent, limit)
	}
}
