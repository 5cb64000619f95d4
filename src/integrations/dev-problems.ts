import { existsSync, mkdirSync, readFileSync, statSync, watch } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Plugin, ViteDevServer } from 'vite';
import { CONFIG_FILE } from '../config/load.ts';
import { settings } from '../config/settings.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { validateArchive } from '../share/sharing-checks.ts';
import { NoteCheckCache, validatorSalt } from '../validate/note-cache.ts';

/** How long the notes must be quiet after a file event before they are checked. */
const SETTLE_MS = 75;

/**
 * How long pages wait, once a note's fix made the notes valid again, for the content layer to write
 * its data (it does 500 ms after its last change, later on a loaded machine); past that, a fix that
 * changed no note's data lets them through. A fix of the configuration alone waits for nothing.
 */
const DATA_WAIT_MS = 10_000;

type Logger = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['logger'];

/** What the dev server tells about the notes: the same lines `npm run validate` prints. */
export interface DevReport {
  /** Every problem, errors and warnings, in validate's order. */
  problems: Problem[];
  errors: number;
  /** Counts the checks: a page showing the problems asks to hear of the next one. */
  version: number;
}

/** Where the problems page waits for the next check (under the base path). */
const NEXT_CHECK = '__dossier/next-check';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The page the dev server shows instead of any page while a note is invalid:
 * the lines `npm run validate` prints, and a few lines of script that wait
 * for the server's next check and then reload, so the page shows the note's
 * page (or the new problems) by itself once the notes are saved again.
 */
export function problemsPage(report: DevReport, base: string): string {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const heading =
    report.errors === 0
      ? 'The notes are valid again'
      : `${report.errors} error${report.errors === 1 ? '' : 's'} in the notes`;
  const says =
    report.errors === 0
      ? 'Loading them: this page reloads by itself in a moment.'
      : `The site is not shown while a note is invalid, as a build would stop. Fix ${report.errors === 1 ? 'it' : 'them'} and save: this page reloads by itself. <code>npm run validate</code> prints the same lines.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} · Dossier</title>
<script type="module">
  // Reload after the next check of the notes; again after a failed request (the server restarting).
  const wait = () =>
    fetch(${JSON.stringify(`${base}${NEXT_CHECK}?after=`)} + ${report.version}).then(
      (r) => (r.ok ? location.reload() : setTimeout(wait, 1000)),
      () => setTimeout(wait, 1000),
    );
  wait();
</script>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem; color: #1d1d1f; background: #fff; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; background: #fdf1f1; border-left: 4px solid #b3261e; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #151515; } pre { background: #3a1c1c; } }
</style>
</head>
<body>
<main>
<h1>${heading}</h1>
<p>${says}</p>
${errors.length ? `<pre data-dossier-problems>${escape(errors.map(formatProblem).join('\n'))}</pre>` : ''}
</main>
</body>
</html>
`;
}

/**
 * A request Astro would answer with a page or a route (an export, robots.txt, a path no page has): not
 * one of Vite's modules (`/@vite/`, `/@id/`, `/@fs/`, `/src/`, `/node_modules/`), a built asset
 * (`/_astro/`), Pagefind or a static file of public/.
 */
function isRouteRequest(req: IncomingMessage, base: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0]!;
  const inner = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  if (/^(?:@|_astro\/|node_modules\/|src\/|pagefind\/)/.test(inner)) return false;
  // A file of public/ (not the folder itself: `/` and `/applications/` are pages).
  let name: string;
  try {
    name = decodeURIComponent(inner);
  } catch {
    return true; // A malformed address is no file; Astro answers it.
  }
  return !(statSync(join(process.cwd(), 'public', name), { throwIfNoEntry: false })?.isFile() ?? false);
}

/**
 * `astro dev` with the build's checks: a note the build would refuse is
 * shown to the user, never a page built from its last good version. The
 * notes are checked when the server starts and again whenever a note or the
 * configuration changes, with the same code as `npm run validate` and the
 * build (src/share/sharing-checks.ts), so the messages are the same:
 * - the terminal prints every problem line, as the build does;
 * - open pages reload (Vite's full reload) into the page listing them, so a
 *   tab never stays on the last good page and always ends on a page that
 *   waits for the next check (Vite's error overlay would have nothing to
 *   take it away once the note is fixed: an overlay survives a reload only
 *   if the server says so, and a fix that Astro's content layer hears
 *   first sent no message that closes it);
 * - every request Astro would answer (pages and routes, not Vite's modules
 *   or static files) is answered with a page listing them (status 500)
 *   until the notes are valid again; then the problems page reloads into
 *   the page asked for, once Astro's content layer has written the new
 *   data (its data store file), so no page is built from the old data.
 *
 * Why not Astro's own report: its content layer, on a note that fails the
 * schema in dev, logs "Failed to reload …" and keeps the note's last good
 * entry in its data store (astro/dist/content/loaders/glob.js, `onChange`),
 * so the page goes on showing stale data, and with Astro's wording.
 */
export function devProblems(logger: Logger): Plugin {
  const ctx = settings();
  const root = ctx.root;
  const configFile = join(root, CONFIG_FILE);
  let current: DevReport = { problems: [], errors: 0, version: 0 };
  // Problems pages waiting to reload, and what they wait for.
  const listeners: ServerResponse[] = [];
  let cache: NoteCheckCache | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  // A change seen and not checked yet: requests wait for its check.
  let pending = false;
  const waiters: (() => void)[] = [];
  const whenChecked = (): Promise<void> =>
    !pending && !running ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
  // Valid again, and the pages wait for the content layer's next write of its data (or for a moment
  // without one: a fix that changes no note's data, such as one of two duplicate URLs renamed).
  let awaitingData: ReturnType<typeof setTimeout> | undefined;
  // A note was saved since the last check, and whether the content layer has written its data since.
  let noteSaved = false;
  let dataWritten = false;
  // The lines the last check found: a check that finds the same ones changes nothing for the pages.
  let shownLines = '';

  /**
   * Checks the notes. When they just became valid again, returns the files whose errors went away (the
   * content layer reads them again, see schedule); otherwise undefined.
   */
  const check = (server: ViteDevServer): string[] | undefined => {
    cache ??= new NoteCheckCache(
      join(ctx.cacheDir, 'dossier-note-checks.bin'),
      validatorSalt(existsSync(configFile) ? readFileSync(configFile, 'utf8') : '', {}),
    );
    const report = validateArchive(root, { cache });
    cache.save();
    const before = current;
    const lines = report.problems.map(formatProblem).join('\n');
    const changed = report.errors !== before.errors || lines !== shownLines;
    shownLines = lines;
    current = { problems: report.problems, errors: report.errors, version: before.version + (changed ? 1 : 0) };
    if (report.errors === 0) {
      if (before.errors === 0) return undefined;
      return [...new Set(before.problems.filter((p) => p.severity === 'error').map((p) => resolve(p.file)))];
    }
    if (!changed) return undefined;
    for (const p of report.problems)
      (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
    logger.error(
      `${report.errors} error(s) in the notes under ${root}; the dev server shows them instead of the pages.`,
    );
    // Open pages reload into the problems page (a problems page already open is not listening to Vite:
    // it reloads when its own wait for the next check ends).
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
    return undefined;
  };

  /** Lets the pages through: problems pages reload, open pages reload. */
  const release = (server: ViteDevServer) => {
    clearTimeout(awaitingData);
    awaitingData = undefined;
    for (const res of listeners.splice(0)) res.end(String(current.version));
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };

  // One check at a time; a change during a check asks for one more afterwards.
  const schedule = (server: ViteDevServer) => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        const saved = noteSaved;
        noteSaved = false;
        const version = current.version;
        try {
          const fixed = check(server);
          if (fixed) {
            logger.info('The notes are valid again.');
            // The content layer may have read a fixed note while it was being written (an editor truncates,
            // then writes): it then keeps what it read, such as empty data, and no later event tells it
            // otherwise. Each fixed note is read again, now that it checks whole, and pages wait for that data.
            const reread = fixed.filter((file) => existsSync(file));
            for (const file of reread) server.watcher.emit('change', file);
            if (reread.length > 0) dataWritten = false;
            if ((saved || reread.length > 0) && !dataWritten)
              awaitingData = setTimeout(() => release(server), DATA_WAIT_MS);
            else release(server);
          } else if (current.errors > 0 && current.version !== version) {
            // New problems: a problems page reloads to show them.
            for (const res of listeners.splice(0)) res.end(String(current.version));
          }
        } catch (error) {
          logger.error(`The notes could not be checked: ${error instanceof Error ? error.message : String(error)}`);
        }
        // Let the watcher's other events of the same save arrive before checking again.
        await new Promise((r) => setImmediate(r));
      } while (again);
      running = undefined;
      if (!pending) for (const resolve of waiters.splice(0)) resolve();
    })();
  };

  const concerns = (path: string) => {
    const rel = relative(root, path);
    return !rel.startsWith('..') && !isAbsolute(rel) && (/\.mdx?$/i.test(rel) || rel === CONFIG_FILE);
  };

  return {
    name: 'dossier:dev-problems',
    apply: 'serve',
    configureServer(server) {
      schedule(server);
      server.watcher.add(root);
      // A save is often several file events (truncate, write; or a temporary file and a rename): the
      // check waits until the notes have been quiet for a moment, as chokidar's awaitWriteFinish
      // would, so it reads what was saved rather than half of it.
      let settle: ReturnType<typeof setTimeout> | undefined;
      for (const event of ['add', 'change', 'unlink'] as const)
        server.watcher.on(event, (path: string) => {
          if (!concerns(path)) return;
          pending = true;
          if (relative(root, path) !== CONFIG_FILE) {
            noteSaved = true;
            dataWritten = false;
          }
          clearTimeout(settle);
          settle = setTimeout(() => {
            pending = false;
            schedule(server);
          }, SETTLE_MS);
        });
      // The content layer has written its data: pages waiting for it may come through. In dev, Astro keeps
      // its data store in the project's .astro/ folder, not in the cache folder a build uses
      // (astro/dist/content/paths.js, getDataStoreFile), and writes it by renaming a temporary file.
      const dataStore = join(server.config.root, '.astro', 'data-store.json');
      mkdirSync(dirname(dataStore), { recursive: true });
      const store = watch(dirname(dataStore), (_event, name) => {
        if (name !== basename(dataStore)) return;
        dataWritten = true;
        if (awaitingData && current.errors === 0) release(server);
      });
      server.httpServer?.once('close', () => store.close());
      const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
      // Before Astro's own handler (a plugin's configureServer adds middleware ahead of the post hooks).
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const [path, query] = (req.url ?? '').split('?');
        if (path === `${base}${NEXT_CHECK}`) {
          const after = Number(new URLSearchParams(query).get('after'));
          res.setHeader('Cache-Control', 'no-store');
          if (current.version !== after && current.errors > 0) return void res.end(String(current.version));
          if (current.errors === 0 && !awaitingData && !running && !pending)
            return void res.end(String(current.version));
          listeners.push(res);
          req.on('close', () => {
            const at = listeners.indexOf(res);
            if (at >= 0) listeners.splice(at, 1);
          });
          return;
        }
        if (!isRouteRequest(req, base)) return next();
        // While a note is invalid, every page asked for checks the notes again first: a save the file
        // watcher did not report (it happens on a loaded machine) is seen at the next reload. With the
        // note-check cache this reads the notes and checks only what changed.
        if (current.errors > 0 && !pending && !running) {
          noteSaved = true;
          dataWritten = false;
          schedule(server);
        }
        // A check under way, or about to start, decides: a page asked for right after a save must not be
        // built from the old note, nor from the data the content layer has not written yet.
        void whenChecked().then(() => {
          if (current.errors === 0 && !awaitingData) return next();
          res.statusCode = current.errors > 0 ? 500 : 503;
          res.setHeader('Cache-Control', 'no-store');
          if (!req.headers.accept?.includes('text/html')) {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            return void res.end(current.problems.map(formatProblem).join('\n'));
          }
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemsPage(current, base));
        });
      });
    },
  };
}

/** The integration that adds `devProblems` to `astro dev` (and nothing to a build, which checks the notes itself). */
export default function dossierDev(): AstroIntegration {
  return {
    name: 'dossier-dev',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [devProblems(logger)] } });
      },
    },
  };
}

/**
 * A collection's loader that keeps `astro dev` running, and its notes loading, while one of them is
 * invalid. Astro's content layer throws on the first note that fails the schema (or cannot be
 * read) during a collection's first load, which ends the dev server with a stack trace and leaves
 * the collection without the watcher glob() registers after a complete load, so a fix would never
 * be loaded. In dev, here:
 * - a note that fails the schema is stored as written, and the load goes on (`devProblems` shows
 *   the validator's lines instead of any page meanwhile, so nothing is built from it; the fixed note
 *   replaces it through glob()'s watcher);
 * - a collection whose load failed all the same (a note whose frontmatter cannot be read) loads
 *   again at each change of a note, until it succeeds.
 * Builds and `astro sync` (no watcher) fail as before.
 */
export function keepServingInDev(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const watcher = context.watcher;
      if (!watcher) return loader.load(context);
      const tolerant: LoaderContext = {
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch {
            return props.data;
          }
        },
      };
      try {
        await loader.load(tolerant);
        return;
      } catch {
        // The validator's lines are printed by devProblems; Astro's own wording would only repeat them.
        context.logger.warn(`${context.collection}: not loaded until its notes can be read (see the errors above)`);
      }
      let busy = false;
      let loaded = false;
      const retry = async (path: string) => {
        if (loaded || busy || !/\.mdx?$/i.test(path)) return;
        busy = true;
        try {
          await loader.load(tolerant);
          loaded = true;
          for (const event of ['add', 'change', 'unlink'] as const) watcher.off(event, retry);
          context.logger.info(`${context.collection}: loaded`);
        } catch {
          // Still unreadable: devProblems says why; the next change tries again.
        } finally {
          busy = false;
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, retry);
    },
  };
}
