// Static promises of SPEC §3 and §7 that a browser test cannot see: data is never rendered as HTML, no
// style attributes or styleMap (strict CSP), no rem units (a host's 62.5 % root would shrink them), no
// third-party hosts, and no msg() captured in a static field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function sources(dir = 'packages', out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (['node_modules', 'dist', 'generated', 'test'].includes(name)) continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (path.includes(`${join('src', '')}`) && path.endsWith('.ts')) out.push(path);
  }
  return out;
}

/**
 * `text` with every comment blanked out (line breaks kept, so line numbers stay), read by TypeScript's own scanner:
 * `//` inside a string, a template or a regular expression is code, and a URL in a comment is no request.
 */
function withoutComments(text) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let out = '';
  let templateDepth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    // The scanner needs the parser's help at `}` inside `${…}` and at `/` that starts a regular expression.
    if (kind === ts.SyntaxKind.TemplateHead) templateDepth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templateDepth > 0) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateTail) templateDepth--;
    } else if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && regexMayStart(out)) {
      kind = scanner.reScanSlashToken();
    }
    const token = scanner.getTokenText();
    const isComment = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
    out += isComment ? token.replace(/[^\n]/g, ' ') : token;
  }
  return out;
}

/** Whether a `/` after `code` starts a regular expression rather than dividing (after an operator, `(`, `,`, `=` …). */
const regexMayStart = (code) => /(^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase|\bdo|\belse|\bin|\bof)\s*$/.test(code);

const files = sources();
const offending = (pattern) =>
  files
    .flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
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
  // The server runs on the kommune's machine, not in a citizen's browser (its XMP namespace names are no requests).
  const browserCode = (line) => !/^packages\/(schema\/src\/(kostra\/|cli\.ts)|server\/)/.test(line);
  // A link a person may follow (the police, Slettmeg, PFU in the hate-report advice) is no request: `link('https://…')`.
  const request = (line) => !/\blink\('https:\/\/[^']+', '[^']+'\)/.test(line);
  assert.deepEqual(
    offending(/https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}/i)
      .filter(browserCode)
      .filter(request),
    [],
  );
  assert.deepEqual(offending(/localStorage|sessionStorage|indexedDB|document\.cookie/), []);
});

test('comments are left out, and only comments: strings, templates and regular expressions stay', () => {
  const code = [
    "const a = 'https://x.example.no'; // https://comment.example.no",
    '/* https://block.example.no */ const b = `${a}//${"}"}` + /\\/\\/re/.source;',
    'const c = 1 / 2; // styleMap',
  ].join('\n');
  const lines = withoutComments(code).split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /x\.example\.no/);
  assert.doesNotMatch(lines[0], /comment\.example/);
  assert.doesNotMatch(lines[1], /block\.example/);
  assert.match(lines[1], /`\$\{a\}\/\/\$\{"\}"\}` \+ \/\\\/\\\/re\/\.source;/);
  assert.equal(lines[2].trimEnd(), 'const c = 1 / 2;');
});

test('msg() is never captured in a static field', () => {
  assert.deepEqual(offending(/static\s+[^(]*=\s*msg\(/), []);
});
