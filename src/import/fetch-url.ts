import { ZIP_LIMITS, formatBytes } from './zip.ts';
import type { SourceUnit } from './types.ts';

/** Whether a command-line argument is a web address rather than a path. */
export const isWebAddress = (arg: string) => /^https?:\/\//i.test(arg);

export interface FetchedSources {
  units: SourceUnit[];
  failures: { label: string; reason: string }[];
}

/** How long a page may take to answer, in milliseconds. */
export const FETCH_TIMEOUT_MS = 20_000;

/** Why a request failed, in words: the error codes Node's fetch wraps in "fetch failed". */
function networkReason(error: unknown, url: URL, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? '';
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `${url.host} did not answer within ${timeoutMs / 1000} seconds; try again, or save the page in your browser ("Save page as…") and import the file`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `could not find the host ${url.hostname} (no network, or a typo in the address); save the page in your browser and import the file`;
  if (code === 'ECONNREFUSED')
    return `${url.host} refused the connection; save the page in your browser and import the file`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return `${url.host} closed the connection; try again, or save the page in your browser and import the file`;
  if (/certificate|CERT|SSL|TLS/i.test(`${code} ${e.cause?.message ?? ''}`))
    return `${url.host}'s secure connection could not be verified (${code || 'certificate'}); save the page in your browser and import the file`;
  return `could not fetch the page (${[code, e.cause?.message ?? e.message].filter(Boolean).join(': ').slice(0, 200)}); save the page in your browser and import the file`;
}

/** The page's charset from its Content-Type header or `<meta charset>`, for pages not in UTF-8. */
function charsetOf(contentType: string, bytes: Uint8Array): string {
  const header = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (header) return header;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

/**
 * Fetches web pages to import: each becomes a source like a saved `.html`
 * file, with its address as `url` and `importedFrom`. A page that cannot be
 * fetched, or that is not HTML, fails with a message saying why and what to do.
 */
export async function fetchSources(
  addresses: string[],
  opts: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<FetchedSources> {
  const out: FetchedSources = { units: [], failures: [] };
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? ZIP_LIMITS.maxTextBytes;
  for (const address of addresses) {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      out.failures.push({ label: address, reason: 'not a web address' });
      continue;
    }
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'user-agent': 'Mozilla/5.0 (compatible; Dossier importer)',
        },
      });
    } catch (error) {
      out.failures.push({ label: address, reason: networkReason(error, url, timeoutMs) });
      continue;
    }
    if (!response.ok) {
      out.failures.push({
        label: address,
        reason:
          `the server answered ${response.status} ${response.statusText || ''}`.trim() +
          (response.status === 403 || response.status === 401
            ? '; the site does not let programs read it: save the page in your browser and import the file'
            : ''),
      });
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(type)) {
      await response.body?.cancel();
      out.failures.push({
        label: address,
        reason: `the address returned ${type.split(';')[0] || 'something without a type'}, not a web page; download the file and import it (postings and articles as .html, .txt or .md; trackers as .csv)`,
      });
      continue;
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await response.body?.cancel();
      out.failures.push({
        label: address,
        reason: `the page is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} a note is imported from`,
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      out.failures.push({ label: address, reason: networkReason(error, url, timeoutMs) });
      continue;
    }
    if (bytes.length > maxBytes) {
      out.failures.push({
        label: address,
        reason: `the page is ${formatBytes(bytes.length)}, more than the ${formatBytes(maxBytes)} a note is imported from`,
      });
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder(charsetOf(type, bytes), { fatal: false }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
    }
    const final = response.url || url.href;
    const last = new URL(final).pathname.split('/').filter(Boolean).pop();
    out.units.push({
      label: address,
      name: `${last ? decodeURIComponent(last).replace(/\.html?$/i, '') : new URL(final).hostname}.html`,
      format: 'html',
      text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
      url: final,
      origin: final,
    });
  }
  return out;
}
