package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ErrNoInputs is returned when the inputs hold no article files.
var ErrNoInputs = errors.New("no input documents: expected .txt, .jsonl or .jsonl.gz files")

// inputFile is a file to read and the path it is reported under.
type inputFile struct{ path, rel string }

// listing is what listInputs found: the files to read, and the problems
// met on the way (unreadable directories, files that are not regular
// files, symbolic links that loop), each a row of the errors table.
type listing struct {
	files    []inputFile
	problems []ErrorRow
}

// listInputs expands the inputs into files, in sorted order. A directory is
// walked recursively for .txt, .jsonl and .jsonl.gz files (in any letter
// case), following symbolic links to directories once; a file named
// directly is read whatever its extension (JSONL by its extension, else
// text). A file is reported under its path relative to its input
// directory, prefixed by that directory when there are several inputs, so
// that every file has a path of its own.
//
// Only an input that does not exist is an error of the run; what cannot be
// read below an input is a problem row.
func listInputs(inputs []string) (*listing, error) {
	l := &listing{}
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil {
			return nil, pathError("input", in, err)
		}
		cleaned := filepath.ToSlash(filepath.Clean(in))
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				l.problem(cleaned, SeverityError, notRegular(info))
				continue
			}
			l.files = append(l.files, inputFile{path: in, rel: cleaned})
			continue
		}
		prefix := ""
		if len(inputs) > 1 {
			prefix = strings.TrimSuffix(cleaned, "/") + "/"
		}
		w := &walker{listing: l, prefix: prefix, visited: []os.FileInfo{info}}
		first := len(l.files)
		w.walk(in, "")
		found := l.files[first:]
		sort.Slice(found, func(i, j int) bool { return found[i].rel < found[j].rel })
	}
	return l, nil
}

func (l *listing) problem(source, severity, msg string) {
	l.problems = append(l.problems, ErrorRow{Source: source, Stage: "read", Severity: severity, Message: msg})
}

// walker walks one input directory.
type walker struct {
	*listing
	prefix string
	// visited are the directories reached through a symbolic link, and the
	// root: a link to one of them is not followed again.
	visited []os.FileInfo
}

// walk lists the article files below dir, whose path relative to the
// input is rel ("" for the input itself).
func (w *walker) walk(dir, rel string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.problem(w.prefix+rel, SeverityError, fmt.Sprintf("directory not read: %v", unwrapPath(err)))
		return
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		erel := e.Name()
		if rel != "" {
			erel = rel + "/" + e.Name()
		}
		source := w.prefix + erel
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				if isArticleFile(path) {
					w.problem(source, SeverityError, fmt.Sprintf("symbolic link not followed: %v", unwrapPath(err)))
				}
				continue
			}
			if info.IsDir() {
				if w.seen(info) {
					w.problem(source, SeverityWarning, "symbolic link to a directory already read (a loop, or a second way to it); not followed again")
					continue
				}
				w.visited = append(w.visited, info)
				w.walk(path, erel)
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case e.IsDir():
			w.walk(path, erel)
		case !isArticleFile(path):
		case !mode.IsRegular():
			info, err := os.Stat(path)
			msg := "not a regular file; not read"
			if err == nil {
				msg = notRegular(info)
			}
			w.problem(source, SeverityError, msg)
		default:
			w.files = append(w.files, inputFile{path: path, rel: source})
		}
	}
}

func (w *walker) seen(info os.FileInfo) bool {
	for _, v := range w.visited {
		if os.SameFile(v, info) {
			return true
		}
	}
	return false
}

// notRegular says why a file that is not a regular file is not read:
// reading a named pipe or a device could block the run for ever.
func notRegular(info os.FileInfo) string {
	kind := "special file"
	switch m := info.Mode(); {
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Sprintf("a %s, not a regular file; not read", kind)
}

// unwrapPath drops the path from a *fs.PathError: the row names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// pathError names what went wrong and its path once: "input x: no such
// file or directory", where the *fs.PathError of os.Stat alone would repeat
// the path ("input x: stat x: ..."). An error about another path (a parent
// directory) keeps its own.
func pathError(what, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		err = pe.Err
	}
	return fmt.Errorf("%s %s: %w", what, path, err)
}

func isArticleFile(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ".txt") || isJSONL(path)
}

func isJSONL(path string) bool {
	lower := strings.ToLower(path)
	return strings.HasSuffix(lower, ".jsonl") || strings.HasSuffix(lower, ".jsonl.gz")
}

func isGzip(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".gz") }
