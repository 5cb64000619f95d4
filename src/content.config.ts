import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { showsPrivateBlocks } from './notes/audience.ts';
import { precompiledNotes } from './compile/loader.ts';
import { keepServingInDev } from './integrations/dev-problems.ts';
import { feedbackLoader } from './feedback/loader.ts';
import { settings } from './config/settings.ts';
import { emptyCollection } from './lib/empty-collection.ts';
import { noteIdFromPath } from './lib/slug.ts';
import { collectionTable } from './schemas/collections.ts';
import { preparedNotesRoot } from './share/prepare-copy.ts';

// The notes live outside src/: in content/ or wherever DOSSIER_CONTENT points. A mentor build
// reads the copy of the shared notes it prepared in its cache folder instead (src/share/prepare-copy.ts),
// so nothing unshared, not even an image, is ever loaded into it; without that copy it stops.
const ctx = settings();
const root = ctx.audience === 'mentor' ? preparedNotesRoot(ctx.cacheDir) : ctx.root;

/**
 * A collection of MDX notes in one folder of the content root; the id (and URL) comes from the file
 * name. Bodies are compiled once at sync (src/compile/loader.ts); DOSSIER_PRECOMPILE=0 leaves every
 * note a Vite module, as glob() alone does.
 */
function notesIn(dir: string) {
  // An optional folder the archive lacks (companies/) is an empty collection, without warnings.
  if (!existsSync(join(root, dir))) return emptyCollection();
  const options = {
    pattern: '**/*.{md,mdx}',
    base: pathToFileURL(join(root, dir) + '/'),
    generateId: ({ entry }: { entry: string }) => noteIdFromPath(entry),
  };
  // `astro dev` keeps running while a note is invalid, and shows why (src/integrations/dev-problems.ts).
  if (!ctx.precompile) return keepServingInDev(glob(options));
  return keepServingInDev(
    precompiledNotes(options, {
      showsPrivate: showsPrivateBlocks(ctx.audience),
      audience: ctx.audience,
      cacheDir: ctx.cacheDir,
      settings: { config: ctx.config, base: ctx.base },
    }),
  );
}

// The same table of folders and schemas the validator checks notes against.
const table = collectionTable(ctx.stages, ctx.reasons);

export const collections = {
  applications: defineCollection({ loader: notesIn(table.applications.dir), schema: table.applications.schema }),
  articles: defineCollection({ loader: notesIn(table.articles.dir), schema: table.articles.schema }),
  companies: defineCollection({ loader: notesIn(table.companies.dir), schema: table.companies.schema }),
  stories: defineCollection({ loader: notesIn(table.stories.dir), schema: table.stories.schema }),
  // A mentor's feedback files (src/feedback/): from the same root, so a mentor build sees only shared ones.
  feedback: defineCollection({ loader: feedbackLoader(root) }),
};
