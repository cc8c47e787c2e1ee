#!/usr/bin/env bash
# Installs everything the project needs to build, serve and test, and nothing twice.
#
# Sourced by scripts/serve.sh (with WOONTOP_SETUP=serve: only what serving needs; the release
# toolchain is set up by the first release build) and by scripts/test.sh, release.sh and
# bench.sh (everything), or run on its own. It exports the toolchain choice and PATH.
# Idempotent: a second run checks and installs nothing.
#
# Two routes to a Rust compiler that can target wasm32-unknown-unknown:
#   1. the ordinary one: rustup's toolchain with `rustup target add wasm32-unknown-unknown`;
#   2. where rustup cannot download the target (the project's Debian machines), Debian's
#      rustc-web toolchain with its std source: the wasm32 std is compiled once from that source
#      into the toolchain's sysroot and the toolchain is linked into rustup as `debian-web`.
# Every other tool comes from a package registry only: crates.io (trunk, wasm-bindgen-cli,
# wasm-pack), npm (binaryen's wasm-opt, esbuild, @playwright/test, puppeteer-core, axe-core, vnu-jar) and
# PyPI (frictionless, in a virtual environment under .tools/), and Debian (chromium, chromedriver, firefox-esr, webkit2gtk-driver with WebKitGTK's MiniBrowser,
# xvfb, and a Java runtime for vnu-jar where none is installed).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"
WASM_PACK_VERSION="0.15.1"
# The Frictionless validator for the published dataset package (PyPI).
FRICTIONLESS_VERSION="5.21.0"
WASM_TARGET="wasm32-unknown-unknown"
DEBIAN_TOOLCHAIN="debian-web"

log() { printf '[setup] %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root for: $*"; return 1
  fi
}

APT_UPDATED=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { log "missing system packages (${missing[*]}) and no apt-get: install them by hand"; return 1; }
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- Rust toolchain that can build wasm32 -------------------------------------------------
toolchain_has_wasm_std() { # $1: toolchain name ("" = default)
  local sysroot
  sysroot="$(RUSTUP_TOOLCHAIN="${1:-}" rustc --print sysroot 2>/dev/null)" || return 1
  ls "$sysroot/lib/rustlib/$WASM_TARGET/lib/"libstd-*.rlib >/dev/null 2>&1
}

install_debian_toolchain() {
  # Debian's rustc-web with its std source, linked into rustup as `debian-web`.
  apt_install rustc-web cargo-web rust-web-src lld-22 rust-web-clippy rustfmt-web
  rustup toolchain list | grep -q "^$DEBIAN_TOOLCHAIN" || rustup toolchain link "$DEBIAN_TOOLCHAIN" /usr
}

build_debian_wasm_std() {
  log "Debian route: rustc-web + std source, compiling the wasm32 std into /usr/lib/rustlib"
  install_debian_toolchain
  local tmp
  tmp="$(mktemp -d)"
  mkdir -p "$tmp/src"
  cat >"$tmp/Cargo.toml" <<'TOML'
[package]
name = "stdbuild"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[profile.release]
opt-level = "s"
codegen-units = 1
TOML
  echo '' >"$tmp/src/lib.rs"
  (cd "$tmp" && RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Cembed-bitcode=yes -Zforce-unstable-if-unmarked" \
    /usr/bin/cargo build -q --release --target "$WASM_TARGET" -Zbuild-std=std,panic_abort,test)
  as_root mkdir -p "/usr/lib/rustlib/$WASM_TARGET/lib"
  find "$tmp/target/$WASM_TARGET/release/deps" -name 'lib*.rlib' ! -name 'libstdbuild*' \
    -exec cp {} "/usr/lib/rustlib/$WASM_TARGET/lib/" \;
  rm -rf "$tmp"
}

choose_toolchain() {
  # WOONTOP_TOOLCHAIN=debian forces the Debian route (to test it where rustup works).
  if [ "${WOONTOP_TOOLCHAIN:-}" = debian ]; then
    toolchain_has_wasm_std "$DEBIAN_TOOLCHAIN" || build_debian_wasm_std
    export RUSTUP_TOOLCHAIN="$DEBIAN_TOOLCHAIN"
    return
  fi
  if [ -n "${RUSTUP_TOOLCHAIN:-}" ] && toolchain_has_wasm_std "$RUSTUP_TOOLCHAIN"; then return; fi
  command -v rustup >/dev/null || { log "rustup is required (https://rustup.rs)"; exit 1; }
  if rustup toolchain list | grep -q "^$DEBIAN_TOOLCHAIN" && toolchain_has_wasm_std "$DEBIAN_TOOLCHAIN"; then
    export RUSTUP_TOOLCHAIN="$DEBIAN_TOOLCHAIN"; return
  fi
  if toolchain_has_wasm_std ""; then return; fi
  log "trying: rustup target add $WASM_TARGET (90 s at most)"
  if timeout 90 rustup target add "$WASM_TARGET" >/dev/null 2>&1 && toolchain_has_wasm_std ""; then return; fi
  log "rustup could not add $WASM_TARGET here"
  build_debian_wasm_std
  toolchain_has_wasm_std "$DEBIAN_TOOLCHAIN" || { log "the wasm32 std could not be installed"; exit 1; }
  export RUSTUP_TOOLCHAIN="$DEBIAN_TOOLCHAIN"
}

ensure_components() {
  # clippy and rustfmt of the same toolchain (rustup components, or Debian's -web packages).
  if ! cargo clippy --version >/dev/null 2>&1 || ! cargo fmt --version >/dev/null 2>&1; then
    if [ "${RUSTUP_TOOLCHAIN:-}" = "$DEBIAN_TOOLCHAIN" ]; then
      apt_install rust-web-clippy rustfmt-web
    else
      rustup component add clippy rustfmt
    fi
  fi
}

# --- The shipped build: pinned toolchain, std compiled for size -----------------------------
# The release wasm is always built by Debian's rustc-web (the toolchain these machines pin),
# whatever route the tests use, so that its size is the same on every machine and the size
# budget in scripts/test.sh can be exact. Its std is compiled from the toolchain's own source
# with panic=immediate-abort (no panic strings or unwinding machinery: a panic traps, and
# js/boot.js shows the message), no file locations, no Debug formatting and std's
# optimize_for_size feature. RUSTC_BOOTSTRAP unlocks these -Z flags on a stable compiler.
RELEASE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"

release_env() { # runs "$@" with the environment of the shipped build
  RUSTUP_TOOLCHAIN="$DEBIAN_TOOLCHAIN" RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$RELEASE_RUSTFLAGS" "$@"
}

ensure_release_toolchain() {
  install_debian_toolchain
  # Trunk runs cargo with --offline: fetch std's own dependencies now (once; seconds).
  (cd "$ROOT" && release_env cargo fetch -q --target "$WASM_TARGET")
}

# The release dist/ (Trunk, wasm-opt -Oz, Trunk's minifier for the JS glue, the CSS and the
# HTML), built as described above, then scripts/finish.mjs (esbuild for our own scripts, and
# the head script's hash in the page's policy written for the script as Trunk minified it).
# Arguments go to Trunk.
# One wasm per language (Cargo features `nl`, `en`): the English build first, into its own
# folder, then the page's own Dutch one into dist/, which finish.mjs gives the English files.
release_build() {
  ensure_release_toolchain
  (cd "$ROOT" &&
    release_env trunk build --release --offline --no-default-features --features en -d target/dist-en "$@" &&
    release_env trunk build --release --offline --no-default-features --features nl "$@" &&
    node scripts/finish.mjs dist target/dist-en)
}

# --- cargo-installed tools, at pinned versions ----------------------------------------------
cargo_tool() { # $1 binary, $2 crate, $3 version, then extra cargo-install flags
  local bin="$1" crate="$2" version="$3"
  shift 3
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -q "$version"; then return; fi
  log "cargo install $crate@$version (a few minutes, once)"
  cargo install -q "$crate@$version" --force "$@"
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# --- npm tools (wasm-opt, browser-test driver) ------------------------------------------------
ensure_node_modules() {
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
    ! cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.setup-stamp"; then
    log "npm ci (wasm-opt, esbuild, @playwright/test, puppeteer-core, axe-core, vnu-jar)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$ROOT/package-lock.json" "$ROOT/node_modules/.setup-stamp"
  fi
}

ensure_browser() {
  if [ -z "${CHROME_BIN:-}" ]; then
    for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
      [ -x "$b" ] && export CHROME_BIN="$b" && break
    done
  fi
  if [ -z "${CHROME_BIN:-}" ] || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
    export CHROME_BIN=/usr/bin/chromium
  fi
  CHROMEDRIVER="$(command -v chromedriver)"
  export CHROMEDRIVER
}

ensure_other_engines() {
  # The end-to-end scenarios also run in Firefox ESR (puppeteer-core over WebDriver BiDi) and
  # WebKitGTK (WebKitWebDriver starts its MiniBrowser, on an Xvfb display): tests/e2e/cross.mjs.
  apt_install firefox-esr webkit2gtk-driver xvfb
}

ensure_java() {
  # The Nu HTML Checker (npm vnu-jar) runs on Java.
  command -v java >/dev/null || apt_install default-jre-headless
}

ensure_frictionless() {
  # The Frictionless Data validator (`frictionless validate`) checks assets/dataset/datapackage.json
  # and the files it describes; a virtual environment keeps it out of the system's Python.
  local venv="$ROOT/.tools/frictionless"
  if ! "$venv/bin/frictionless" --version 2>/dev/null | grep -q "$FRICTIONLESS_VERSION"; then
    command -v python3 >/dev/null || apt_install python3
    python3 -m venv "$venv" 2>/dev/null || { apt_install python3-venv && rm -rf "$venv" && python3 -m venv "$venv"; }
    log "pip install frictionless==$FRICTIONLESS_VERSION (once)"
    "$venv/bin/pip" install -q --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION"
  fi
  export FRICTIONLESS="$venv/bin/frictionless"
}

# What serving the widget needs (scripts/serve.sh): a wasm32 toolchain, wasm-bindgen and
# Trunk. The release toolchain is set up only by the first release build (`release_build`).
setup_serve() {
  choose_toolchain
  cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)"
  cargo_tool trunk trunk "$TRUNK_VERSION" --locked --ignore-rust-version
  log "ready to serve: $(rustc --version), toolchain ${RUSTUP_TOOLCHAIN:-default}"
}

# Everything the tests need (scripts/test.sh, and this script run on its own).
setup_all() {
  setup_serve
  ensure_components
  ensure_release_toolchain
  cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION"
  ensure_node_modules
  ensure_browser
  ensure_other_engines
  ensure_java
  ensure_frictionless
  log "ready: release build: $(RUSTUP_TOOLCHAIN="$DEBIAN_TOOLCHAIN" rustc --version)"
}

if [ "${WOONTOP_SETUP:-all}" = serve ]; then setup_serve; else setup_all; fi
