import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTION_DIRS } from './config/content-root.ts';
import { settings } from './config/settings.ts';
import { noteIdFromPath } from './lib/slug.ts';
import { createApplicationSchema } from './schemas/application.ts';
import { mentorNotesRoot } from './share/stage-notes.ts';
import { ArticleSchema } from './schemas/article.ts';
import { CompanySchema } from './schemas/company.ts';

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

export const collections = {
  applications: defineCollection({ loader: notesIn(COLLECTION_DIRS.applications), schema: createApplicationSchema(ctx.stages) }),
  articles: defineCollection({ loader: notesIn(COLLECTION_DIRS.articles), schema: ArticleSchema }),
  companies: defineCollection({ loader: notesIn(COLLECTION_DIRS.companies), schema: CompanySchema }),
};
