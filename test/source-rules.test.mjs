// Static promises of SPEC §3 and §7 that a browser test cannot see: data is never rendered as HTML, no
// style attributes or styleMap (strict CSP), no rem units (a host's 62.5 % root would shrink them), no
// third-party hosts, and no msg() captured in a static field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir = 'packages', out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (['node_modules', 'dist', 'generated', 'test'].includes(name)) continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (path.includes(`${join('src', '')}`) && path.endsWith('.ts')) out.push(path);
  }
  return out;
}

const files = sources();
const offending = (pattern) =>
  files
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [file, i + 1, line])
        .filter(([, , line]) => pattern.test(line)),
    )
    .map(([f, n, l]) => `${f}:${n}: ${l.trim()}`);

test('the source tree holds widget sources to check', () => {
  assert.ok(
    files.some((f) => f.endsWith('participation-ladder.ts')),
    'no widget source found',
  );
});

test('no HTML from strings: unsafeHTML, unsafeSVG, unsafeStatic, innerHTML, srcdoc, insertAdjacentHTML', () => {
  assert.deepEqual(offending(/unsafeHTML|unsafeSVG|unsafeStatic|\.innerHTML\b|\bsrcdoc\b|insertAdjacentHTML|\beval\(|new Function\(/), []);
});

test('no style attribute bindings or styleMap, which strict CSP blocks', () => {
  assert.deepEqual(offending(/styleMap|\sstyle=\$\{|\sstyle="/), []);
});

test('sizes in em, never rem', () => {
  assert.deepEqual(offending(/\d(\.\d+)?rem\b/), []);
});

test('no requests to third-party hosts and no storage of user data', () => {
  // The command-line tools (CLI, KOSTRA import) run on a developer's machine and may name SSB as a source; widgets may not.
  const browserCode = (line) => !/^packages\/schema\/src\/(kostra\/|cli\.ts)/.test(line);
  assert.deepEqual(
    offending(/https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}/i)
      .filter(browserCode)
      .filter((l) => !l.includes('* ') && !l.includes('// ')),
    [],
  );
  assert.deepEqual(offending(/localStorage|sessionStorage|indexedDB|document\.cookie/), []);
});

test('msg() is never captured in a static field', () => {
  assert.deepEqual(offending(/static\s+[^(]*=\s*msg\(/), []);
});
