import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settings } from '../config/settings.ts';
import { formatProblem } from '../lib/problems.ts';
import {
  changesFile,
  diffManifests,
  manifestOf,
  readManifest,
  writeManifest,
  type Manifest,
} from '../share/manifest.ts';
import { gatherPrivateValues } from '../share/private-values.ts';
import { checkCopy, describeCheck } from '../share/self-check.ts';
import { STAGED_NOTES_ENV, stageSharedNotes, stagedNotesFolder } from '../share/stage-notes.ts';
import { reusedPages } from './page-counts.ts';
import { SearchIndexBuilder } from './pagefind-index.ts';
import { searchPrerenderer } from './search-prerenderer.ts';
import { hidePageListing } from './quiet-routes.ts';
import { buildStartTime, pruneOutput } from './prune-output.ts';
import {
  checkArchive,
  checkArchiveBeside,
  setValidationGate,
  validationPassed,
  type BuildCheck,
} from '../validate/build-check.ts';
import { listNoteFiles, shownPath } from '../notes/note-files.ts';

type Logger = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['logger'];

/**
 * Every note is validated before anything is built: bad content stops the
 * build with the same lines `npm run validate` prints, and no stack trace.
 * In an owner build the check runs in a worker thread beside the content
 * sync, which compiles the same notes on the other core; the build waits for
 * it before the first page, and anything that fails while the notes load
 * waits for it first (src/validate/build-check.ts). A mentor build checks
 * first, as its staging depends on it.
 */
function validateBeforeBuild(cacheDir: URL, logger: Logger, beside: boolean): void {
  const { root } = settings();
  if (!existsSync(root)) {
    logger.error(
      `The content folder ${root} does not exist. Set DOSSIER_CONTENT to the folder that holds applications/ and articles/, or unset it to use content/.`,
    );
    process.exit(1);
  }
  const cacheFile = fileURLToPath(new URL('dossier-note-checks.bin', cacheDir));
  if (!beside) return reportCheck(checkArchive(root, cacheFile), root, logger);
  setValidationGate(checkArchiveBeside(root, cacheFile).then((check) => reportCheck(check, root, logger)));
}

/** Prints what validation found, as `npm run validate` does, and stops the build on errors. */
function reportCheck(check: BuildCheck, root: string, logger: Logger): void {
  logger.info(
    `Validated ${check.notes} note(s): ${check.notes - check.reused} checked, ${check.reused} reused (${check.ms} ms).`,
  );
  for (const p of check.problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
  if (check.errors > 0) {
    logger.error(
      `${check.errors} error(s) in the notes under ${root}; nothing was built. Fix them and build again (npm run validate checks without building).`,
    );
    // Exiting here, rather than throwing, keeps Astro from printing a stack trace after the messages.
    process.exit(1);
  }
}

/**
 * The mentor build reads its notes from a staged copy that holds only the
 * shared notes, redacted, and the images they show (src/share/stage-notes.ts).
 * The collections find that folder through the environment.
 */
function stageForMentor(cacheDir: URL, logger: Logger): Manifest {
  const ctx = settings();
  const staged = stageSharedNotes(ctx, listNoteFiles(ctx.root), stagedNotesFolder(fileURLToPath(cacheDir)));
  // Validation before the build ran the same staging and printed its warnings; errors stopped it there.
  const errors = staged.problems.filter((p) => p.severity === 'error').length;
  for (const p of staged.problems) if (p.severity === 'error') logger.error(formatProblem(p));
  if (errors > 0) {
    logger.error(
      `${errors} error(s) in shared notes; the mentor copy was not built. Fix them, or keep those notes private.`,
    );
    process.exit(1);
  }
  logger.info(`Mentor copy: ${staged.notes.length} shared note(s) and ${staged.assets.length} image(s) staged.`);
  process.env[STAGED_NOTES_ENV] = staged.root;
  // What changed since the previous copy, for the /changes/ page; the manifest itself is written only
  // once the finished copy has passed its self-check.
  const current = manifestOf(staged.notes, ctx, ctx.day);
  writeFileSync(changesFile(staged.root), JSON.stringify(diffManifests(readManifest(ctx.manifest), current)));
  return current;
}

/**
 * Checks the finished mentor copy for the owner's private values, with no
 * help from the code that filtered it (src/share/self-check.ts). Any hit
 * deletes the copy, so it cannot be deployed by mistake, and fails the build;
 * the messages name files and notes, never the values. On success the
 * manifest of this copy is saved for the next one's /changes/ page: it is
 * checked too, before it reaches the content root.
 */
function selfCheck(dir: string, manifest: Manifest, logger: Logger): void {
  const ctx = settings();
  const target = ctx.manifest;
  // The draft waits in the build cache, beside the staged notes, until the check has passed.
  const draft = `${process.env[STAGED_NOTES_ENV]}.manifest.json`;
  writeManifest(draft, manifest);
  const started = performance.now();
  const report = checkCopy(dir, gatherPrivateValues(ctx), [draft]);
  const lines = describeCheck(report, shownPath(dir));
  if (report.leaks.length > 0) {
    rmSync(draft, { force: true });
    for (const line of lines) logger.error(line);
    for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
    logger.error(
      `The mentor copy was deleted so it cannot be published. Make the notes named above private, or move the text into <Private> blocks, and build again.`,
    );
    process.exit(1);
  }
  writeManifest(target, manifest);
  rmSync(draft, { force: true });
  logger.info(`${lines[0]} (${Math.round(performance.now() - started)} ms)`);
}

/**
 * Dossier's build steps around Astro's own:
 * - before anything is built, every note is validated and bad content stops
 *   the build with the same `path:line:column  field  message` lines that
 *   `npm run validate` prints, and no stack trace;
 * - Pagefind indexes the note pages while Astro renders the rest, in buckets
 *   of which only those with a changed page are indexed again; the index is
 *   written when the pages are (./pagefind-index.ts). As in Starlight, this
 *   runs inside `astro build` so the index cannot be forgotten or go stale,
 *   and any Pagefind error fails the build.
 */
export default function dossier(): AstroIntegration {
  let mentorManifest: Manifest | undefined;
  let cacheDir: string | undefined;
  let projectRoot: string | undefined;
  let buildStarted = 0;
  let showPageListing = () => {};
  let search: SearchIndexBuilder | undefined;
  let base = '/';
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        projectRoot = fileURLToPath(config.root);
        base = config.base;
        if (command === 'build') {
          validateBeforeBuild(config.cacheDir, logger, settings().audience === 'owner' && settings().precompile);
          // The search index's buckets likely to change start going to Pagefind while the build goes on.
          search = new SearchIndexBuilder(join(cacheDir, 'dossier-pagefind'), projectRoot, settings().searchBuckets);
          void search.prefeed(settings().outDir, listNoteFiles(settings().root));
        }
        if ((command === 'build' || command === 'dev') && settings().audience === 'mentor')
          mentorManifest = stageForMentor(config.cacheDir, logger);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        await validationPassed();
        buildStarted = buildStartTime(settings().outDir);
        if (!settings().listPages) showPageListing = hidePageListing();
        setPrerenderer((astro) => searchPrerenderer(astro, search!, base, settings().outDir));
      },
      'astro:build:done': async ({ dir, pages: built, assets, logger }) => {
        showPageListing();
        const site = fileURLToPath(dir);
        const stale = pruneOutput(site, assets, buildStarted);
        if (stale) logger.info(`Removed ${stale} file(s) that earlier builds wrote and this one does not.`);
        const kept = reusedPages(cacheDir!, site, buildStarted);
        logger.info(`Pages: ${built.length - kept} rendered, ${kept} reused from the last build.`);
        const started = performance.now();
        const index = await search!.finish(site);
        logger.info(
          `Pagefind: ${index.pages} page(s) in ${index.buckets} bucket(s); ${index.rebuilt} indexed (${index.reindexed} page(s), ${index.ahead} parsed ahead), ${index.buckets - index.rebuilt} unchanged since the last build (${Math.round(performance.now() - started)} ms).`,
        );
        if (mentorManifest) selfCheck(site, mentorManifest, logger);
      },
    },
  };
}
