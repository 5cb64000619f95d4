import { decodeHTML } from 'entities';

/** The schemes a link in Dossier's output may have; a URL without a scheme (relative) is allowed too. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Whether a link target is safe to put in an `href`: relative, or with a
 * scheme of SAFE_SCHEMES. Anything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`…) is not.
 *
 * The scheme is read the way a browser reads it, after what a browser
 * ignores: character references (`&#106;avascript:`, `javascript&colon;`,
 * which HTML decodes in attribute values) and controls and spaces (the URL
 * parser trims C0 controls and spaces and drops tabs and newlines anywhere,
 * so `java\tscript:` is `javascript:`). We drop every such character, not
 * only where the browser does: removing more can only reveal a scheme, never
 * hide one, so the check errs on the side of refusing.
 *
 * Decoding is done once, as a browser does for an attribute; a value taken
 * from a parsed tree (already decoded) is decoded a second time here, which
 * again can only make the check stricter.
 */
export function isSafeUrl(url: string): boolean {
  // Control characters are exactly what a browser drops from a URL before reading its scheme.
  // eslint-disable-next-line no-control-regex
  const bare = decodeHTML(url).replace(/[\u0000-\u0020\u007F-\u009F]+/g, '');
  // WHATWG URL: a scheme is an ASCII letter, then letters, digits, "+", "-", ".", up to the first ":".
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}
