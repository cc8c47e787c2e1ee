#!/usr/bin/env bash
# README command 1: install what is missing, then build and serve the widget with Trunk's
# dev server at http://127.0.0.1:8080/ (rebuilds on change). Extra arguments go to `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
WOONTOP_SETUP=serve source scripts/setup.sh
exec trunk serve --offline "$@"
