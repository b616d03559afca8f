// What an integrator reads about theming must match what the code uses (SPEC §3 "theming", issue 7 point 11): every
// `--kw-*` custom property a widget's styles read and every `part="…"` its templates write (its own and core's) is
// in the widget's entry of custom-elements.json (written by `npm run build` from the class JSDoc), in
// docs/theming.md with the same default and Designsystemet fallback as the code, and among the theming story's
// controls. Widgets are found from packages/*/package.json ("kommuneWidget"), so a new widget is checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, widgetPackages } from '../scripts/workspaces.mjs';

/** Every TypeScript source below `dir` (generated locale modules left out). */
function sources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated') continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The text between the parenthesis at `open` and the one that closes it. */
function inside(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced parentheses in: ${text.slice(open, open + 80)}`);
}

/** `name, fallback` split at the first top-level comma (no fallback: undefined). */
function splitFirst(args) {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '(') depth++;
    else if (args[i] === ')') depth--;
    else if (args[i] === ',' && depth === 0) return [args.slice(0, i).trim(), args.slice(i + 1).trim()];
  }
  return [args.trim(), undefined];
}

/**
 * Follows a fallback chain such as `var(--ds-color-accent-base-default, #0062ba)` or
 * `var(--_kw-loading-min-height, 12em)`: the Designsystemet tokens on the way and the built-in default at its end.
 */
function resolveFallback(fallback) {
  const ds = [];
  let rest = fallback;
  while (rest?.startsWith('var(')) {
    const [name, next] = splitFirst(inside(rest, 3));
    if (name.startsWith('--ds-')) ds.push(name);
    rest = next;
  }
  return { ds, default: rest?.replace(/\s+/g, ' ') };
}

/**
 * What a set of source files uses: token name → its Designsystemet fallbacks and defaults, and the part names.
 * A `part=` whose value is not a plain string cannot be checked, so it is reported as a part of its own.
 */
function usage(files) {
  const tokens = new Map();
  const parts = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/var\(\s*(--kw-[a-z0-9-]+)/g)) {
      const [name, fallback] = splitFirst(inside(text, match.index + 3));
      const entry = tokens.get(name) ?? { ds: new Set(), defaults: new Set(), files: new Set() };
      entry.files.add(file);
      if (fallback !== undefined) {
        const resolved = resolveFallback(fallback);
        resolved.ds.forEach((ds) => entry.ds.add(ds));
        if (resolved.default) entry.defaults.add(resolved.default);
      }
      tokens.set(name, entry);
    }
    for (const match of text.matchAll(/\bpart=("([^"]*)"|\S+)/g)) {
      const names = match[2] === undefined ? [`${match[1]} (not a plain string, in ${file})`] : match[2].split(/\s+/).filter(Boolean);
      for (const name of names) parts.add(/^[a-z][a-z0-9-]*$/.test(name) ? name : `${name} (not a plain part name, in ${file})`);
    }
  }
  return { tokens, parts };
}

const sorted = (items) => [...items].sort();
// The form foundation (`@kommune-widgets/core/form`) is core's, but only widgets with a form import it: its parts and
// tokens count as theirs, documented with them.
const FORM_DIR = join(ROOT, 'packages/core/src/form');
const FORM_SOURCES = sources(FORM_DIR);
const CORE_SOURCES = sources(join(ROOT, 'packages/core/src')).filter((file) => !file.startsWith(FORM_DIR));
const core = usage(CORE_SOURCES);
/** Whether a widget's sources import the form foundation. */
const usesForm = (files) => files.some((file) => readFileSync(file, 'utf8').includes("'@kommune-widgets/core/form'"));
const WIDGETS = widgetPackages().map((widget) => {
  const widgetSources = sources(join(ROOT, widget.dir, 'src'));
  const ownSources = [...widgetSources, ...(usesForm(widgetSources) ? FORM_SOURCES : [])];
  const own = usage(ownSources);
  const all = usage([...ownSources, ...CORE_SOURCES]);
  return { ...widget, own, all };
});

/** The widget's declaration in its package's custom-elements.json. */
function manifestEntry(widget) {
  const file = join(ROOT, widget.dir, 'custom-elements.json');
  assert.ok(existsSync(file), `${widget.dir}/custom-elements.json is missing: run npm run build`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.customElement && d.tagName === widget.tag);
  assert.ok(declaration, `no <${widget.tag}> in ${widget.dir}/custom-elements.json`);
  return declaration;
}

const STALE = '(after changing a JSDoc line, run npm run build to write the manifest again)';

test('the check finds every widget package and what its styles use', () => {
  assert.ok(WIDGETS.length >= 2, 'widget packages found from packages/*/package.json');
  for (const widget of WIDGETS)
    assert.ok(widget.all.tokens.size > 10 && widget.all.parts.size > 3, `<${widget.tag}> uses tokens and parts`);
  assert.ok(core.tokens.get('--kw-color-accent')?.ds.has('--ds-color-accent-base-default'), 'the fallback chain of a core token is read');
});

for (const widget of WIDGETS) {
  test(`<${widget.tag}>: the manifest lists every --kw-* custom property its styles and core's use, and no other`, () => {
    const declared = new Set((manifestEntry(widget).cssProperties ?? []).map((p) => p.name));
    const used = new Set(widget.all.tokens.keys());
    assert.deepEqual(sorted([...used].filter((name) => !declared.has(name))), [], `used but not in the manifest ${STALE}`);
    assert.deepEqual(sorted([...declared].filter((name) => !used.has(name))), [], `in the manifest but used by no style`);
  });

  test(`<${widget.tag}>: the manifest lists every part its templates and core's write, and no other`, () => {
    const declared = new Set((manifestEntry(widget).cssParts ?? []).map((p) => p.name));
    const used = widget.all.parts;
    assert.deepEqual(sorted([...used].filter((name) => !declared.has(name))), [], `written but not in the manifest ${STALE}`);
    assert.deepEqual(sorted([...declared].filter((name) => !used.has(name))), [], `in the manifest but in no template`);
  });

  test(`<${widget.tag}>: every custom property and part in the manifest says what it is for`, () => {
    const entry = manifestEntry(widget);
    const undocumented = [...(entry.cssProperties ?? []), ...(entry.cssParts ?? [])].filter((item) => !item.description?.trim());
    assert.deepEqual(
      undocumented.map((item) => item.name),
      [],
    );
  });
}

/** docs/theming.md cut at its `##`/`###` headings: heading → the table rows below it, by their first cell. */
function docSections() {
  const sections = [];
  for (const line of readFileSync(join(ROOT, 'docs/theming.md'), 'utf8').split('\n')) {
    if (/^#{2,3} /.test(line)) sections.push({ heading: line, rows: new Map() });
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (row && sections.length) sections.at(-1).rows.set(row[1], line);
  }
  return sections;
}

/** The table rows of the sections whose heading names `what` (a tag in angle brackets, or `@kommune-widgets/core`). */
function rowsUnder(what) {
  const rows = new Map();
  for (const section of docSections().filter((s) => s.heading.includes(what))) for (const [k, v] of section.rows) rows.set(k, v);
  return rows;
}

/** Every mismatch between a token's table row in the docs and the code: missing row, default, Designsystemet fallback. */
function tokenRowProblems(tokens, rows) {
  const problems = [];
  for (const [name, { ds, defaults }] of tokens) {
    const row = rows.get(name);
    if (!row) {
      problems.push(`${name}: no table row`);
      continue;
    }
    for (const value of defaults) if (!row.includes(`\`${value}\``)) problems.push(`${name}: default \`${value}\` not in its row`);
    for (const token of ds) if (!row.includes(`\`${token}\``)) problems.push(`${name}: falls back to \`${token}\`, not in its row`);
    const documentedDs = [...row.matchAll(/--ds-[a-z0-9-]+/g)].map((m) => m[0]);
    for (const token of documentedDs) if (!ds.has(token)) problems.push(`${name}: the row names \`${token}\`, the code does not use it`);
  }
  return problems;
}

test('docs/theming.md gives every core token with the default and the --ds-* token the code falls back to', () => {
  assert.deepEqual(tokenRowProblems(core.tokens, rowsUnder('`@kommune-widgets/core`')), []);
});

test('docs/theming.md names every part core writes', () => {
  const rows = rowsUnder('`KommuneElement`');
  assert.deepEqual(sorted([...core.parts].filter((part) => !rows.has(part))), []);
});

for (const widget of WIDGETS) {
  const ownTokens = new Map([...widget.own.tokens].filter(([name]) => !core.tokens.has(name)));

  test(`docs/theming.md gives <${widget.tag}>'s own tokens with their defaults`, () => {
    assert.deepEqual(tokenRowProblems(ownTokens, rowsUnder(`<${widget.tag}>`)), []);
  });

  test(`docs/theming.md names every part of <${widget.tag}>`, () => {
    const rows = rowsUnder(`<${widget.tag}>`);
    assert.deepEqual(sorted([...widget.own.parts].filter((part) => !core.parts.has(part) && !rows.has(part))), []);
  });
}

test('the theming story has a control for every token of every widget, and a choice of every widget', () => {
  const story = readFileSync(join(ROOT, 'stories/theming.stories.ts'), 'utf8');
  // The widgets it chooses from are the examples it shares with the Designsystemet stories.
  const examples = readFileSync(join(ROOT, 'stories/support/widget-examples.ts'), 'utf8');
  const tokens = new Set(WIDGETS.flatMap((widget) => [...widget.all.tokens.keys()]));
  assert.deepEqual(sorted([...tokens].filter((name) => !story.includes(`'${name}'`))), [], 'tokens without a control');
  assert.ok(story.includes('WIDGET_EXAMPLES'), 'the story chooses from the shared widget examples');
  assert.deepEqual(
    WIDGETS.map((w) => w.tag).filter((tag) => !examples.includes(`'${tag}'`)),
    [],
    'widgets the story cannot show',
  );
});
