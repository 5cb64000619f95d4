import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser } from './chromium.ts';

/** What static hosts (GitHub Pages, Netlify, Cloudflare) gzip on the way out; Pagefind's own index files are gzipped already. */
const COMPRESSIBLE = /\.(?:html|js|json|css|svg|txt)$/;

export interface Download {
  /** Bytes of the search page itself: its HTML, CSS and script, before any search. */
  pageBytes: number;
  /** Bytes the first query fetched: Pagefind's scripts, WebAssembly, metadata, filters, index chunks and result fragments. */
  queryBytes: number;
  /** Each request of the first query, in the order the server answered. */
  queryFiles: { path: string; bytes: number }[];
}

export interface FirstQuery {
  query: string;
  /** Results the page listed. */
  results: number;
  /** As sent by a server that compresses nothing (sirv as configured in the tests). */
  plain: Download;
  /** As sent by a host that gzips text files on the fly, as the common static hosts do. */
  gzip: Download;
  /** Scripts a note page loads when opened (should be none). */
  notePageScripts: string[];
}

interface CountingServer {
  url: string;
  /** Body bytes sent per request path, in order. */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** Serves the built site and counts the body bytes of every response, optionally gzipping text as a host would. */
async function serve(dist: string, gzip: boolean): Promise<CountingServer> {
  const handler = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const sent: { path: string; bytes: number }[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (gzip && COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      try {
        const body = gzipSync(readFileSync(file));
        const type = file.endsWith('.js')
          ? 'text/javascript'
          : file.endsWith('.json')
            ? 'application/json'
            : file.endsWith('.css')
              ? 'text/css'
              : 'text/html';
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
        res.end(body);
        sent.push({ path, bytes: body.length });
        return;
      } catch {
        // Not a file: let sirv answer.
      }
    }
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: Buffer | string, ...rest: never[]) => (
      (bytes += chunk ? Buffer.byteLength(chunk) : 0),
      write(chunk, ...rest)
    )) as typeof res.write;
    res.end = ((chunk?: Buffer | string, ...rest: never[]) => {
      if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
      sent.push({ path, bytes });
      return end(chunk as never, ...rest);
    }) as typeof res.end;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens `/search/?q=<query>` in a fresh browser context and waits for the results; returns the bytes and the number of results. */
async function firstSearch(
  browser: Browser,
  dist: string,
  query: string,
  gzip: boolean,
): Promise<{ download: Download; results: number }> {
  const server = await serve(dist, gzip);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForSelector('#search-results li', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.$$eval('#search-results li', (items) => items.length);
    const search = server.sent.filter((r) => r.path.startsWith('/pagefind/'));
    const sum = (rows: { bytes: number }[]) => rows.reduce((total, r) => total + r.bytes, 0);
    return {
      results,
      download: { pageBytes: sum(server.sent) - sum(search), queryBytes: sum(search), queryFiles: search },
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * Measures in headless Chromium what a reader downloads for a first search:
 * the search page, then everything the query fetches, each in a fresh
 * context (an empty cache). Also checks that a note page loads no script.
 */
export async function measureFirstQuery(dist: string, query: string, notePath: string): Promise<FirstQuery> {
  const browser = await launchBrowser();
  try {
    const server = await serve(dist, false);
    const context = await browser.newContext();
    const notePage = await context.newPage();
    const notePageScripts: string[] = [];
    notePage.on('request', (r) => void (r.resourceType() === 'script' && notePageScripts.push(r.url())));
    await notePage.goto(`${server.url}${notePath}`, { waitUntil: 'networkidle' });
    await context.close();
    await server.close();

    const plain = await firstSearch(browser, dist, query, false);
    const gzip = await firstSearch(browser, dist, query, true);
    return { query, results: plain.results, plain: plain.download, gzip: gzip.download, notePageScripts };
  } finally {
    await browser.close();
  }
}
