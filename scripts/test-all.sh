#!/usr/bin/env bash
# The one test command (README, .ci/run): prerequisites, data index, build, budgets, load test,
# unit tests, browser tests (some through nginx with the production configuration), totals.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

# What the machine must have, checked before minutes of building (one line names what is missing).
node scripts/check-prereqs.mjs || { echo "0 passed, 1 failed"; exit 1; }
node data/ensure-data.mjs || { echo "data pipeline failed"; echo "0 passed, 1 failed"; exit 1; }
# Browser tests never reach a real tile provider: the test build points at tests/e2e/support/tile-server.mjs.
VITE_TILE_URL="http://127.0.0.1:${TILE_PORT:-4180}/{z}/{x}/{y}.png" npm run --silent build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
# Content-hashed files precompressed as a deployment has them (fast levels: a deployment uses the full ones).
npx tsx deploy/cli.ts precompress --fast || { echo "precompress failed"; echo "0 passed, 1 failed"; exit 1; }
node scripts/budget.mjs; budget=$?
# nginx with the production configuration under 1 000 connections: 0 errors, 0 non-2xx (deploy/README.md).
npx tsx scripts/load-test.ts; load=$?

npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json; unit=$?
npx playwright test; e2e=$?

[ "$budget" -ne 0 ] && echo "size budget exceeded"
[ "$load" -ne 0 ] && echo "load test failed"
# The size budget and the load test count as one check each in the closing line.
STEPS_PASSED=$(( (budget == 0) + (load == 0) )) STEPS_FAILED=$(( (budget != 0) + (load != 0) )) node scripts/totals.mjs
exit $((unit || e2e || budget || load))
