import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
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

/** How many redirects a page may take before the importer gives up. */
const MAX_REDIRECTS = 5;

/** Loopback, private, link-local and other addresses that are not the public web (IPv4 and IPv6). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is loopback, private or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** Options of a fetch: limits, and which local addresses may be fetched. */
export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * `--allow-local`: fetch loopback and private addresses too (a page served
   * on this machine or the local network). A function allows only the
   * addresses it accepts. By default they are refused, also after a redirect,
   * so a public page cannot point the importer at the user's own machine.
   */
  allowLocal?: boolean | ((url: URL) => boolean);
}

/** Why an address may not be fetched, or undefined when it may: every address its host resolves to must be public. */
async function refusal(url: URL, allowLocal: FetchOptions['allowLocal']): Promise<string | undefined> {
  if (allowLocal === true || (typeof allowLocal === 'function' && allowLocal(url))) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else if (/^localhost$|\.localhost$/i.test(host)) addresses = ['127.0.0.1'];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      return undefined; // fetch reports the unknown host in its own words
    }
  }
  const local = addresses.find(isPrivateAddress);
  return local
    ? `${url.host} is a local or private address (${local}); the importer fetches only public web pages unless you pass --allow-local`
    : undefined;
}

/** The body of a response, read as it arrives and stopped past `maxBytes`: an endless answer never fills memory. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | { tooLarge: number }> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { tooLarge: total };
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Fetches web pages to import: each becomes a source like a saved `.html`
 * file, with its address as `url` and `importedFrom`. A page that cannot be
 * fetched, or that is not HTML, fails with a message saying why and what to do.
 * Redirects are followed one by one (at most MAX_REDIRECTS), each checked like
 * the first address; the body is read as a stream and given up past the limit.
 */
export async function fetchSources(addresses: string[], opts: FetchOptions = {}): Promise<FetchedSources> {
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
    const fail = (reason: string) => out.failures.push({ label: address, reason });
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response | undefined;
    let refused: string | undefined;
    try {
      for (let hop = 0; ; hop++) {
        refused = await refusal(url, opts.allowLocal);
        if (refused) break;
        response = await fetch(url, {
          redirect: 'manual',
          signal,
          headers: {
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
            'user-agent': 'Mozilla/5.0 (compatible; Dossier importer)',
          },
        });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location) break;
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) {
          refused = `the address redirected more than ${MAX_REDIRECTS} times; open it in your browser, save the page and import the file`;
          break;
        }
        url = new URL(location, url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          refused = `the address redirected to ${url.protocol} (not a web page)`;
          break;
        }
      }
    } catch (error) {
      fail(networkReason(error, url, timeoutMs));
      continue;
    }
    if (refused || !response) {
      fail(refused ?? 'no answer');
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      fail(
        `the server answered ${response.status} ${response.statusText || ''}`.trim() +
          (response.status === 403 || response.status === 401
            ? '; the site does not let programs read it: save the page in your browser and import the file'
            : ''),
      );
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(type)) {
      await response.body?.cancel();
      fail(
        `the address returned ${type.split(';')[0] || 'something without a type'}, not a web page; download the file and import it (postings and articles as .html, .txt or .md; trackers as .csv)`,
      );
      continue;
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await response.body?.cancel();
      fail(`the page is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} a note is imported from`);
      continue;
    }
    let bytes: Uint8Array | { tooLarge: number };
    try {
      bytes = await readCapped(response, maxBytes);
    } catch (error) {
      fail(networkReason(error, url, timeoutMs));
      continue;
    }
    if (!(bytes instanceof Uint8Array)) {
      fail(
        `the page is more than the ${formatBytes(maxBytes)} a note is imported from (stopped after ${formatBytes(bytes.tooLarge)})`,
      );
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder(charsetOf(type, bytes), { fatal: false }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
    }
    const final = url.href;
    const last = url.pathname.split('/').filter(Boolean).pop();
    out.units.push({
      label: address,
      name: `${last ? safeDecode(last).replace(/\.html?$/i, '') : url.hostname}.html`,
      format: 'html',
      text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
      url: final,
      origin: final,
    });
  }
  return out;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
