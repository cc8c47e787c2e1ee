#!/usr/bin/env bash
# Performance benchmark: release build, then bench/run.mjs (sizes, startup, interaction latency
# and memory against the plain-JS baseline) and bench/lighthouse.mjs (Lighthouse's mobile
# profile on both). Arguments go to bench/run.mjs (--runs N, --out F).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
release_build
node bench/run.mjs "$@"
# Lighthouse is for the benchmark only: installed here, never by the test command.
if ! cmp -s bench/lighthouse/package-lock.json bench/lighthouse/node_modules/.setup-stamp 2>/dev/null; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp bench/lighthouse/package-lock.json bench/lighthouse/node_modules/.setup-stamp
fi
node bench/lighthouse.mjs
