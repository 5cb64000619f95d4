import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSources, isPrivateAddress } from '../../src/import/fetch-url.ts';
import { useTempDirs } from './helpers.ts';

const temp = useTempDirs('dossier-fetch-');
const PAGE = '<html><head><title>Copy Editor – Orca Ltd</title></head><body><h1>Copy Editor</h1></body></html>';

/** A local server: `/page` answers a page, `/to?url=…` redirects there, `/endless` never stops sending. */
async function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/to') return void res.writeHead(302, { location: url.searchParams.get('url')! }).end();
    if (url.pathname === '/endless') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1 << 20, 'a');
      let open = true;
      res.on('close', () => (open = false));
      const pump = () => {
        while (open && res.write(chunk));
        if (open) res.once('drain', pump);
      };
      return pump();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('fetching a web address', () => {
  let a: { server: Server; base: string };
  let b: { server: Server; base: string };
  beforeAll(async () => {
    a = await serve();
    b = await serve();
  });
  afterAll(async () => {
    for (const s of [a, b]) await new Promise<void>((done) => s.server.close(() => done()));
  });

  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false],
    ['2606:4700::1111', false],
    ['not-an-ip', false],
  ])('isPrivateAddress(%s) is %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('refuses a loopback address unless local addresses are allowed', async () => {
    const refused = await fetchSources([`${a.base}/page`]);
    expect(refused.units).toEqual([]);
    expect(refused.failures[0]!.reason).toMatch(/local or private address \(127\.0\.0\.1\).*--allow-local/);
    const allowed = await fetchSources([`${a.base}/page`], { allowLocal: true });
    expect(allowed.units[0]!.text).toContain('Copy Editor');
  });

  it('refuses a redirect to localhost or [::1] from a page it may fetch, and follows it with --allow-local', async () => {
    // Only server a is allowed: the redirect's target goes through the same check as a public page's would.
    const onlyA = (url: URL) => url.origin === a.base;
    const port = new URL(b.base).port;
    for (const target of [`http://localhost:${port}/page`, `http://[::1]:${port}/page`, `${b.base}/page`]) {
      const result = await fetchSources([`${a.base}/to?url=${encodeURIComponent(target)}`], { allowLocal: onlyA });
      expect(result.units, target).toEqual([]);
      expect(result.failures[0]!.reason, target).toMatch(/is a local or private address/);
    }
    const followed = await fetchSources([`${a.base}/to?url=${encodeURIComponent(`${b.base}/page`)}`], {
      allowLocal: true,
    });
    expect(followed.units[0]).toMatchObject({ url: `${b.base}/page` });
  });

  it('stops an endless response at the size limit, in a process that stays under 200 MB', () => {
    // A child process, so its peak memory is the fetch's alone.
    const script = join(temp(), 'fetch-endless.ts');
    writeFileSync(
      script,
      `import { readFileSync, existsSync } from 'node:fs';
import { fetchSources } from ${JSON.stringify(resolve(import.meta.dirname, '../../src/import/fetch-url.ts'))};
const result = await fetchSources([process.argv[2]], { allowLocal: true });
// The peak of this process's own memory (VmHWM): getrusage's maxRSS also counts the memory of the parent at the
// fork that started it (a test worker of some hundreds of MB), which exec does not reset.
const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
const hwm = /^VmHWM:\\s+(\\d+)\\s+kB/m.exec(status)?.[1];
console.log(JSON.stringify({ failures: result.failures, maxRssKb: hwm ? Number(hwm) : process.resourceUsage().maxRSS }));`,
    );
    return new Promise<void>((done, fail) => {
      // spawnSync would block the event loop that serves the endless answer: run it asynchronously.
      execFile(
        resolve(import.meta.dirname, '../../node_modules/.bin/node'),
        [script, `${a.base}/endless`],
        { timeout: 300_000 }, // only a bound on a hang
        (error, stdout) => {
          try {
            expect(error).toBeNull();
            const out = JSON.parse(stdout) as { failures: { reason: string }[]; maxRssKb: number };
            expect(out.failures[0]!.reason).toMatch(/more than the 32 MB a note is imported from/);
            expect(out.maxRssKb / 1024).toBeLessThan(200);
            done();
          } catch (e) {
            fail(e as Error);
          }
        },
      );
    });
  });
});
