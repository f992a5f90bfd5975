// `npm test` checks the machine first (scripts/check-prereqs.mjs): one line, what is missing and its install command.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/check-prereqs.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('prerequisite check', () => {
  it('names every missing prerequisite and how to get it, on one line, and fails', () => {
    const result = run({ CHROMIUM_PATH: '/nonexistent/chromium', NGINX_PATH: '/nonexistent/nginx' });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm test cannot run: missing /);
    expect(lines[0]).toContain('Chromium at /nonexistent/chromium (set CHROMIUM_PATH to a Chromium binary)');
    expect(lines[0]).toContain('nginx');
  });
  it('passes on this machine, which has them all', () => {
    const result = run({});
    expect(result.status, result.stdout).toBe(0);
  });
});
