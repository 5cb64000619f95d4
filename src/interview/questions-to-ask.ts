import type { BodyFormat } from '../notes/private-blocks.ts';
import { bodyBlocks, foldHeading, plainText, sectionItems, type SectionItem } from './blocks.ts';

/** Headings of the section that holds the questions to ask the interviewer, compared folded. */
export const QUESTIONS_TO_ASK_HEADINGS = [
  'Questions to ask',
  'Questions for them',
  'Questions for the interviewer',
  'Questions I want to ask',
  'My questions',
];
const NAMES = QUESTIONS_TO_ASK_HEADINGS.map(foldHeading);

/**
 * The questions of an application's `## Questions to ask` section (at any
 * heading level, in any case), for the prep sheet's checklist: its list items
 * (`-`, `*`, `1.`, ticked or not), else its paragraphs. The section runs to
 * the next heading of its level or higher; its own sub-headings' lists count.
 */
export function questionsToAsk(body: string, format: BodyFormat): SectionItem[] {
  if (!/questions/i.test(body)) return [];
  const blocks = bodyBlocks(body, format);
  const start = blocks.findIndex(({ node }) => node.type === 'heading' && NAMES.includes(foldHeading(plainText(node))));
  if (start < 0) return [];
  const depth = blocks[start]!.node.depth ?? 6;
  let end = start + 1;
  while (end < blocks.length && !(blocks[end]!.node.type === 'heading' && (blocks[end]!.node.depth ?? 6) <= depth))
    end += 1;
  return sectionItems(blocks.slice(start + 1, end));
}
