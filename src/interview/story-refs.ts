import { slugify } from '../lib/slug.ts';
import type { StageIndex } from '../lib/stages.ts';
import type { BodyFormat } from '../notes/private-blocks.ts';
import { readDebriefs } from './debriefs.ts';

/** The story a mention names, among these ids: the id itself, or the slug of what was written ("Rater Drift" → rater-drift). */
export function resolveStory(written: string, ids: ReadonlySet<string>): string | undefined {
  const trimmed = written.trim();
  if (ids.has(trimmed)) return trimmed;
  const slug = slugify(trimmed.replace(/\.mdx?$/i, ''));
  return ids.has(slug) ? slug : undefined;
}

/** What a mention of a story the mentor copy leaves out becomes there. */
export const PRIVATE_STORY = 'a story kept private';

/**
 * A staged mentor note's text (`---` frontmatter, then the body) with every
 * debrief mention of a story that is not `shared` replaced by "a story kept
 * private": the story's file name would say what it is about. Mentions are
 * found where the debrief reader finds them (debriefs.ts), on the syntax tree.
 */
export function hideUnsharedStories(
  note: string,
  format: BodyFormat,
  shared: ReadonlySet<string>,
  stages: StageIndex,
): string {
  const start = note.startsWith('---\n') ? note.indexOf('\n---\n', 3) + 5 : 0;
  if (start < 5 && note.startsWith('---\n')) return note;
  const body = note.slice(start);
  const cuts = readDebriefs(body, format, stages)
    .debriefs.flatMap((d) => d.stories)
    .filter((m) => m.range && !resolveStory(m.written, shared))
    .map((m) => m.range!)
    .sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return note;
  let out = '';
  let last = 0;
  for (const cut of cuts) {
    if (cut.start < last) continue;
    out += body.slice(last, cut.start) + PRIVATE_STORY;
    last = cut.end;
  }
  return note.slice(0, start) + out + body.slice(last);
}
