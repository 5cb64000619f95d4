/**
 * The path the site is served under: `/` by default, or `$DOSSIER_BASE` for
 * a host that serves it from a sub-folder, such as a GitHub Pages project
 * site (`https://<user>.github.io/<repository>/` → `DOSSIER_BASE=/<repository>/`).
 * Read once, into `settings().base` (src/config/settings.ts); it imports
 * nothing, so the settings can stand on it.
 */

/** What a base path may contain: URL path segments of letters, digits, `-`, `_`, `.` and `~`. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** Why `value` is not a usable base path, or undefined when it is. */
export function basePathProblem(value: string): string | undefined {
  const segments = value.trim().split('/').filter(Boolean);
  const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
  if (bad !== undefined) {
    return `DOSSIER_BASE is "${value}": the segment "${bad}" is not allowed. Use a path such as /dossier/ (letters, digits, "-", "_", "." and "~" between slashes), or unset it to serve the site at /.`;
  }
  return undefined;
}

/** The base path, normalized to start and end with `/`; `/` when unset or unusable (the build reports that). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.DOSSIER_BASE?.trim();
  if (!value || basePathProblem(value)) return '/';
  const segments = value.split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}
