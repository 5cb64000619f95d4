import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandArgs, readCommandSettings } from './command-args.ts';
import { COLLECTION_DIRS } from '../config/content-root.ts';
import { buildMoment } from '../config/build-day.ts';
import { didYouMean } from '../lib/suggest.ts';
import { initialStage, isSavedKind } from '../lib/stages.ts';
import { noteSlug } from '../import/build-note.ts';
import { writeAtomic } from '../import/write-note.ts';
import { shownPath } from '../notes/note-files.ts';
import { applicationTemplate, articleTemplate } from '../edit/template.ts';
import { frontmatterText, type FrontmatterValue } from '../edit/yaml-text.ts';

const USAGE = `Usage:
  npm run new -- application --company X --position Y [--stage S] [--url U]
  npm run new -- article --title T [--url U]`;

export interface NewResult {
  code: number;
  /** What to print on stdout (the new note's path) or stderr (why not). */
  message: string;
}

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Creates a note dated today with the user's template, and never overwrites
 * one: the same company, position and day twice is refused.
 */
export function newNote(argv: string[], opts: { root?: string; now?: Date } = {}): NewResult {
  const { args, refused } = readCommandArgs(
    argv,
    {
      company: { type: 'string' },
      position: { type: 'string' },
      stage: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
    },
    USAGE,
  );
  if (refused) return refused;
  const [kind, ...rest] = args.positionals;
  if (rest.length)
    return {
      code: 2,
      message: `unexpected "${rest.join(' ')}"; quote values with spaces, e.g. --position "Language Engineer I"\n\n${USAGE}`,
    };
  // The build's settings, so a new note is read as the build will read it; the content root may not exist yet.
  const { settings: ctx, refused: noSettings } = readCommandSettings(opts.root);
  if (noSettings) return noSettings;
  const { root } = ctx;
  // Today as the build counts it (SOURCE_DATE_EPOCH pins it).
  const date = buildMoment(process.env, () => opts.now ?? new Date()).day;
  const { company, position, stage, url, title } = args.values;
  if (url !== undefined && !isWebUrl(url))
    return { code: 1, message: `--url "${url}" is not a web address; give one starting with https://` };
  let dir: string;
  let slug: string;
  let frontmatter: Record<string, FrontmatterValue | undefined>;
  let body: string;
  if (kind === 'application') {
    if (!company?.trim() || !position?.trim())
      return { code: 2, message: `an application needs --company and --position\n\n${USAGE}` };
    // A new application was sent today unless the stage says otherwise.
    const key = stage === undefined ? initialStage(ctx.stages, true) : ctx.stages.normalize(stage);
    if (!key) {
      return {
        code: 1,
        message: `unknown stage "${stage}"${didYouMean(stage!, [...ctx.stages.names, ...ctx.stages.keys])}; the stages are ${ctx.stages.keys.join(', ')}`,
      };
    }
    dir = COLLECTION_DIRS.applications;
    slug = noteSlug([company, position, date]);
    // A posting saved for later was not applied to: its day is the day it was saved, as a history step.
    const saved = isSavedKind(ctx.stages.kind(key));
    frontmatter = {
      company: company.trim(),
      position: position.trim(),
      stage: key,
      applied: saved ? undefined : { day: date },
      url,
      history: saved ? { steps: [{ stage: key, date: { day: date } }] } : undefined,
    };
    body = applicationTemplate();
  } else if (kind === 'article') {
    if (!title?.trim()) return { code: 2, message: `an article needs --title\n\n${USAGE}` };
    dir = COLLECTION_DIRS.articles;
    slug = noteSlug([title, date]);
    frontmatter = { title: title.trim(), url, read: { day: date } };
    body = articleTemplate();
  } else {
    return {
      code: 2,
      message: `${kind ? `unknown note kind "${kind}"${didYouMean(kind, ['application', 'article'])}` : 'say which note to create'}\n\n${USAGE}`,
    };
  }
  const file = join(root, dir, `${slug}.mdx`);
  const shown = shownPath(file);
  if (existsSync(file))
    return {
      code: 1,
      message: `${shown} already exists; it was not overwritten. Open it, or create the note under another name.`,
    };
  writeAtomic(file, `---\n${frontmatterText(frontmatter)}---\n\n${body}`);
  return { code: 0, message: shown };
}

if (import.meta.main) {
  const result = newNote(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  process.exitCode = result.code;
}
