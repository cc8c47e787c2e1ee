#!/usr/bin/env bash
# Performance benchmark: release build, then bench/run.mjs (sizes, startup, interaction latency
# and memory against the plain-JS baseline). Arguments go to bench/run.mjs (--runs N, --out F).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
release_build
node bench/run.mjs "$@"
