import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium; never a browser downloaded by Playwright. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags this machine needs: no sandbox as root, no network calls of Chromium's own. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * How the bench and the browser tests start Chromium: headless, Debian's, with FLAGS. The tests
 * start one for a whole run with these (`chromium.launchServer`, tests/helpers/build-run.ts).
 */
export const LAUNCH_OPTIONS: LaunchOptions = { executablePath: CHROMIUM, headless: true, args: FLAGS };

/** Chromium, headless, as the bench and the browser tests (tests/helpers/browser.ts) both launch it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}
