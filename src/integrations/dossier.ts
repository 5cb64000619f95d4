import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE } from '../config/load.ts';
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
import { validateArchive } from '../share/sharing-checks.ts';
import { NoteCheckCache, validatorSalt } from '../validate/note-cache.ts';
import { reusedPages } from './page-counts.ts';
import { writeSearchIndex } from './pagefind-index.ts';
import { hidePageListing } from './quiet-routes.ts';

type Logger = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['logger'];

/**
 * Every note is validated before anything is built: bad content stops the
 * build with the same lines `npm run validate` prints, and no stack trace.
 * The mentor copy is worked out once, as part of it (`onPrepared`).
 */
function validateBeforeBuild(cacheDir: string, logger: Logger, onPrepared: (copy: PreparedCopy) => void): void {
  const { root } = settings();
  if (!existsSync(root)) {
    logger.error(
      `The content folder ${root} does not exist. Set DOSSIER_CONTENT to the folder that holds applications/ and articles/, or unset it to use content/.`,
    );
    process.exit(1);
  }
  const started = performance.now();
  // Each note's own checks are reused while its bytes, the configuration and validation's code stay the
  // same (src/validate/note-cache.ts); the checks across notes run over all of them every time.
  const configFile = join(root, CONFIG_FILE);
  const cache = new NoteCheckCache(
    join(cacheDir, 'dossier-note-checks.bin'),
    validatorSalt(existsSync(configFile) ? readFileSync(configFile, 'utf8') : '', {}),
  );
  const report = validateArchive(root, { cache, onPrepared });
  cache.save();
  logger.info(
    `Validated ${report.notes} note(s): ${report.notes - cache.reused} checked, ${cache.reused} reused (${Math.round(performance.now() - started)} ms).`,
  );
  for (const p of report.problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
  if (report.errors > 0) {
    logger.error(
      `${report.errors} error(s) in the notes under ${root}; nothing was built. Fix them and build again (npm run validate checks without building).`,
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
  const current = copyRecord(copy.notes, ctx, ctx.day);
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
 * - after the pages are written, Pagefind indexes them. As in Starlight, this
 *   runs inside `astro build` so the index cannot be forgotten or go stale,
 *   and any Pagefind error fails the build; when no indexed page changed
 *   since the last build, its index is reused (./pagefind-index.ts).
 */
export default function dossier(): AstroIntegration {
  let mentor: MentorBuild | undefined;
  let cacheDir: string | undefined;
  let projectRoot: string | undefined;
  let buildStarted = 0;
  let showPageListing = () => {};
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        projectRoot = fileURLToPath(config.root);
        const ctx = settings();
        let prepared: PreparedCopy | undefined;
        if (command === 'build') validateBeforeBuild(ctx.cacheDir, logger, (copy) => (prepared = copy));
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
            const unchecked = uncheckedFolder(ctx.outDir);
            rmSync(ctx.outDir, { recursive: true, force: true });
            rmSync(unchecked, { recursive: true, force: true });
            updateConfig({ outDir: pathToFileURL(`${unchecked}/`) });
            // However the build ends (an error in a page, a stopped process), no unchecked copy stays behind.
            process.on('exit', () => rmSync(unchecked, { recursive: true, force: true }));
          }
        }
      },
      'astro:build:start': () => {
        buildStarted = Date.now();
        if (!settings().listPages) showPageListing = hidePageListing();
      },
      'astro:build:done': async ({ dir, pages: built, logger }) => {
        showPageListing();
        const site = fileURLToPath(dir);
        const kept = reusedPages(cacheDir!, site, buildStarted);
        logger.info(`Pages: ${built.length - kept} rendered, ${kept} reused from the last build.`);
        const started = performance.now();
        const { pages, reused } = await writeSearchIndex(site, join(cacheDir!, 'dossier-pagefind'), projectRoot!);
        const ms = Math.round(performance.now() - started);
        logger.info(
          reused
            ? `Pagefind: ${pages} page(s) unchanged since the last build; index reused (${ms} ms).`
            : `Pagefind: indexed ${pages} page(s) (${ms} ms).`,
        );
        if (mentor) selfCheck(site, mentor, logger);
      },
    },
  };
}
