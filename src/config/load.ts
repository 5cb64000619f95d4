import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locateIn, readYaml } from '../lib/frontmatter.ts';
import { ProblemsError, type Problem } from '../lib/problems.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { createRoleFamilyMatcher } from '../lib/role-family.ts';
import { createStageIndex, type StageIndex } from '../lib/stages.ts';
import { createReasonIndex, type ReasonIndex } from '../lib/outcome-reasons.ts';
import { UserConfigSchema, type UserConfig } from './schema.ts';

/** The configuration file's name, looked for at the content root. */
export const CONFIG_FILE = 'dossier.config.yaml';

/** The configuration with the lookups every module derives from it. */
export interface DossierContext {
  /** Absolute path of the content root. */
  root: string;
  config: UserConfig;
  stages: StageIndex;
  /** The reasons an application's `outcome.reason` may give. */
  reasons: ReasonIndex;
  /** The role family of a position, by the configured rules. */
  roleFamilyOf: (position: string) => string;
}

/**
 * Reads `dossier.config.yaml` from the content root (defaults when there is
 * none) and validates it. Bad configuration throws a ProblemsError naming the
 * file, line and option.
 */
export function loadUserConfig(root: string): UserConfig {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return UserConfigSchema.parse({});
  const shown = relative(process.cwd(), file) || file;
  // The same reader as the notes' frontmatter: an alias bomb is a mistake in the file, with its line.
  const { doc, lineCounter, data, errors } = readYaml(
    readFileSync(file, 'utf8').replace(/^\uFEFF/, ''),
    1,
    'not valid YAML: ',
  );
  if (errors.length)
    throw new ProblemsError(errors.map((e): Problem => ({ file: shown, ...e, field: '-', severity: 'error' })));
  const result = UserConfigSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    throw new ProblemsError(
      issuesToProblems(
        shown,
        result.error.issues,
        (path, at = 'value') => locateIn(doc, lineCounter, path, at, 1),
        Object.keys(UserConfigSchema.shape),
      ),
    );
  }
  return result.data;
}

/** Builds the shared lookups from a configuration. */
export function createContext(root: string, config: UserConfig): DossierContext {
  return {
    root,
    config,
    stages: createStageIndex(config.stages),
    reasons: createReasonIndex(config.outcomeReasons),
    roleFamilyOf: createRoleFamilyMatcher(config.roleFamilies, config.unsortedFamily),
  };
}

const cache = new Map<string, DossierContext>();

/** The context of a content root, read once per process. */
export function loadContext(root: string): DossierContext {
  let ctx = cache.get(root);
  if (!ctx) {
    ctx = createContext(root, loadUserConfig(root));
    cache.set(root, ctx);
  }
  return ctx;
}
