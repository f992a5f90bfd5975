#!/usr/bin/env bash
# The one test command (README, .ci/run): data index, build, unit tests, browser tests, totals.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

node data/ensure-data.mjs || { echo "data pipeline failed"; echo "0 passed, 1 failed"; exit 1; }
# Browser tests never reach a real tile provider: the test build points at tests/e2e/support/tile-server.mjs.
VITE_TILE_URL="http://127.0.0.1:${TILE_PORT:-4180}/{z}/{x}/{y}.png" npm run --silent build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
node scripts/budget.mjs; budget=$?

npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json; unit=$?
npx playwright test; e2e=$?

node scripts/totals.mjs
status=$((unit || e2e || budget))
[ "$budget" -ne 0 ] && echo "size budget exceeded"
exit $status
