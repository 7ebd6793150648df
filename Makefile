# tierup: build, serve and test the Yew/WebAssembly widget.
#   make serve   dev server with the release build on http://127.0.0.1:8080
#   make build   release build into dist/
#   make test    native domain tests, release build, browser end-to-end tests
#   make sizes   raw and gzip -9 sizes of dist/*.wasm and dist/*.js
#   make bench   bytes, start-up and growth against a Yew counter; bench/results/latest.json
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

# Tools live in ~/.cargo/bin (trunk, wasm-bindgen) and node_modules/.bin (wasm-opt).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: tools tools-no-browser fetch build serve test test-native test-scripts test-e2e sizes clean

tools:
	scripts/install-tools.sh

tools-no-browser:
	scripts/install-tools.sh --no-browser

# The wasm build runs under scripts/wasm-env: a pinned nightly rebuilding std for size.
# TIERUP_WASM_TOOLCHAIN=stable (e.g. `make build TIERUP_WASM_TOOLCHAIN=stable`) builds on stable.
export TIERUP_WASM_TOOLCHAIN ?= nightly
WASM := scripts/wasm-env

# Trunk builds --offline: std's own dependencies (build-std) are fetched here too.
fetch:
	cargo fetch --locked
	$(WASM) cargo fetch --locked --target wasm32-unknown-unknown

build: tools-no-browser fetch
	$(WASM) trunk build --release --offline

serve: tools-no-browser fetch
	$(WASM) trunk serve --release --offline --address $(HOST) --port $(PORT)

test-native:
	cargo test --locked

# The build scripts' own tests (no build needed).
test-scripts:
	node --test tests/scripts/

test-e2e:
	node --test tests/e2e/

test: tools fetch
	$(MAKE) test-native
	$(MAKE) test-scripts
	$(MAKE) build
	$(MAKE) test-budget
	$(MAKE) test-e2e

# Byte ratchet: gzip -9 total of what dist/index.html loads <= bench/budget.json.
.PHONY: test-budget bench
test-budget:
	node --test tests/budget/

# Builds both bundles (tierup and the bench/counter baseline), installs twiggy if missing.
bench: tools fetch
	$(MAKE) build
	node bench/run.mjs

sizes:
	@shopt -s nullglob; files=(dist/*.wasm dist/*.js); \
	if [ $${#files[@]} -eq 0 ]; then echo "no dist/*.wasm or dist/*.js: run make build first" >&2; exit 1; fi; \
	total_raw=0; total_gz=0; \
	printf '%-48s %10s %10s\n' file raw gzip-9; \
	for f in "$${files[@]}"; do \
	  raw=$$(stat -c %s "$$f"); gz=$$(gzip -9 -c "$$f" | wc -c); \
	  total_raw=$$((total_raw + raw)); total_gz=$$((total_gz + gz)); \
	  printf '%-48s %10d %10d\n' "$$f" "$$raw" "$$gz"; \
	done; \
	printf '%-48s %10d %10d\n' total "$$total_raw" "$$total_gz"

clean:
	rm -rf dist

# Fuzz the domain with cargo-fuzz (nightly): FUZZ_SECONDS per target (default 60).
.PHONY: fuzz
fuzz:
	scripts/fuzz.sh
