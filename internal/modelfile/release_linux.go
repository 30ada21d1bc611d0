package modelfile

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

// release drops the whole pages of file from the process's resident memory
// when file is part of the executable: a model embedded in the binary is
// read once, when it is decompressed, and its pages (about 6.5 MB, and
// 12 to 17 MB of peak RSS on a long document) would otherwise stay
// resident for the whole run. Pages mapped privately from the executable
// and never written are read again from the file if they are touched
// again, so nothing changes for the program. Anything else (a model read
// from disk into the heap) is left alone: there the advice would zero it.
func release(file []byte) {
	page := uintptr(syscall.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(file)))
	end := start + uintptr(len(file))
	first, last := (start+page-1)&^(page-1), end&^(page-1)
	if last <= first || !mappedFromExecutable(start, end) {
		return
	}
	// Advice only: a kernel that refuses it leaves the pages resident.
	_ = syscall.Madvise(file[first-start:last-start], syscall.MADV_DONTNEED)
}

// mappedFromExecutable reports whether [start, end) lies inside one private
// mapping of the running executable's file, by /proc/self/maps, whose lines
// read "lo-hi perms offset dev inode path".
func mappedFromExecutable(start, end uintptr) bool {
	exe, err := os.Executable()
	if err != nil {
		return false
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return false
	}
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) < 6 || len(f[1]) < 4 || f[1][3] != 'p' || string(f[5]) != exe {
			continue
		}
		lo, hi, ok := bytes.Cut(f[0], []byte("-"))
		if !ok {
			continue
		}
		l, err1 := strconv.ParseUint(string(lo), 16, 64)
		h, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 == nil && err2 == nil && uintptr(l) <= start && end <= uintptr(h) {
			return true
		}
	}
	return false
}
