import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compileNote, NoteRenderError, OMITTED_BLOCK, PRIVATE_BLOCK, ready, type MdxRenderer } from './compile-note.ts';
import { compileKey, compileSalt } from './salt.ts';
import { COMPILE_KEY, readSideFile, sideFile, sideFolder, writeSideFile } from './side-files.ts';
import { validationPassed } from '../validate/build-check.ts';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

export interface PrecompileOptions {
  /** Whether the audience sees `<Private>` blocks (the owner) or not (the mentor: an empty component). */
  showsPrivate: boolean;
  audience: string;
  /** The build's cache folder for this audience, where the side files go. */
  cacheDir: string;
  /** Settings that change the HTML (part of every compile key). */
  settings: unknown;
}

interface Processor {
  createMdxRenderer?(shared: Record<string, unknown>, mdx: Record<string, unknown>): Promise<MdxRenderer>;
}

/**
 * `glob()` with the note bodies compiled once, at content sync, instead of
 * each `.mdx` note becoming a Vite module that every build bundles again.
 *
 * Each body goes through the site's configured MDX renderer (the same
 * Sätteri plugins, heading ids and Shiki) and the string runtime; the HTML
 * and headings go to a side file named by the compile key (body + salt), and
 * the stored entry keeps only the key and the headings. A note that needs
 * the full pipeline (`compileNote` says why) is stored as glob() stores it.
 * A body that fails to compile or throws fails the sync, naming the file.
 *
 * The entry digest is salted with the compile salt: when a plugin, a
 * version or a setting changes, every note is synced (and compiled) again,
 * and every page that shows a note gets a new cache key.
 */
export function precompiledNotes(globOptions: GlobOptions, options: PrecompileOptions): Loader {
  const inner = glob(globOptions);
  return {
    name: 'dossier-precompiled-notes',
    load: async (context) => {
      await ready;
      const { collection, logger, config } = context;
      const projectRoot = fileURLToPath(config.root);
      const markdown = config.markdown as unknown as Record<string, unknown> & { processor?: Processor };
      const salt = compileSalt({
        projectRoot,
        audience: options.audience,
        settings: [
          options.settings,
          markdown.syntaxHighlight,
          markdown.shikiConfig,
          markdown.gfm,
          markdown.smartypants,
        ],
      });
      let renderer: Promise<MdxRenderer> | undefined;
      const getRenderer = () => {
        const processor = markdown.processor;
        if (!processor?.createMdxRenderer) throw new Error('the markdown processor cannot render MDX');
        // The options @astrojs/mdx passes (it extends the markdown config; astro.config.mjs sets optimize).
        renderer ??= processor.createMdxRenderer(
          {
            syntaxHighlight: markdown.syntaxHighlight,
            shikiConfig: markdown.shikiConfig,
            gfm: markdown.gfm,
            smartypants: markdown.smartypants,
          },
          { optimize: true, srcDir: config.srcDir, sourcemap: false },
        );
        return renderer;
      };
      const privateBlock = options.showsPrivate ? PRIVATE_BLOCK : OMITTED_BLOCK;
      const stats = { compiled: 0, reasons: new Map<string, string>() };
      const failures: string[] = [];
      const pending: Promise<void>[] = [];
      let initialSyncDone = false;

      /** The newest version of each note handed to the store: an older compile never replaces it. */
      const newest = new Map<string, number>();
      let versions = 0;

      const compileAndStore = async (entry: StoredEntry, isNewest: () => boolean) => {
        const key = compileKey(salt, entry.filePath!, entry.body ?? '');
        const path = sideFile(options.cacheDir, collection, key);
        let headings;
        if (!existsSync(path)) {
          const result = await compileNote(
            await getRenderer(),
            entry.body ?? '',
            fileURLToPath(new URL(entry.filePath!, config.root)),
            entry.data,
            privateBlock,
          );
          if (result.kind === 'fallback') {
            stats.reasons.set(entry.filePath!, result.reason);
            if (isNewest()) context.store.set(entry);
            return;
          }
          writeSideFile(path, { headings: result.headings, html: result.html, body: entry.body ?? '' });
          headings = result.headings;
          stats.compiled++;
        } else {
          headings = readSideFile(path).headings;
        }
        // The body goes with the HTML, not into the data store, which Astro inlines whole into the
        // prerender bundle as one string literal (src/compile/note-html.ts's noteBody reads it back).
        const { deferredRender: _deferred, body: _body, ...rest } = entry;
        if (isNewest())
          context.store.set({ ...rest, rendered: { html: '', metadata: { headings, [COMPILE_KEY]: key } } });
      };

      const report = (entry: StoredEntry, error: unknown) => {
        const message = error instanceof NoteRenderError || error instanceof Error ? error.message : String(error);
        return `${entry.filePath}: ${message}`;
      };

      const store: LoaderContext['store'] = {
        ...context.store,
        set(entry) {
          if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx')) return context.store.set(entry);
          const version = ++versions;
          newest.set(entry.id, version);
          // A dev server's watcher: the note's new data is stored at once (its body rendered as a module,
          // as glob() does), so no page reads the version before it, such as the raw data of a note that
          // was invalid, while the body compiles; the compiled body then replaces it, unless a newer
          // save came first (compiles can finish out of order).
          if (initialSyncDone) context.store.set(entry);
          const job = compileAndStore(entry, () => newest.get(entry.id) === version).catch((error: unknown) => {
            // During the first sync every failure is collected and the sync fails; later (a dev
            // server's watcher) the note keeps its last good version and the error is shown.
            if (initialSyncDone) logger.error(report(entry, error));
            else failures.push(report(entry, error));
          });
          if (!initialSyncDone) pending.push(job);
          return true;
        },
      };
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' ? `${salt}\n${data}` : data);

      // glob() renders a `.md` note itself and only logs a failure, leaving the page empty: count it as one.
      const globLogger = Object.create(logger) as typeof logger;
      globLogger.error = (message: string) => {
        if (!initialSyncDone && message.startsWith('Error rendering ')) failures.push(`${collection}: ${message}`);
        else logger.error(message);
      };

      const sync = async () => {
        try {
          await inner.load({ ...context, store, generateDigest, logger: globLogger });
        } catch (error) {
          // A note Astro cannot load: validation, running beside the sync, names the problem as
          // `npm run validate` does, and stops the build, so its messages come first.
          await validationPassed();
          throw error;
        }
        await Promise.all(pending.splice(0));
        if (failures.length === 0) return;
        await validationPassed();
        const message = `${failures.length} note(s) could not be rendered:\n${failures.map((f) => `  ${f}`).join('\n')}`;
        // A dev server shows the error and keeps running; a build stops with the messages and no stack trace.
        if (context.watcher) throw new Error(message);
        for (const failure of failures) logger.error(failure);
        process.exit(1);
      };
      await sync();
      // An unchanged note is not synced again, and its body is no longer in the store: if a side
      // file has gone (a cache folder cleaned by hand), every note of the collection is synced anew.
      if (!sideFilesPresent(context, options.cacheDir)) {
        context.store.clear();
        await sync();
      }
      pruneSideFiles(context, options.cacheDir);
      initialSyncDone = true;
      // One line per collection, counting every note, including those an earlier build compiled.
      let precompiled = 0;
      const fallback: string[] = [];
      for (const entry of context.store.values()) {
        if (typeof entry.rendered?.metadata?.[COMPILE_KEY] === 'string') precompiled++;
        else if (entry.deferredRender && entry.filePath)
          fallback.push(
            `${entry.filePath}${stats.reasons.has(entry.filePath) ? ` (${stats.reasons.get(entry.filePath)})` : ''}`,
          );
      }
      logger.info(
        `${collection}: ${stats.compiled} note(s) compiled, ${precompiled - stats.compiled} reused, ${fallback.length} on the full MDX path` +
          fallback.map((f) => `\n  ${f}`).join(''),
      );
    },
  };
}

const keyOf = (entry: { rendered?: { metadata?: Record<string, unknown> } }) => {
  const key = entry.rendered?.metadata?.[COMPILE_KEY];
  return typeof key === 'string' ? key : undefined;
};

function sideFilesPresent(context: LoaderContext, cacheDir: string): boolean {
  for (const entry of context.store.values()) {
    const key = keyOf(entry);
    if (key !== undefined && !existsSync(sideFile(cacheDir, context.collection, key))) return false;
  }
  return true;
}

/** Removes the side files no entry refers to (a note edited or deleted since). */
function pruneSideFiles(context: LoaderContext, cacheDir: string): void {
  const folder = sideFolder(cacheDir, context.collection);
  if (!existsSync(folder)) return;
  const live = new Set<string>();
  for (const entry of context.store.values()) {
    const key = keyOf(entry);
    if (key !== undefined) live.add(`${key}.json`);
  }
  for (const name of readdirSync(folder)) if (!live.has(name)) rmSync(join(folder, name), { force: true });
}
