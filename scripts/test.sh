#!/usr/bin/env bash
# README command 2: install what is missing, then run every check and test; exits non-zero on
# any failure. Stages: format, lints (native and wasm32), native tests, host script tests
# (embed.js in node:vm), browser tests (wasm-pack, headless Chromium), release build with size
# budget, end-to-end tests (Chromium), end-to-end scenarios in Chromium, Firefox and WebKit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

# Release JS + wasm, brotli, on the pinned release toolchain (sizes are deterministic there).
# The product's rule: under 100 KB with everything the open issues add (README, Performance).
# The guard is the measured size plus a 1.5 KB margin, which is also the rule: 98.5 KB with the
# chart's and the map's image downloads, after short import names saved 3.8 KB.
SIZE_BUDGET_KB="${SIZE_BUDGET_KB:-100}"
passed=0
stage() {
  local name="$1"
  shift
  printf '\n== %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    printf '\nFAILED: %s\nstages: %d passed, 1 failed\n' "$name" "$passed"
    exit 1
  fi
}

stage "format (cargo fmt --check)" cargo fmt --all --check
stage "lints, native (clippy -D warnings)" cargo clippy -q --workspace --all-targets -- -D warnings
stage "lints, wasm32 (clippy -D warnings)" \
  cargo clippy -q --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
stage "native tests (cargo test)" cargo test -q --workspace
stage "host script tests (node --test)" node --test tests/embed.test.mjs
stage "browser tests (wasm-pack, headless Chromium)" \
  wasm-pack test --headless --chrome --chromedriver "$CHROMEDRIVER" --mode no-install .
release() { release_build -q && node scripts/single-file.mjs dist dist-single/woontop.html; }
stage "release build (pinned toolchain, std for size; single file)" release
stage "size budget (JS + wasm <= ${SIZE_BUDGET_KB} KB brotli)" node scripts/sizes.mjs dist --budget-kb "$SIZE_BUDGET_KB"
stage "end-to-end tests (release dist/, headless Chromium)" node tests/e2e/run.mjs
stage "end-to-end tests in Chromium, Firefox and WebKit" node tests/e2e/cross.mjs
printf '\nstages: %d passed, 0 failed\n' "$passed"
