/**
 * Astro lists every page it writes, one line each: 2,126 lines for a 1,000-note archive, which
 * bury the few lines that matter (validation, notes compiled, pages reused, Pagefind). The
 * integration prints those counts itself; this drops the per-page lines while pages are written.
 *
 * Astro's logger writes each such line in two calls to `process.stdout.write`: the tree mark and
 * the page's path, then the render time or "(cached)" with the newline. Nothing else Astro prints
 * holds the tree mark. `DOSSIER_LIST_PAGES=1` or `astro build --verbose` keeps the listing
 * (settings.ts decides; the integration then does not call this).
 */
const TREE_MARK = '\u251C\u2500';
/** The end of a page's line, colours removed: ` (+16ms) `, ` (cached)`, ` (+2ms) (file not created…)`. */
const PAGE_LINE_END = /^\s*\((?:\+[^)]*|cached|restored)\)[^\n]*\n$/;
// eslint-disable-next-line no-control-regex -- terminal colour codes are what it removes
const ANSI = /\u001b\[[0-9;]*m/g;

/** Starts dropping Astro's per-page lines from standard output; returns the function that stops it. */
export function hidePageListing(stream: NodeJS.WriteStream = process.stdout): () => void {
  const write = stream.write;
  // Page lines still waiting for their end: the render time, "(cached)" or "(restored)". Pages may
  // render concurrently, so several paths can come before their ends.
  let open = 0;
  stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : '';
    const done = () => {
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return true;
    };
    if (text.includes(TREE_MARK)) {
      if (!text.includes('\n')) open++;
      return done();
    }
    if (open > 0 && PAGE_LINE_END.test(text.replace(ANSI, ''))) {
      open--;
      return done();
    }
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof stream.write;
  return () => {
    stream.write = write;
  };
}
