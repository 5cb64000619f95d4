import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentRootProblem } from '../config/content-root.ts';
import { settings } from '../config/settings.ts';
import { formatProblem } from '../lib/problems.ts';
import { listNoteFiles, shownPath } from '../notes/note-files.ts';
import { sweepUnusedAssets } from '../share/assets.ts';
import {
  changesFile,
  copyRecord,
  diffCopies,
  nextManifest,
  readManifest,
  setAsideManifest,
  writeManifest,
  type Manifest,
} from '../share/manifest.ts';
import { prepareCopy, preparedNotesFolder, writePreparedCopy, type PreparedCopy } from '../share/prepare-copy.ts';
import { gatherPrivateValues } from '../share/private-values.ts';
import { checkCopy, describeCheck } from '../share/self-check.ts';
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

type Logger = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['logger'];

/**
 * Every note is validated before anything is built: bad content stops the
 * build with the same lines `npm run validate` prints, and no stack trace.
 * In an owner build the check runs in a worker thread beside the content
 * sync, which compiles the same notes on the other core; the build waits for
 * it before the first page, and anything that fails while the notes load
 * waits for it first (src/validate/build-check.ts). A mentor build checks
 * first, in this thread: the mentor copy is worked out once, as part of the
 * check (`onPrepared`), and the build reads it.
 */
function validateBeforeBuild(
  cacheDir: string,
  logger: Logger,
  beside: boolean,
  onPrepared?: (copy: PreparedCopy) => void,
): void {
  const { root } = settings();
  const rootProblem = contentRootProblem(root);
  if (rootProblem) {
    logger.error(`${root}: ${rootProblem}`);
    process.exit(1);
  }
  const cacheFile = join(cacheDir, 'dossier-note-checks.bin');
  if (!beside) return reportCheck(checkArchive(root, cacheFile, onPrepared), root, logger);
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

/** What the mentor build carries from its start to its self-check. */
interface MentorBuild {
  /** The manifest to save once the copy has passed its self-check; undefined when it stays as it is. */
  manifest?: Manifest;
  /** The damaged manifest to move aside before saving the new one. */
  damaged: boolean;
}

/**
 * Writes the prepared copy of the shared notes where the collections read it
 * (src/share/prepare-copy.ts), and what changed since the copy to compare
 * with, for the /changes/ page. The manifest itself is saved only once the
 * finished copy has passed its self-check. A damaged manifest is reported
 * and counts as no earlier copy.
 */
function prepareForMentor(copy: PreparedCopy, logger: Logger): MentorBuild {
  const ctx = settings();
  const folder = preparedNotesFolder(ctx.cacheDir);
  writePreparedCopy(copy, folder);
  logger.info(`Mentor copy: ${copy.notes.length} shared note(s) and ${copy.copies.size} file(s) they show, prepared.`);
  const previous = readManifest(ctx.manifest);
  if (previous.problem)
    logger.warn(
      `${shownPath(ctx.manifest)}: ${previous.problem}. It is read as no earlier copy; once this copy is built it is kept as ${shownPath(ctx.manifest)}.damaged and a new record starts.`,
    );
  const current = copyRecord(copy.notes, ctx, ctx.now);
  const next = nextManifest(previous.manifest, current, ctx.shareSince);
  if (next.problem) {
    logger.error(`--since ${ctx.shareSince}: ${next.problem}. Nothing was built.`);
    process.exit(1);
  }
  writeFileSync(changesFile(folder), JSON.stringify(diffCopies(next.compareWith, current, ctx.stages.keys)));
  const unchanged = previous.manifest !== undefined && next.manifest.copies === previous.manifest.copies;
  return { ...(!unchanged && { manifest: next.manifest }), damaged: previous.problem !== undefined };
}

/** Where a mentor build writes its copy until the self-check has passed it. */
const uncheckedFolder = (outDir: string) => `${outDir.replace(/[/\\]+$/, '')}.unchecked`;

/**
 * Checks the finished mentor copy for the owner's private values, with no
 * help from the code that filtered it (src/share/self-check.ts), after
 * taking out of `_astro/` every file no page, stylesheet or script refers to.
 * Only a copy that passes becomes the output folder, in one rename; any hit
 * deletes it, so it cannot be deployed by mistake, and fails the build. The
 * messages name the notes and lines to fix, never the values. The manifest of
 * this copy is checked too, before it reaches the content root.
 */
function selfCheck(dir: string, mentor: MentorBuild, logger: Logger): void {
  const ctx = settings();
  const swept = sweepUnusedAssets(dir);
  if (swept.length) logger.info(`Mentor copy: ${swept.length} file(s) no page shows taken out of _astro/.`);
  // This copy's record waits in the build cache, beside the prepared notes, and is checked with the
  // copy. The earlier records were checked with their own copies: one of them may name a note that
  // was shared then and is private now, which the mentor saw and the record keeps.
  const draft = `${preparedNotesFolder(ctx.cacheDir)}.manifest.json`;
  if (mentor.manifest) writeManifest(draft, { version: 2, copies: mentor.manifest.copies.slice(0, 1) });
  const started = performance.now();
  const report = checkCopy(dir, gatherPrivateValues(ctx, ctx.cacheDir), mentor.manifest ? [draft] : []);
  const lines = describeCheck(report, shownPath(ctx.outDir));
  rmSync(draft, { force: true });
  if (report.leaks.length > 0) {
    for (const line of lines) logger.error(line);
    rmSync(dir, { recursive: true, force: true });
    logger.error(
      `The mentor copy was deleted so it cannot be published. Fix the lines named above (or make those notes private) and build again.`,
    );
    process.exit(1);
  }
  if (mentor.manifest) {
    if (mentor.damaged && existsSync(ctx.manifest)) setAsideManifest(ctx.manifest);
    writeManifest(ctx.manifest, mentor.manifest);
  }
  rmSync(ctx.outDir, { recursive: true, force: true });
  renameSync(dir, ctx.outDir);
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
  let mentor: MentorBuild | undefined;
  let cacheDir: string | undefined;
  let projectRoot: string | undefined;
  let buildStarted = 0;
  let showPageListing = () => {};
  let search: SearchIndexBuilder | undefined;
  let base = '/';
  /** Where this build writes its site: the output folder, or a mentor copy's unchecked folder. */
  let outDir = '';
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        projectRoot = fileURLToPath(config.root);
        base = config.base;
        const ctx = settings();
        outDir = ctx.outDir;
        // `astro build --outDir X` changes Astro's folder but not the one the search index, the pruning
        // and the mentor copy's self-check read (settings: DOSSIER_OUT_DIR). Refused, so nothing half-built stays.
        const given = fileURLToPath(config.outDir).replace(/[/\\]+$/, '');
        if (given !== ctx.outDir.replace(/[/\\]+$/, '')) {
          logger.error(
            `The output folder ${shownPath(given)} was given on the command line (--outDir); Dossier writes to ${shownPath(ctx.outDir)}. Set the folder with DOSSIER_OUT_DIR instead, e.g. DOSSIER_OUT_DIR=${shownPath(given)} npm run build.`,
          );
          process.exit(1);
        }
        let prepared: PreparedCopy | undefined;
        if (command === 'build')
          validateBeforeBuild(
            ctx.cacheDir,
            logger,
            ctx.audience === 'owner' && ctx.precompile,
            ctx.audience === 'mentor' ? (copy) => (prepared = copy) : undefined,
          );
        if ((command === 'build' || command === 'dev') && ctx.audience === 'mentor') {
          // A dev server does not validate first: its copy is worked out here, and refuses the same notes.
          if (!prepared) {
            prepared = prepareCopy(ctx, listNoteFiles(ctx.root));
            const errors = prepared.problems.filter((p) => p.severity === 'error');
            for (const p of errors) logger.error(formatProblem(p));
            if (errors.length) process.exit(1);
          }
          mentor = prepareForMentor(prepared, logger);
          if (command === 'build') {
            // The output folder holds only a copy that passed its self-check: none while this one is built.
            // So a mentor build starts from an empty folder, into which Astro copies back the pages its
            // cache reuses, as it did before the owner's folder was kept (prune-output.ts).
            outDir = uncheckedFolder(ctx.outDir);
            rmSync(ctx.outDir, { recursive: true, force: true });
            rmSync(outDir, { recursive: true, force: true });
            updateConfig({ outDir: pathToFileURL(`${outDir}/`) });
            // However the build ends (an error in a page, a stopped process), no unchecked copy stays behind.
            const unchecked = outDir;
            process.on('exit', () => rmSync(unchecked, { recursive: true, force: true }));
          }
        }
        if (command === 'build') {
          search = new SearchIndexBuilder(join(cacheDir, 'dossier-pagefind'), projectRoot, ctx.searchBuckets);
          // The owner's buckets likely to change start going to Pagefind, from the pages the last build
          // left, while the build goes on. A mentor build has no earlier pages: its folder starts empty.
          if (ctx.audience === 'owner') void search.prefeed(outDir, listNoteFiles(ctx.root));
        }
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        await validationPassed();
        buildStarted = buildStartTime(outDir);
        if (!settings().listPages) showPageListing = hidePageListing();
        setPrerenderer((astro) => searchPrerenderer(astro, search!, base, outDir));
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
        if (mentor) selfCheck(site, mentor, logger);
      },
    },
  };
}
