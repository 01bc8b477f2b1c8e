# The two set-up commands: `make build` (install, then build every statement in sources/)
# and `make test` (the whole test suite). `make bench` runs the benchmark.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: build test bench install test-deps clean

build: install
	$(BIN)/pamphlet build

test: install test-deps
	$(BIN)/python -m pytest -n auto -q

# The browser the tests of `pamphlet serve` drive (Debian's chromium and chromium-driver);
# `make build` never installs it: users bring their own browser.
test-deps:
	./scripts/install-system-deps --test

install: $(VENV)/.installed hyphenation/hyph_de_1996.dic

$(VENV)/.installed: pyproject.toml scripts/install-system-deps
	./scripts/install-system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# German hyphenation patterns from Debian's texlive-lang-german (hyphenation/README.md);
# without them pamphlet warns and falls back on pyphen's dictionary.
hyphenation/hyph_de_1996.dic: scripts/make-hyphenation
	-$(PYTHON) scripts/make-hyphenation

bench: install test-deps
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/serve_edits.py

clean:
	rm -rf build tests/results .pytest_cache
