#!/usr/bin/env bash
# CI stage: the README's quick start as a new user meets it. Clones the checked-out commit into a
# fresh temporary folder with nothing beside it (no tools folder, no node_modules, no gold data),
# runs `npm start` there until the address it prints serves the VS Code workbench, stops it, then
# runs `npm test` there. Both through npm, exactly as the README writes them; the npm cache is the
# only thing shared with the rest of CI.
set -euo pipefail
SOURCE="$(cd "$(dirname "$0")/.." && pwd)"
COMMIT="$(git -C "$SOURCE" rev-parse HEAD)"
BASE="$(mktemp -d "${TMPDIR:-/tmp}/newsmark-new-user.XXXXXX")"
CLONE="$BASE/newsmark"
START_LOG="$BASE/start.log"
START_PID=""

log() { printf '[new-user] %s\n' "$*"; }
stop_start() {
  if [ -n "$START_PID" ] && kill -0 "$START_PID" 2>/dev/null; then
    kill -- "-$START_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$START_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 -- "-$START_PID" 2>/dev/null || true
  fi
  START_PID=""
}
cleanup() {
  local status=$?
  stop_start
  rm -rf "$BASE"
  exit "$status"
}
trap cleanup EXIT

stage_start=$(date +%s)
git clone --quiet --no-hardlinks "$SOURCE" "$CLONE"
git -C "$CLONE" checkout --quiet --detach "$COMMIT"
log "bare clone of $COMMIT in $CLONE"

# --- npm start: served workbench -------------------------------------------------------------
cd "$CLONE"
# A session of its own, so that stopping it stops npm, the script and code-server together.
setsid npm start < /dev/null > "$START_LOG" 2>&1 &
START_PID=$!
address=""
deadline=$(( $(date +%s) + 1800 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if ! kill -0 "$START_PID" 2>/dev/null; then
    log "npm start exited before serving the workbench; its output:"; cat "$START_LOG"; exit 1
  fi
  address="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/\?folder=[^ ]+' "$START_LOG" | head -n1 || true)"
  if [ -n "$address" ] && node -e '
      fetch(process.argv[1]).then(async (r) => process.exit(r.ok && (await r.text()).includes("workbench") ? 0 : 1), () => process.exit(1))' "$address"; then
    break
  fi
  address=""
  sleep 2
done
if [ -z "$address" ]; then
  log "npm start did not serve the workbench within 30 minutes; its output:"; cat "$START_LOG"; exit 1
fi
# The VSIX must be installed in the code-server that serves it.
if ! ls "$CLONE/.tools/code-server-data/extensions" | grep -q '^newsmark\.newsmark-'; then
  log "Newsmark is not installed in the served code-server"; cat "$START_LOG"; exit 1
fi
log "npm start served the workbench at $address after $(( $(date +%s) - stage_start ))s"
stop_start

# --- npm test --------------------------------------------------------------------------------
test_start=$(date +%s)
npm test < /dev/null
log "npm test passed in $(( $(date +%s) - test_start ))s"
log "new-user stage took $(( $(date +%s) - stage_start ))s"
