// How every tool here launches Debian's Chromium (playwright.config.ts, the bench, Lighthouse):
// the machine notes' flags; without the background-networking ones Chromium keeps trying hosts
// this closed network refuses.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Loopback only, for measurements: any other host fails at once (Playwright's routing would disable the HTTP cache). */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
