# NewsIndex — the two commands a new user needs:
#   make demo   installs what is missing, builds in release, indexes the bundled sample archive
#               into Index/ and runs a few example searches
#   make test   runs the test suite (what CI runs)
SWIFT ?= swift
BIN = .build/release/newsindex
SAMPLE = Samples/wikinews-2004.jsonl Samples/seed-article.jsonl

.PHONY: demo test deps build release clean-index eval fuzz

deps:
	@Scripts/install-deps.sh

build: deps
	$(SWIFT) build -Xswiftc -warnings-as-errors

release: deps
	$(SWIFT) build -c release -Xswiftc -warnings-as-errors

demo: release clean-index
	$(BIN) index --index Index $(SAMPLE)
	$(BIN) stats --index Index
	@echo; echo '$$ newsindex search climate --person "Wang Yi"'
	$(BIN) search --index Index climate --person "Wang Yi"
	@echo; echo '$$ newsindex search tsunami --country Indonesia --limit 3'
	$(BIN) search --index Index tsunami --country Indonesia --limit 3
	@echo; echo '$$ newsindex search election --since 2004-12-01 --sort newest --limit 3 --format json'
	$(BIN) search --index Index election --since 2004-12-01 --sort newest --limit 3 --format json

test: deps
	$(SWIFT) build -Xswiftc -warnings-as-errors
	$(SWIFT) test -Xswiftc -warnings-as-errors

# Scores `newsindex tag` on the development gold sets (needs ../shared).
eval: release
	../shared/eval/run-dev.sh $(BIN)

# libFuzzer targets with AddressSanitizer, 60 s each (Scripts/fuzz.sh SECONDS [TARGET...] for more).
fuzz: deps
	Scripts/fuzz.sh 60

clean-index:
	find Index -mindepth 1 ! -name README.md -delete
