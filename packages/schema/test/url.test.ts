import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Url, isSafeUrl, URL_PATTERN } from '../src/index.js';

const allowed = [
  'https://www.eksempel.kommune.no/',
  'https://www.eksempel.kommune.no',
  'https://www.eksempel.kommune.no/horinger?sak=12#innspill',
  'HTTPS://EKSEMPEL.NO/x',
  'https://www.bærum.kommune.no/tjenester',
  'https://eksempel.no:8443/api/v1',
  'https://[2001:db8::1]/x',
  '/api/v1',
  '/',
  './side',
  '../side',
  'side/under',
  'side',
  '#anker',
  '?q=1',
  '/sti/med:kolon',
  '?next=https://x.no',
  'budsjett-2027.pdf',
  '/søk?q=æøå%20x',
];

const denied: [string, string][] = [
  ['javascript:alert(1)', 'javascript scheme'],
  ['JavaScript:alert(1)', 'javascript, mixed case'],
  ['java\tscript:alert(1)', 'tab inside the scheme'],
  ['java\nscript:alert(1)', 'newline inside the scheme'],
  [' javascript:alert(1)', 'leading space'],
  ['\u0001javascript:alert(1)', 'leading control character'],
  ['\u00a0https://x.no', 'leading no-break space'],
  ['https://x.no/a b', 'embedded space'],
  ['https://x.no/\u0000', 'embedded NUL'],
  ['data:text/html,<script>alert(1)</script>', 'data scheme'],
  ['vbscript:msgbox(1)', 'vbscript scheme'],
  ['http://www.eksempel.kommune.no/', 'plain http'],
  ['ftp://x.no/', 'ftp scheme'],
  ['mailto:post@x.no', 'mailto scheme'],
  ['tel:+4799999999', 'tel scheme'],
  ['file:///etc/passwd', 'file scheme'],
  ['blob:https://x.no/1', 'blob scheme'],
  ['//evil.example/x', 'protocol-relative'],
  ['/\\evil.example/x', 'slash-backslash'],
  ['\\\\evil.example', 'double backslash'],
  ['https:\\\\evil.example', 'https with backslashes'],
  ['https:evil.example', 'https without slashes'],
  ['https://', 'https without host'],
  ['https:///x', 'https with empty host'],
  ['https://user:pass@x.no/', 'credentials in the URL'],
  ['https://x.no\\@evil.example', 'backslash before @'],
  ['', 'empty'],
  ['x:y', 'any unknown scheme'],
];

test('accepts https and relative URLs', () => {
  for (const url of allowed) {
    assert.ok(isSafeUrl(url), `isSafeUrl(${JSON.stringify(url)})`);
    assert.ok(Url.safeParse(url).success, `Url.safeParse(${JSON.stringify(url)})`);
  }
});

test('rejects other schemes, protocol-relative URLs, backslashes, whitespace and control characters', () => {
  for (const [url, why] of denied) {
    assert.equal(isSafeUrl(url), false, `isSafeUrl should reject ${why}: ${JSON.stringify(url)}`);
    assert.equal(Url.safeParse(url).success, false, `Url should reject ${why}: ${JSON.stringify(url)}`);
  }
});

test('the JSON Schema pattern alone already rejects every scheme but https', () => {
  const unicode = new RegExp(URL_PATTERN.source, 'u');
  for (const [url, why] of denied) {
    assert.equal(unicode.test(url), false, `pattern should reject ${why}: ${JSON.stringify(url)}`);
  }
  for (const url of allowed) assert.ok(unicode.test(url), url);
});

test('rejects non-strings', () => {
  for (const value of [null, 1, {}, ['https://x.no']]) assert.equal(Url.safeParse(value).success, false);
});
