import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachFeedback } from '../../src/catalog/feedback.ts';
import { checkFeedback, type FeedbackFileData } from '../../src/feedback/check.ts';
import { renderComment } from '../../src/feedback/render.ts';
import { PRIVATE_BOX_OPEN } from '../../src/lib/private-box.ts';
import type { ApplicationNote } from '../../src/catalog/types.ts';

const COMMENT = 'Open with the result.\n\n<Private>My floor is Krumpet 70000.</Private>\n\nTwo slides.';

// privacy3 feedback-private-block: the owner's build showed the block's text with no private marker.
describe("a comment's <Private> block", () => {
  it("is shown in the Private box in the owner's build", () => {
    const html = renderComment(COMMENT, 'owner');
    expect(html.replace(/\n/g, '')).toContain(`${PRIVATE_BOX_OPEN}<p>My floor is Krumpet 70000.</p></div>`);
    expect(html).toMatch(/<p>Open with the result\.<\/p>[\s\S]*<p>Two slides\.<\/p>/);
  });

  it("is not in a mentor's catalog, nor on a mentor's page", () => {
    const file: FeedbackFileData = {
      name: '2026-12-01-anna.md',
      share: true,
      comments: [{ written: 'applications/a', line: 6, status: 'open', markdown: COMMENT }],
    };
    const note = { id: 'a' } as unknown as ApplicationNote;
    const [comment] = attachFeedback([file], [note], [], 'mentor', { share: { default: 'private' } } as never);
    expect(comment!.markdown).not.toContain('Krumpet');
    expect(comment!.markdown).toContain('Two slides.');
    expect(renderComment(comment!.markdown, 'mentor')).not.toContain('Private');
  });
});

describe('a <Private> tag the parser reads as text, in a comment', () => {
  it('is an error at its line, as in a note', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-feedback-lookalike-'));
    mkdirSync(join(root, 'feedback'));
    writeFileSync(
      join(root, 'feedback/2026-12-01-anna.md'),
      '---\nshare: true\n---\n\n## applications/a\n\nShown.\n\n< Private>Meant to be mine.</Private>\n\n`< Private>` in code is text.\n',
    );
    const problems = checkFeedback(root, new Set(['applications/a']), {
      config: { share: { default: 'private' } } as never,
      sharedKeys: new Set(['applications/a']),
    });
    expect(problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message.slice(0, 40)}`)).toEqual([
      '9:1 error "< Private" is text, not a <Private> tag',
    ]);
  });
});
