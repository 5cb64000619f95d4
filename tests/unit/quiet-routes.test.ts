import { describe, expect, it } from 'vitest';
import { hidePageListing } from '../../src/integrations/quiet-routes.ts';

/** A stand-in for process.stdout that keeps what reaches it. */
function fakeStream() {
  const written: string[] = [];
  const stream = { write: (chunk: string) => (written.push(chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
const path = (p: string) => `12:04:00   \u001b[34m\u251C\u2500\u001b[39m ${dim(p)}`;

describe('hidePageListing', () => {
  it.each([
    ['a rendered page', [path('/a/index.html'), ` ${dim('(+16ms)')} \n`], []],
    ['a cached page', [path('/a/index.html'), ` \u001b[32m(cached)\u001b[39m\n`], []],
    ['a restored page', [path('/a/index.html'), ` \u001b[32m(restored)\u001b[39m\n`], []],
    ['pages rendered at once', [path('/a/'), path('/b/'), ` ${dim('(+2ms)')} \n`, ` ${dim('(+3ms)')} \n`], []],
    [
      'the lines around the listing',
      ['\n generating static routes \n', path('/a/'), ` ${dim('(+1ms)')} \n`, '12:04:00 ✓ Completed in 323ms.\n'],
      ['\n generating static routes \n', '12:04:00 ✓ Completed in 323ms.\n'],
    ],
    ['a line in brackets with no page before it', ['(+5ms) is not a page\n'], ['(+5ms) is not a page\n']],
    ['a warning between a page and its end', [path('/a/'), '[WARN] slow\n', ` ${dim('(+9ms)')} \n`], ['[WARN] slow\n']],
  ])('%s', (_name, writes, expected) => {
    const { stream, written } = fakeStream();
    const restore = hidePageListing(stream);
    for (const w of writes) stream.write(w);
    restore();
    stream.write('after\n');
    expect(written).toEqual([...expected, 'after\n']);
  });
});
