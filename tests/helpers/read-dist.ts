import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file of a build, relative path → bytes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The text of every file of a build, with Pagefind's gzip-compressed index
 * files decompressed, so a test can search all of what a build ships.
 */
export function readAllText(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of listFiles(dir)) {
    let bytes: Buffer = readFileSync(join(dir, file));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    out.set(file, bytes.toString('utf8'));
  }
  return out;
}

/** A page's HTML by URL path (`/companies/acme/` → companies/acme/index.html). */
export function readPage(dist: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(dist, file), 'utf8');
}
