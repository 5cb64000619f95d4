import { join, resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { fileData, readFeedbackText } from './check.ts';
import { FEEDBACK_DIR, findFeedbackFiles } from './files.ts';
import { readFeedback } from './format.ts';

/**
 * The `feedback` collection: one entry per feedback file under `root`'s
 * `feedback/` folder (src/feedback/format.ts reads it), keyed by its path
 * inside that folder. The collection is loaded from the content root for the
 * owner and from the mentor copy's own folder for a mentor
 * (src/content.config.ts decides which), which holds only the feedback the
 * owner shares; the catalog resolves each comment's note (src/catalog/feedback.ts).
 *
 * The build has validated the files already (src/feedback/check.ts); a
 * problem found here all the same (a file changed during `npm run dev`)
 * stops the sync with the same lines validate prints.
 */
export function feedbackLoader(root: string): Loader {
  const folder = join(root, FEEDBACK_DIR);
  return {
    name: 'dossier-feedback',
    load: async ({ store, generateDigest, watcher, logger }) => {
      const sync = () => {
        const { files, problems } = findFeedbackFiles(root);
        const entries = files.flatMap((file) => {
          const read = readFeedbackText(file);
          if ('problem' in read) {
            problems.push(read.problem);
            return [];
          }
          const written = readFeedback(read.text, file.shown);
          problems.push(...written.problems);
          const data = fileData(file, written) as unknown as Record<string, unknown>;
          return [{ id: file.name, data, digest: generateDigest(read.text) }];
        });
        const errors = problems.filter((p: Problem) => p.severity === 'error');
        if (errors.length) throw new Error(`Feedback files with errors:\n${errors.map(formatProblem).join('\n')}`);
        store.clear();
        for (const entry of entries) store.set(entry);
        // A collection the store has never seen warns on every page that asks for it; one entry set and
        // deleted again leaves it there, empty (as src/lib/empty-collection.ts does).
        if (entries.length === 0) {
          store.set({ id: 'none', data: {} });
          store.delete('none');
        }
      };
      sync();
      if (watcher) {
        watcher.add(folder);
        const inside = (path: string) => resolve(path).startsWith(folder + sep);
        watcher.on('all', (_event, path) => {
          if (!inside(path)) return;
          try {
            sync();
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
          }
        });
      }
    },
  };
}
