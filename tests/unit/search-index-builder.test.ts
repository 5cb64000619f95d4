import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchIndexBuilder } from '../../src/integrations/pagefind-index.ts';
import { spreadNotePages } from '../../src/integrations/search-prerenderer.ts';
import type { NoteFile } from '../../src/notes/note-files.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { readAllText } from '../helpers/read-dist.ts';

/** A note page as the site writes it, reduced to what Pagefind reads. */
const page = (title: string, words: string) =>
  `<html lang="en"><body><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${words}</p></article></body></html>`;

/**
 * The search index builder on its own, with Pagefind and a hand-made site:
 * a rebuild that starts from the pages the last build left (prefeed) must
 * give an index of the new pages only.
 */
describe('the search index, started from the pages of the last build', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-search-index-'));
  const site = join(work, 'site');
  const store = join(work, 'store');
  const notes = join(work, 'notes');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const write = (id: string, html: string) => {
    mkdirSync(join(site, 'applications', id), { recursive: true });
    writeFileSync(join(site, 'applications', id, 'index.html'), html);
  };
  const note = (id: string, time: Date): NoteFile => {
    const path = join(notes, `${id}.mdx`);
    mkdirSync(notes, { recursive: true });
    writeFileSync(path, '');
    utimesSync(path, time, time);
    return { collection: 'applications', path, shown: path, id };
  };
  const indexText = () => [...readAllText(join(site, 'pagefind')).values()].join('\n');

  it('replaces an edited page and drops a removed one, keeping what it read ahead', async () => {
    write('alpha', page('Alpha', 'quillberry orchard'));
    write('beta', page('Beta', 'tamarind lantern'));
    write('gamma', page('Gamma', 'velvetmoss harbour'));
    const first = await new SearchIndexBuilder(store, PROJECT_ROOT, 1).finish(site);
    expect(first).toMatchObject({ pages: 3, rebuilt: 1, ahead: 0 });
    expect(indexText()).toContain('tamarind');

    // The next build: alpha edited since the last index, so its bucket is read ahead from the old pages.
    const later = new Date(Date.now() + 60_000);
    const builder = new SearchIndexBuilder(store, PROJECT_ROOT, 1);
    await builder.prefeed(site, [
      note('alpha', later),
      note('beta', new Date(2020, 0, 1)),
      note('gamma', new Date(2020, 0, 1)),
    ]);
    // Then the build writes its pages: alpha's new words, beta gone.
    write('alpha', page('Alpha', 'quillberry cinnabarfield'));
    rmSync(join(site, 'applications', 'beta'), { recursive: true });
    const second = await builder.finish(site);

    // gamma came from the old pages, unchanged; alpha was given again.
    expect(second).toMatchObject({ pages: 2, rebuilt: 1, reindexed: 2, ahead: 1 });
    const text = indexText();
    expect(text).toContain('cinnabarfield');
    expect(text).toContain('velvetmoss');
    expect(text).not.toContain('orchard');
    expect(text).not.toContain('tamarind');
  });

  it('reads nothing ahead when no note changed since the last index', async () => {
    const builder = new SearchIndexBuilder(store, PROJECT_ROOT, 1);
    await builder.prefeed(site, [note('alpha', new Date(2020, 0, 1)), note('gamma', new Date(2020, 0, 1))]);
    expect(await builder.finish(site)).toMatchObject({ pages: 2, rebuilt: 0, ahead: 0 });
  });
});

describe('pages waiting for Pagefind', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-search-room-'));
  const site = join(work, 'site');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the renderer back while too many pages wait, and lets it go once Pagefind has taken them', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `note-${String(i).padStart(3, '0')}`);
    const files = ids.map((id) => `applications/${id}/index.html`);
    for (const [i, id] of ids.entries()) {
      mkdirSync(join(site, 'applications', id), { recursive: true });
      writeFileSync(join(site, files[i]!), page(id, `word${i} lanternfish`));
    }
    const builder = new SearchIndexBuilder(join(work, 'store'), PROJECT_ROOT, 1);
    await builder.expect(files);
    // Whether a promise has settled, read after the microtasks queued so far: taking a page needs a
    // message from Pagefind's process, which no microtask can bring.
    const state = (p: Promise<void>) => {
      let free = false;
      void p.then(() => (free = true));
      return Promise.resolve()
        .then(() => Promise.resolve())
        .then(() => (free ? 'free' : 'held'));
    };

    builder.offer(files[0]!, page(ids[0]!, 'word0 lanternfish'));
    expect(await state(builder.room())).toBe('free');
    // Offered in one go: Pagefind cannot have taken any of them yet.
    for (const [i, file] of files.entries()) if (i > 0) builder.offer(file, page(ids[i]!, `word${i} lanternfish`));
    const room = builder.room();
    expect(await state(room)).toBe('held');
    await room;
    expect(await builder.finish(site)).toMatchObject({ pages: 300, rebuilt: 1, ahead: 300 });
  });
});

describe('the order Astro renders pages in', () => {
  const isNote = (path: string) => path.startsWith('N');
  it.each([
    { paths: [], out: [] },
    { paths: ['O1', 'O2'], out: ['O1', 'O2'] },
    { paths: ['N1', 'N2'], out: ['N1', 'N2'] },
    // Astro lists a route's pages together; the note pages go among the first 80% of the others.
    {
      paths: ['O1', 'O2', 'O3', 'O4', 'O5', 'N1', 'N2', 'N3', 'N4'],
      out: ['N1', 'O1', 'N2', 'O2', 'N3', 'O3', 'N4', 'O4', 'O5'],
    },
    {
      paths: ['N1', 'N2', 'O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10'],
      out: ['N1', 'O1', 'O2', 'O3', 'O4', 'N2', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10'],
    },
    { paths: ['O1', 'N1', 'N2', 'N3'], out: ['N1', 'O1', 'N2', 'N3'] },
  ])('$paths → $out', ({ paths, out }) => {
    expect(spreadNotePages(paths, isNote)).toEqual(out);
  });

  it('takes the note pages bucket by bucket, each bucket in Astro order', () => {
    // The bucket is the digit after "N": N1a and N1b share bucket 1.
    const paths = ['O1', 'O2', 'O3', 'O4', 'O5', 'N2a', 'N1a', 'N2b', 'N1b'];
    expect(spreadNotePages(paths, isNote, (p) => Number(p[1]))).toEqual([
      'N1a',
      'O1',
      'N1b',
      'O2',
      'N2a',
      'O3',
      'N2b',
      'O4',
      'O5',
    ]);
  });
});
