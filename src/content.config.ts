import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { settings } from './config/settings.ts';
import { noteIdFromPath } from './lib/slug.ts';
import { collectionTable } from './schemas/collections.ts';
import { mentorNotesRoot } from './share/stage-notes.ts';

// The notes live outside src/: in content/ or wherever DOSSIER_CONTENT points. A mentor build
// reads a staged copy of the shared notes instead (src/share/stage-notes.ts), so nothing unshared,
// not even an image, is ever loaded into it.
const ctx = settings();
const root = ctx.audience === 'mentor' ? mentorNotesRoot() : ctx.root;

/** A collection of MDX notes in one folder of the content root; the id (and URL) comes from the file name. */
function notesIn(dir: string) {
  return glob({
    pattern: '**/*.{md,mdx}',
    base: pathToFileURL(join(root, dir) + '/'),
    generateId: ({ entry }) => noteIdFromPath(entry),
  });
}

// The same table of folders and schemas the validator checks notes against.
const table = collectionTable(ctx.stages);

export const collections = {
  applications: defineCollection({ loader: notesIn(table.applications.dir), schema: table.applications.schema }),
  articles: defineCollection({ loader: notesIn(table.articles.dir), schema: table.articles.schema }),
  companies: defineCollection({ loader: notesIn(table.companies.dir), schema: table.companies.schema }),
};
