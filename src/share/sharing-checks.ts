import type { DossierContext } from '../config/load.ts';
import type { Problem } from '../lib/problems.ts';
import type { NoteFile } from '../notes/note-files.ts';
import { validateContent } from '../validate/validate-content.ts';
import { stageSharedNotes } from './stage-notes.ts';

/**
 * What the mentor copy refuses in a shared note (an import of an unshared note, import(), an image
 * outside the content root), as validation problems. `npm run validate` and both builds pass it to
 * validateContent, so validate and the builds accept the same notes.
 */
export function sharingProblems(ctx: DossierContext, files: readonly NoteFile[]): Problem[] {
  return stageSharedNotes(ctx, files).problems;
}

/** Every check of `npm run validate` and of the build: the notes, then what the mentor copy refuses. */
export function validateArchive(
  root: string,
  options: Omit<NonNullable<Parameters<typeof validateContent>[1]>, 'afterward'> = {},
): ReturnType<typeof validateContent> {
  return validateContent(root, { ...options, afterward: sharingProblems });
}
