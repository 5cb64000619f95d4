import { render, type CollectionEntry } from 'astro:content';
import { settings } from '../config/settings.ts';
import type { NoteHeading } from './compile-note.ts';
import { COMPILE_KEY, readSideFile, sideFile, type CompiledNote } from './side-files.ts';

/** Any note entry Astro loaded; the catalog keeps it on its items so pages can render them. */
export type NoteEntry =
  | CollectionEntry<'applications'>
  | CollectionEntry<'articles'>
  | CollectionEntry<'companies'>
  | CollectionEntry<'stories'>;

/**
 * What pages read of a note's body: its HTML and its headings, whether the
 * note was precompiled at content sync (src/compile/loader.ts) or takes the
 * full MDX path. Pages never read side files or call `render` themselves.
 */

const compiled = (entry: NoteEntry): CompiledNote | undefined => {
  const key = entry.rendered?.metadata?.[COMPILE_KEY];
  return typeof key === 'string' ? readSideFile(sideFile(settings().cacheDir, entry.collection, key)) : undefined;
};

/** The note's HTML when it was precompiled; `undefined` when the page must render its `Content` (the full MDX path). */
export function noteHtml(entry: NoteEntry): string | undefined {
  return compiled(entry)?.html;
}

/**
 * The note's body as Astro's loader read it: a precompiled note's body is kept
 * with its HTML, out of the data store (src/compile/loader.ts).
 */
export function noteBody(entry: NoteEntry): string | undefined {
  return entry.body ?? compiled(entry)?.body;
}

/** The note's headings (depth, id, text), the same either way. */
export async function noteHeadings(entry: NoteEntry): Promise<NoteHeading[]> {
  const metadata = entry.rendered?.metadata;
  if (typeof metadata?.[COMPILE_KEY] === 'string') return (metadata.headings as NoteHeading[] | undefined) ?? [];
  return (await render(entry)).headings;
}
