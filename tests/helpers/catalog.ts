import { buildCatalog, type CatalogInput } from '../../src/catalog/build-catalog.ts';
import type { BuildMoment } from '../../src/config/build-day.ts';
import { createContext, type DossierContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import type { Audience } from '../../src/config/settings.ts';

/**
 * An application as a test writes it: its id, the front matter it sets (the
 * company is the id and the position "Linguist" unless it says otherwise) and
 * its body.
 */
export interface TestApplication {
  id: string;
  data: object;
  body?: string;
}

/** The context of a configuration: the default one unless given. */
export const testContext = (config: object = {}): DossierContext =>
  createContext('/nowhere', UserConfigSchema.parse(config));

/**
 * The catalog of these applications alone (no articles, no companies), each
 * read through the application schema as the build reads a note, built at
 * `now` for the owner unless `audience` says otherwise.
 */
export function applicationsCatalog(
  apps: TestApplication[],
  now: BuildMoment,
  { config = {}, audience = 'owner' }: { config?: object; audience?: Audience } = {},
) {
  const ctx = testContext(config);
  const schema = createApplicationSchema(ctx.stages);
  const input: CatalogInput<null> = {
    applications: apps.map((a) => ({
      id: a.id,
      data: schema.parse({ company: a.id, position: 'Linguist', ...a.data }),
      body: a.body ?? '',
      entry: null,
    })),
    articles: [],
    companies: [],
  };
  return buildCatalog(input, ctx, audience, now);
}

/** An application at `stage` with the one step that brought it there, on `date` (a day, or a day and time). */
export const atStageSince = (id: string, stage: string, date: string): TestApplication => ({
  id,
  data: { stage, history: [{ stage, date }] },
});
