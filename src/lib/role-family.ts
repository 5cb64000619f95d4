/** A role family and the phrases that put a position in it, as `dossier.config.yaml` gives them. */
export interface RoleFamilyRule {
  name: string;
  match: readonly string[];
}

type Rules = readonly RoleFamilyRule[];

/** Compiles one rule pattern: `/regex/flags` as written, a phrase as whole words in any case. */
function compile(pattern: string): RegExp {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) return new RegExp(regex[1]!, regex[2]!.includes('i') ? regex[2] : `${regex[2]}i`);
  const words = pattern
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${words.join('[\\s\\-_/]+')}(?:$|[^\\p{L}\\p{N}])`, 'iu');
}

/**
 * Builds the function that puts a position in a role family: the first rule
 * with a matching phrase wins; a position no rule matches falls in the
 * visible `unsorted` family rather than failing the build.
 */
export function createRoleFamilyMatcher(rules: Rules, unsorted: string): (position: string) => string {
  const compiled = rules.map((rule) => ({ name: rule.name, patterns: rule.match.map(compile) }));
  return (position) => compiled.find((rule) => rule.patterns.some((p) => p.test(position)))?.name ?? unsorted;
}
