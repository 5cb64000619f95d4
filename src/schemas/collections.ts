import type { z } from 'astro/zod';
import { COLLECTION_DIRS, type CollectionName } from '../config/content-root.ts';
import { createStageIndex, type StageIndex } from '../lib/stages.ts';
import type { ReasonIndex } from '../lib/outcome-reasons.ts';
import { createApplicationSchema } from './application.ts';
import { ArticleSchema } from './article.ts';
import { CompanySchema } from './company.ts';
import { StorySchema } from './story.ts';

/** One collection of notes: where its files are and what their frontmatter must be. */
export interface Collection {
  /** The folder under the content root. */
  dir: string;
  /** What one note of it is, as pages and messages name it. */
  kind: 'application' | 'article' | 'company' | 'story';
  schema: z.ZodObject;
}

/**
 * The table of collections, read by `content.config.ts` (Astro's loader) and
 * by the validator alike, so the build and `npm run validate` check each
 * folder against the same schema. The application schema depends on the
 * configured stages and outcome reasons (the defaults when none are given).
 */
export function collectionTable(stages: StageIndex, reasons?: ReasonIndex) {
  return {
    applications: {
      dir: COLLECTION_DIRS.applications,
      kind: 'application',
      schema: createApplicationSchema(stages, reasons),
    },
    articles: { dir: COLLECTION_DIRS.articles, kind: 'article', schema: ArticleSchema },
    companies: { dir: COLLECTION_DIRS.companies, kind: 'company', schema: CompanySchema },
    stories: { dir: COLLECTION_DIRS.stories, kind: 'story', schema: StorySchema },
  } as const satisfies Record<CollectionName, Collection>;
}

/**
 * The fields of each collection in the order its schema declares them: the
 * order the importer writes frontmatter in, so a field added to a schema
 * needs no second list. (Which fields exist does not depend on the stages.)
 */
export const FIELD_ORDER: Record<CollectionName, readonly string[]> = (() => {
  const table = collectionTable(createStageIndex([]));
  return {
    applications: Object.keys(table.applications.schema.shape),
    articles: Object.keys(table.articles.schema.shape),
    companies: Object.keys(table.companies.schema.shape),
    stories: Object.keys(table.stories.schema.shape),
  };
})();
