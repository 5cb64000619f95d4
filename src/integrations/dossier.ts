import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../config/content-root.ts';
import { formatProblem } from '../lib/problems.ts';
import { validateContent } from '../validate/validate-content.ts';

/**
 * Dossier's build steps around Astro's own:
 * - before anything is built, every note is validated and bad content stops
 *   the build with the same `path:line:column  field  message` lines that
 *   `npm run validate` prints, and no stack trace;
 * - after the pages are written, Pagefind indexes them. As in Starlight, this
 *   runs inside `astro build` so the index cannot be forgotten or go stale,
 *   and any Pagefind error fails the build.
 */
export default function dossier(): AstroIntegration {
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const root = contentRoot();
        const report = validateContent(root);
        for (const p of report.problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        if (report.errors > 0) {
          logger.error(`${report.errors} error(s) in the notes under ${root}; nothing was built. Fix them and build again (npm run validate checks without building).`);
          // Exiting here, rather than throwing, keeps Astro from printing a stack trace after the messages.
          process.exit(1);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} page(s).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
