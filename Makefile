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

.PHONY: all build dataset test test-python vet fuzz bench model clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/newsclaims

dataset: build
	$(BIN) build --out $(OUT) $(SEEDS)

vet:
	$(GO) vet ./...
	cd interop && $(GO) vet ./...

test: vet
	$(GO) test -count=1 -timeout 30m ./...
	cd interop && $(GO) test -count=1 ./...
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
