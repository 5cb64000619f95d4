import type { DossierContext } from '../config/load.ts';
import type { Problem } from '../lib/problems.ts';
import type { NoteFile } from '../notes/note-files.ts';
import { validateContent } from '../validate/validate-content.ts';
import { prepareCopy, type PreparedCopy } from './prepare-copy.ts';

/**
 * Every check of `npm run validate` and of the build: the notes, then what
 * the mentor copy refuses in a shared note (code that reads files, an import
 * of an unshared note, an image outside the content root) and says about the
 * sharing options. Validate and both builds run it, so they accept the same
 * notes. The copy is worked out once; `onPrepared` receives it, so a mentor
 * build writes that very copy instead of working it out again.
 */
export function validateArchive(
  root: string,
  options: Omit<NonNullable<Parameters<typeof validateContent>[1]>, 'afterward'> & {
    onPrepared?: (copy: PreparedCopy, ctx: DossierContext, files: readonly NoteFile[]) => void;
  } = {},
): ReturnType<typeof validateContent> {
  const { onPrepared, ...rest } = options;
  return validateContent(root, {
    ...rest,
    afterward: (ctx, files): Problem[] => {
      const copy = prepareCopy(ctx, files);
      onPrepared?.(copy, ctx, files);
      return copy.problems;
    },
  });
}
