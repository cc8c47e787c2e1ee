#!/usr/bin/env bash
# Release build: dist/ with opt-level "z", LTO, one codegen unit, panic=abort and wasm-opt -Oz,
# then the size of every file (raw, gzip, brotli). Works from any static host, any sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
release_build
node scripts/single-file.mjs dist dist-single/woontop.html
node scripts/sizes.mjs dist "$@"
