# newsclaims: `make dataset` builds out/ from seeds/; `make test` runs every test.
GO        ?= go
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
LDFLAGS   := -X main.version=$(VERSION)
BIN       := bin/newsclaims
SEEDS     := seeds
OUT       := out
# CORPUS is the folder of .txt/.jsonl articles `make bench` times: by default
# the Brown bench corpus beside the checkout when it is there (6 MB of real
# text), else the seeds repeated to ~2 MB.
CORPUS    ?= $(wildcard ../shared/bench/brown)
BENCHTIME ?= 3x

# PYTHON runs the Python checks of `make test` (see interop/python/run).
PYTHON    ?= python3

.PHONY: all build dataset report test test-python vet chromium fuzz bench model clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/newsclaims

dataset: build
	$(BIN) build --out $(OUT) $(SEEDS)

# The HTML report of the dataset: out/report/index.html.
report: dataset
	$(BIN) report --out $(OUT)

vet:
	$(GO) vet ./...
	cd interop && $(GO) vet ./...

# The browser test of the report (interop/report_test.go) needs Chromium. As
# root on a Debian machine (CI) it is installed when missing; elsewhere the
# test skips without it, except under CI=true, where it fails.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  command -v google-chrome >/dev/null 2>&1 || \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	  else echo "make: no chromium, and not root on Debian to install it: the browser test will skip (fail under CI=true)"; fi

test: vet chromium
	$(GO) test -count=1 -timeout 30m ./...
	cd interop && $(GO) test -count=1 -timeout 30m ./...
	@$(MAKE) --no-print-directory test-python

# The dataset in pandas, polars, DuckDB and examples/explore.ipynb, with
# pytest in build/venv; skipped with a message when there is no Python 3.11,
# an error then when CI=true.
test-python: build
	NEWSCLAIMS_BIN=$(abspath $(BIN)) PYTHON=$(PYTHON) bash interop/python/run

# A short run of every fuzz target (go test -fuzz takes one target at a time).
FUZZTIME ?= 10s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# BENCHFLAGS go to cmd/benchcorpus, e.g. BENCHFLAGS='-repeat 10 -prose=false'
# for a corpus ten times larger, or '-cpuprofile cpu.out -memprofile mem.out'.
BENCHFLAGS ?=
bench: build
	$(GO) run ./cmd/benchcorpus -corpus '$(CORPUS)' -seeds $(SEEDS) -bin $(BIN) $(BENCHFLAGS)
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) ./stages/... ./pipeline/...

# Rebuilds the embedded entity model and gazetteer from data/ (bit-for-bit
# reproducible; see docs/MODEL.md).
model:
	$(GO) run ./stages/entities/internal/train

clean:
	rm -rf bin build $(OUT)
