#!/usr/bin/env bash
# Make the pinned Node tools available in tools/node/node_modules.
# Exit 0: ready. Exit 1: Node.js/npm not on this machine (the caller skips and says so).
# Exit 2: they are required (CI=true) but missing, or the install failed.
set -uo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.installed
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "tools/node: Node.js and npm are required when CI=true (.ci/install-tools installs them)" >&2
    exit 2
  fi
  exit 1
fi
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ]; then exit 0; fi
# No install scripts: none of the tools needs one (esbuild's binary comes as an optional
# package), and one of orval's dependencies (@scarf/scarf) reports installs over the network.
export SCARF_ANALYTICS=false DO_NOT_TRACK=1
echo "tools/node: installing the pinned Node tools of tools/node/package.json (Redocly CLI, Spectral, TypeScript, openapi-typescript, orval, hey-api, axios, openapi-fetch, undici) into tools/node/node_modules from npm (about 195 MB on disk; log: tools/node/npm-install.log)" >&2
if ! npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >npm-install.log 2>&1; then
  echo "tools/node: npm ci failed; see tools/node/npm-install.log" >&2
  exit 2
fi
touch "$stamp"
