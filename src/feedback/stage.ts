import { stringify } from 'yaml';
import type { UserConfig } from '../config/schema.ts';
import { isVisible } from '../notes/audience.ts';
import { fileData, readFeedbackText } from './check.ts';
import { findFeedbackFiles } from './files.ts';
import { readFeedback } from './format.ts';
import { resolveNoteKey } from './keys.ts';

/**
 * The feedback files of the mentor copy, as the copy's own folder holds them:
 * only the files the owner shares (`share: true`, or `share.default: shared`
 * and no `share: false`: the audience rule of src/notes/audience.ts), and of
 * those only the comments on notes the copy has (`sharedKeys`). Each is
 * written anew from what was read (front matter, then one `##` section per
 * comment, under its full key), so nothing else of the owner's file, such as
 * a comment on a private note or text no section holds, reaches the copy.
 * The mentor build then loads the copy's folder only, like its notes.
 */
export function sharedFeedback(
  root: string,
  config: Pick<UserConfig, 'share'>,
  sharedKeys: ReadonlySet<string>,
): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const file of findFeedbackFiles(root).files) {
    const read = readFeedbackText(file);
    if ('problem' in read) continue; // Validation refused it; the build stops before staging.
    const written = readFeedback(read.text, file.shown);
    if (!written.data || !isVisible(written.data.share, 'mentor', config)) continue;
    const data = fileData(file, written);
    const sections = written.comments.flatMap((comment) => {
      const key = resolveNoteKey(comment.written, sharedKeys);
      return key.ok ? [`## ${key.key}\n\nstatus: ${comment.status}\n\n${comment.markdown}\n`] : [];
    });
    const head = stringify({
      ...(data.from !== undefined ? { from: data.from } : {}),
      ...(data.date !== undefined ? { date: data.date } : {}),
      share: true,
    });
    out.push({ path: file.path, text: `---\n${head}---\n\n${sections.join('\n')}` });
  }
  return out;
}
