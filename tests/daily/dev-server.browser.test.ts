import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateArchive } from '../../src/share/sharing-checks.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT, projectCopy, scratchDir } from '../helpers/build-site.ts';

/**
 * `npm run dev` with a note that becomes invalid, on a real `astro dev`: the page shows the
 * validator's own lines (an open page reloads into them), never the last good page;
 * fixed, the page comes back with the new data. Started with the note already invalid, the server
 * stays up and says the same. Every wait is for an event: a line of the server's output, an element.
 */
let root: string;
let note: string;
let original: string;
let child: ChildProcess;
let url: string;
let output = '';
const waiting: { pattern: RegExp; from: number; resolve: () => void }[] = [];
let browser: Browser;

/** Resolves once the server's output, from now on, has a line matching `pattern`. */
function nextOutput(pattern: RegExp): Promise<void> {
  return new Promise((resolve) => waiting.push({ pattern, from: output.length, resolve }));
}
function onOutput(chunk: Buffer) {
  output += chunk.toString();
  if (process.env.DEV_TEST_LOG) writeFileSync(process.env.DEV_TEST_LOG, output);
  for (const w of [...waiting])
    if (w.pattern.test(output.slice(w.from))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
}
const page = async (path: string) => {
  const response = await fetch(`${url}${path}`, { headers: { accept: 'text/html' } });
  return { status: response.status, body: await response.text() };
};
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
/** A browser tab that waits as long as the test allows (a loaded machine renders slowly). */
async function newTab(): Promise<Page> {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(0);
  if (process.env.DEV_TEST_LOG) {
    tab.on('console', (m) => onOutput(Buffer.from(`TAB console ${m.text()}\n`)));
    tab.on('request', (r) => onOutput(Buffer.from(`TAB request ${r.url()}\n`)));
    tab.on('response', (r) => onOutput(Buffer.from(`TAB response ${r.status()} ${r.url()}\n`)));
    tab.on('websocket', (ws) =>
      ws.on('framereceived', (f) => onOutput(Buffer.from(`TAB ws <- ${String(f.payload).slice(0, 80)}\n`))),
    );
  }
  return tab;
}
/** The lines `npm run validate` prints for the archive now. */
const validateLines = () =>
  validateArchive(join(root, 'content'))
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const shownProblems = (html: string) =>
  unescape(/<pre data-dossier-problems>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '').split('\n');

describe('astro dev with a note that turns invalid', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    root = scratchDir('dev-');
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/basic'), join(root, 'content'), { recursive: true });
    note = join(root, 'content/applications/orbit-language-engineer.mdx');
    original = readFileSync(note, 'utf8');
    // Invalid from the start: the server must come up all the same and say why.
    writeFileSync(note, original.replace('stage: Phone Screen', 'stage: ofer'));
    // The dev server writes its root's .astro/ folder as a build does: it runs on a copy of the project
    // (--root), beside the test builds and `astro check`. --ignore-lock: a dev server of the user's own
    // may be running; this one starts beside it.
    const project = projectCopy(join(root, 'project'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const ready = nextOutput(/watching for file changes/);
    child = spawn(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--root',
        project,
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--ignore-lock',
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          // As the user starts it: vitest's NODE_ENV=test (and its own variables) make Astro's dev server
          // answer no page at all.
          ...Object.fromEntries(
            Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
          ),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          DOSSIER_CONTENT: join(root, 'content'),
          DOSSIER_CACHE_DIR: join(root, 'cache'),
        },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    const exited = new Promise<never>((_, reject) =>
      child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`))),
    );
    await Promise.race([ready, exited]);
    // The server's file watcher scans the whole project at start; a save before it reaches the notes goes
    // unheard. An edit of an article, heard and reloaded, says the watcher is on the notes.
    const article = join(root, 'content/articles/scaling-speech.mdx');
    const heard = nextOutput(/Reloaded data from scaling-speech\.mdx/);
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n`);
    await Promise.race([heard, exited]);
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  });

  it("started with an invalid note, serves the validator's lines instead of any page, then the page once fixed", async () => {
    const expected = validateLines();
    expect(expected).toEqual([expect.stringContaining('stage  found "ofer" (did you mean "Offer"?)')]);
    expect(output).toContain(expected[0]);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    for (const path of ['/', '/applications/orbit-language-engineer/']) {
      const shown = await page(path);
      expect(shown.status, path).toBe(500);
      expect(shownProblems(shown.body), path).toEqual(expected);
    }
    // The page with the lines is open in a browser; fixed, it reloads by itself into the note's page.
    const tab = await newTab();
    // It waits for the server's next check of the notes.
    const waiting = tab.waitForRequest((r) => r.url().includes('/__dossier/next-check'));
    await tab.goto(`${url}/applications/orbit-language-engineer/`);
    await waiting;
    expect(await tab.textContent('h1')).toBe('1 error in the notes');
    writeFileSync(note, original.replace('stage: Phone Screen', 'stage: Offer'));
    await tab.waitForSelector('.badge[data-stage="offer"]');
    expect(await tab.textContent('.badge')).toContain('Offer');
    const fixed = await page('/applications/orbit-language-engineer/');
    expect(fixed.status).toBe(200);
    await tab.close();
  });

  it("reloads an open page into the validator's lines once its note turns invalid, and into the fixed page", async () => {
    const tab = await newTab();
    // The page hears the server once Vite's client has connected.
    const connected = tab
      .waitForEvent('websocket')
      .then((ws) => ws.waitForEvent('framereceived', (f) => String(f.payload).includes('"connected"')));
    await tab.goto(`${url}/applications/orbit-language-engineer/`);
    await connected;
    expect(await tab.getAttribute('.badge', 'data-stage')).toBe('offer');
    const reported = nextOutput(/error\(s\) in the notes under/);
    writeFileSync(note, original.replace('stage: Phone Screen', 'stage: Ofer Made'));
    await reported;
    const expected = validateLines();
    expect(expected).toEqual([expect.stringContaining('stage  found "Ofer Made"')]);
    // The open tab leaves the last good page for the lines, and the server answers nothing else.
    await tab.waitForSelector('[data-dossier-problems]');
    expect((await tab.textContent('[data-dossier-problems]'))?.split('\n')).toEqual(expected);
    const shown = await page('/applications/orbit-language-engineer/');
    expect(shown.status).toBe(500);
    expect(shownProblems(shown.body)).toEqual(expected);
    // Fixed, the tab comes back by itself to the note's page, with the saved data.
    writeFileSync(note, original.replace('stage: Phone Screen', 'stage: Applied'));
    await tab.waitForSelector('.badge[data-stage="applied"]');
    const fixed = await page('/applications/orbit-language-engineer/');
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatch(/data-stage="applied"/);
    await tab.close();
  });
});
