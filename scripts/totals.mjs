// Adds up Vitest and Playwright results into the one closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  // A file that fails to load (syntax error, failing beforeAll) has no test results: count it once.
  failed += (v.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else failed += 1;

if (existsSync('reports/playwright.json')) {
  const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
  // expected = passed, flaky = passed on retry, unexpected = failed
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
} else failed += 1;

// Checks run by scripts/test-all.sh outside the two runners (size budget, load test).
passed += Number(process.env.STEPS_PASSED ?? 0);
failed += Number(process.env.STEPS_FAILED ?? 0);

console.log(`${passed} passed, ${failed} failed`);
