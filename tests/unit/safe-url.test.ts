import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/safe-url.ts';

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/jobs/1',
    'HTTP://example.com',
    'mailto:ann@example.com',
    '/applications/acme/',
    '../articles/x/',
    '#notes',
    '?q=1&b=2',
    '//example.com/x',
    'a/b:c',
  ])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));
});
