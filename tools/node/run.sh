#!/usr/bin/env bash
# Run one of the pinned Node tools (tools/node/node_modules/.bin/<tool>) in the caller's folder,
# offline and quiet: telemetry, update checks and install analytics off, and box-drawn notices
# (Redocly CLI prints a "Node.js 20 support is ending" box on every run, with no option to
# turn it off) and Redocly's "Woohoo!" line dropped from its stderr. Everything else passes through; the exit status is
# the tool's. Usage: tools/node/run.sh TOOL [ARGS...]
set -uo pipefail
tool=${1:?usage: tools/node/run.sh TOOL [ARGS...]}
shift
bin="$(dirname "$0")/node_modules/.bin/$tool"
if [ ! -x "$bin" ]; then
  echo "tools/node/run.sh: $tool is not installed (tools/node/ensure.sh installs the pinned tools)" >&2
  exit 2
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false \
  DO_NOT_TRACK=1 NO_UPDATE_NOTIFIER=1

# A box (╔ … ╚) and the blank lines around it go, and so does Redocly's cheer after a clean
# lint (its "validated in" line says the same); a blank line elsewhere stays.
drop_boxes() {
  awk '
    /^Woohoo! Your API description is valid/ { next }
    /╔/ { inside = 1; held = ""; next }
    inside { if (/╚/) { inside = 0; after = 1 } next }
    /^[[:space:]]*$/ { if (!after) held = held $0 "\n"; next }
    { printf "%s%s\n", held, $0; held = ""; after = 0; fflush() }
    END { printf "%s", held }
  '
}

exec 3>&1
"$bin" "$@" 2>&1 1>&3 3>&- | drop_boxes >&2
status=${PIPESTATUS[0]}
exec 3>&-
exit "$status"
