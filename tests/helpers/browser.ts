import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { inject } from 'vitest';
import { launchBrowser } from '../../src/bench/chromium.ts';

// One launch for the tests and the bench: Debian's Chromium with the flags this machine needs.
export { CHROMIUM } from '../../src/bench/chromium.ts';

/**
 * A Chromium for a test file: a connection to the run's one Chromium (started once by
 * tests/helpers/build-run.ts, so a browser test pays for a connection, not a browser start), or one
 * of its own outside such a run. Each page a test opens is in a context of its own. `close()` on it
 * ends the connection, or the browser it started.
 */
export async function connectBrowser(): Promise<Browser> {
  let endpoint: string | undefined;
  try {
    endpoint = inject('dossierBrowser');
  } catch {
    endpoint = undefined;
  }
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on a loopback port, as a static host would (sirv: the
 * small static server Vite's preview uses), with 404.html for missing pages.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const handler = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end('Not found');
  };
  // Served under `base` as a host serves a sub-folder site: nothing outside it exists.
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) return notFound(res);
    req.url = `/${req.url.slice(base.length)}`;
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface OpenSite {
  /** The build served on a loopback port. */
  site: StaticSite;
  browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/**
 * The browser tests' one setup: serves a built site (under `base`, as `serveStatic`) and connects
 * to Chromium for it (`connectBrowser`). Call it in `beforeAll` after the build, and `close()` in `afterAll`.
 */
export async function openSite(dist: string, base = '/'): Promise<OpenSite> {
  const site = await serveStatic(dist, base);
  let browser: Browser;
  try {
    browser = await connectBrowser();
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
