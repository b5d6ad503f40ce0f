#!/usr/bin/env bash
# make ts-check, in two parts (all output under dist/ts/, untracked):
# 1. Types: generate TypeScript types from spec/plusofon.yaml (openapi-typescript) and compile
#    plusofon-proof.ts against them with tsc --strict; with next_page_url taken out of the types
#    it must not compile.
# 2. Run time: generate orval's fetch client from the published bundle dist/spec/plusofon.yaml
#    (make publish-bundle), compile it with plusofon-runtime.ts under tsc --strict, and run that
#    in Node against the mock (started here on a free port, stopped at the end). Two broken
#    copies must fail: orval's client of the bundle with 5XX left as the spec writes it does not
#    compile, and the program with a transport that drops GET bodies fails its filter check.
set -euo pipefail
cd "$(dirname "$0")/../../.."
bin=tools/node/node_modules/.bin
proof=tools/node/proof
types=dist/ts/plusofon.ts
tsc=("$bin/tsc" -p "$proof/tsconfig.json" --strict --noEmit)
mkdir -p dist/ts
"$bin/openapi-typescript" spec/plusofon.yaml --output "$types" \
  --redocly "$proof/redocly-openapi-typescript.yaml" >dist/ts/openapi-typescript.log 2>&1 \
  || { cat dist/ts/openapi-typescript.log; exit 1; }
"${tsc[@]}"
echo "ts-check: tools/node/proof/plusofon-proof.ts compiles against the types of spec/plusofon.yaml"

cp "$types" "$types.orig"
sed -i '/next_page_url/d' "$types"
if "${tsc[@]}" >dist/ts/without-next-page-url.log 2>&1; then
  mv -f "$types.orig" "$types"
  echo "ts-check: the proof still compiles without next_page_url in the types: it does not use them"
  exit 1
fi
mv -f "$types.orig" "$types"
if ! grep -q "Property 'next_page_url' does not exist" dist/ts/without-next-page-url.log; then
  echo "ts-check: without next_page_url the proof failed for another reason:"
  cat dist/ts/without-next-page-url.log
  exit 1
fi
echo "ts-check: and fails as it should when the spec loses next_page_url"

# --- 2. orval's fetch client of the published bundle, run in Node against the mock ------------
rm -rf dist/ts/orval dist/ts/run dist/ts/broken
"$bin/orval" --config "$proof/orval.config.cjs" >dist/ts/orval.log 2>&1 \
  || { cat dist/ts/orval.log; exit 1; }
"$bin/tsc" -p "$proof/tsconfig.runtime.json" --strict
echo "ts-check: orval's fetch client of dist/spec/plusofon.yaml compiles with tsc --strict"

# Broken copy 1: the bundle with `5XX` as the spec writes it (dist/bundle.json, before
# generator/publish_bundle.py): orval writes `status: 5XX`, which tsc refuses (TS1351).
mkdir -p dist/ts/broken
sed -e 's|\.\./\.\./\.\./dist/spec/plusofon.yaml|../../bundle.json|' -e 's|\.\./\.\./\.\./dist/ts/orval/|orval/|' \
  -e 's|\./plusofon-transport.ts|../../../tools/node/proof/plusofon-transport.ts|' \
  "$proof/orval.config.cjs" >dist/ts/broken/orval.config.cjs
"$bin/orval" --config dist/ts/broken/orval.config.cjs >dist/ts/broken/orval.log 2>&1 \
  || { cat dist/ts/broken/orval.log; exit 1; }
if "$bin/tsc" --strict --noEmit --target ES2022 --module commonjs --moduleResolution node10 \
  --types node --typeRoots tools/node/node_modules/@types --skipLibCheck \
  dist/ts/broken/orval/plusofon.ts >dist/ts/broken/tsc.log 2>&1; then
  echo "ts-check: orval's client of a bundle with 5XX compiles: the check cannot see the break"
  exit 1
fi
grep -q "error TS1351" dist/ts/broken/tsc.log || { cat dist/ts/broken/tsc.log; exit 1; }
echo "ts-check: and orval's client of the bundle with 5XX left as a range fails to compile (TS1351)"

port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PORT=$port .venv/bin/python -m plusofon_mock >dist/ts/mock.log 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true; wait "$mock" 2>/dev/null || true' EXIT
.venv/bin/python - "$port" <<'EOF'
import socket, sys, time
deadline = time.monotonic() + 30
while True:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()
        break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit("ts-check: the mock did not start; see dist/ts/mock.log")
        time.sleep(0.1)
EOF
run=dist/ts/run/tools/node/proof
export PLUSOFON_BASE_URL="http://127.0.0.1:$port" PLUSOFON_TOKEN=mock-token PLUSOFON_CLIENT_ID=10553
export NODE_PATH=tools/node/node_modules

# Broken copy 2 (run first: it fails at the first search, before anything changes state): a
# transport that drops the body of a GET, as a query-string or fetch-based client ends up doing.
broken=dist/ts/broken/run/tools/node/proof
mkdir -p dist/ts/broken/run
cp -r dist/ts/run/. dist/ts/broken/run/
sed -i 's|body: payload }|body: method === "GET" ? undefined : payload }|' "$broken/plusofon-transport.js"
grep -q 'method === "GET" ? undefined' "$broken/plusofon-transport.js"
if node "$broken/plusofon-runtime.js" >dist/ts/broken/run.log 2>&1; then
  echo "ts-check: the program passed with GET bodies dropped: its filter check sees nothing"
  exit 1
fi
grep -Eq '^ts-check run: GET number/search .* returns only' dist/ts/broken/run.log \
  || { cat dist/ts/broken/run.log; exit 1; }
echo "ts-check: the program fails as it should with a transport that drops GET bodies"

node "$run/plusofon-runtime.js"
