#!/usr/bin/env bash
# Installs every tool tierup's build and tests need, skipping what is already
# present at the right version (a warm run takes about a second).
#
#   scripts/install-tools.sh               everything (what `make test` uses)
#   scripts/install-tools.sh --no-browser  everything but Chromium (`make serve`, `make build`)
#
# Only package registries are reachable on our machines: crates.io (trunk,
# wasm-bindgen-cli), npm (binaryen's wasm-opt, playwright-core) and Debian's apt
# (chromium). Nothing here downloads from GitHub releases or a CDN.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

WITH_BROWSER=1
for arg in "$@"; do
  case "$arg" in
    --no-browser) WITH_BROWSER=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install-tools: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

TRUNK_VERSION=0.21.14
WASM_TARGET=wasm32-unknown-unknown
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'install-tools: %s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "install-tools: '$1' is required but not on PATH" >&2; exit 1; }; }

need rustup
need cargo
need node
need npm

# 1. The wasm32 target.
if rustup target list --installed | grep -qx "$WASM_TARGET"; then
  say "skip    rust target $WASM_TARGET (installed)"
else
  say "install rust target $WASM_TARGET"
  rustup target add "$WASM_TARGET"
fi

# 1b. The pinned nightly of the wasm build (scripts/wasm-env), with std's source for build-std.
#     rustup's own channel is reachable from our machines; the toolchain is ~100 MB.
NIGHTLY="$(scripts/wasm-env --nightly)"
if rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "skip    rust $NIGHTLY + rust-src (installed)"
else
  say "install rust $NIGHTLY + rust-src (the wasm build's std, rebuilt for size)"
  rustup toolchain install "$NIGHTLY" --profile minimal -c rust-src
fi

# 2. Trunk, exact version (0.22 needs a newer rustc than ours).
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
  say "skip    trunk $TRUNK_VERSION (installed)"
else
  say "install trunk $TRUNK_VERSION (found: ${have_trunk:-none}; takes ~7 min on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock: trunk
#    uses the one on PATH only when the versions are equal, else it tries to
#    download one (and fails here). `--locked` fails for this crate: leave it off.
WB_VERSION="$(awk '
  /^\[\[package\]\]/ { name = "" }
  /^name = "wasm-bindgen"$/ { name = "wasm-bindgen"; next }
  name == "wasm-bindgen" && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
if [ -z "$WB_VERSION" ]; then
  echo "install-tools: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi
have_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_wb" = "$WB_VERSION" ]; then
  say "skip    wasm-bindgen-cli $WB_VERSION (installed)"
else
  say "install wasm-bindgen-cli $WB_VERSION (found: ${have_wb:-none}; takes ~2 min)"
  cargo install --force "wasm-bindgen-cli@$WB_VERSION"
fi

# 4. npm devDependencies (binaryen's wasm-opt, playwright-core, @axe-core/playwright),
#    exactly as package-lock.json pins them. Re-run `npm ci` only when the lock
#    file changed since the last install or a tool is missing.
LOCK_SUM="$(sha256sum package-lock.json | awk '{print $1}')"
STAMP=node_modules/.tierup-package-lock.sha256
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_SUM" ] \
   && [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ]; then
  say "skip    npm ci (node_modules matches package-lock.json)"
else
  say "install npm devDependencies (npm ci)"
  npm ci --no-audit --no-fund
  printf '%s\n' "$LOCK_SUM" > "$STAMP"
fi
say "wasm-opt: $(wasm-opt --version)"

# 5. Chromium for the browser tests (Debian's; Playwright's own download fails here).
if [ "$WITH_BROWSER" = 1 ]; then
  # fonts-wqy-zenhei: Chinese, Japanese and Korean glyphs (7.5 MB), so the per-language
  # screenshots show text rather than empty boxes.
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -d /usr/share/fonts/truetype/wqy ]; then
    say "skip    chromium + chromium-driver + CJK font (installed)"
  else
    say "install chromium + chromium-driver + fonts-wqy-zenhei (apt)"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
    $SUDO apt-get update
    $SUDO apt-get install -y chromium chromium-driver fonts-wqy-zenhei
  fi
else
  say "skip    chromium (--no-browser)"
fi
