import { z } from 'astro/zod';
import { shareFlag, text, textList } from './fields.ts';

/**
 * Frontmatter of `stories/*.mdx`: one story for interviews, told in the STAR
 * shape (the body's `## Situation`, `## Task`, `## Action`, `## Result`). The
 * story bank (`/stories/`) lays stories out by competency, the prep sheet
 * matches them to a posting's requirements, and a debrief's "Stories told"
 * counts their use.
 */
export const StorySchema = z
  .object({
    /** What the story is about, in a few words. @example 'Rater drift caught before a release' */
    title: text().pipe(z.string().min(1, 'title is empty; give the story a title')),
    /**
     * The competencies the story shows, as you name them; the story bank has a column for each.
     * At least one. @example [data quality, stakeholder management]
     */
    competencies: textList().pipe(
      z.array(z.string()).min(1, { error: 'found none; name at least one, e.g. [data quality]' }),
    ),
    /** Free tags; matched against a posting's requirements like competencies. */
    tags: textList(),
    /** Whether the mentor build includes this story; only `true` shares. */
    share: shareFlag(),
  })
  .strict();

export type StoryData = z.output<typeof StorySchema>;
