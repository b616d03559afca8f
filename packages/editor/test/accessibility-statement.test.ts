// The accessibility statement the editors' page writes, from docs/accessibility.md, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WCAG_22_ONLY, accessibilityStatement } from '../src/accessibility-statement.js';
import { CONFORMANCE } from '../src/generated/conformance.js';

const GENERATOR = fileURLToPath(new URL('../scripts/generate-conformance.mjs', import.meta.url));

/** WCAG 2.1's success criteria at A and AA: what the law, and so the statement on uustatus.no, asks. */
const WCAG_21_A_AA = [
  '1.1.1',
  '1.2.1',
  '1.2.2',
  '1.2.3',
  '1.2.4',
  '1.2.5',
  '1.3.1',
  '1.3.2',
  '1.3.3',
  '1.3.4',
  '1.3.5',
  '1.4.1',
  '1.4.2',
  '1.4.3',
  '1.4.4',
  '1.4.5',
  '1.4.10',
  '1.4.11',
  '1.4.12',
  '1.4.13',
  '2.1.1',
  '2.1.2',
  '2.1.4',
  '2.2.1',
  '2.2.2',
  '2.3.1',
  '2.4.1',
  '2.4.2',
  '2.4.3',
  '2.4.4',
  '2.4.5',
  '2.4.6',
  '2.4.7',
  '2.5.1',
  '2.5.2',
  '2.5.3',
  '2.5.4',
  '3.1.1',
  '3.1.2',
  '3.2.1',
  '3.2.2',
  '3.2.3',
  '3.2.4',
  '3.3.1',
  '3.3.2',
  '3.3.3',
  '3.3.4',
  '4.1.1',
  '4.1.2',
  '4.1.3',
];

test('the generated tables are what docs/accessibility.md says now', () => {
  const run = spawnSync(process.execPath, [GENERATOR, '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('each widget answers every WCAG 2.1 criterion, in WCAG’s order, and the 2.2 ones apart', () => {
  for (const tag of [
    'kommune-participation-ladder',
    'kommune-budget-pie',
    'kommune-meeting-calendar',
    'kommune-hate-report',
    'kommune-pledge',
  ]) {
    const { wcag21, wcag22 } = accessibilityStatement([tag], CONFORMANCE);
    assert.deepEqual(
      wcag21.map((l) => l.id),
      WCAG_21_A_AA,
      tag,
    );
    assert.deepEqual(new Set(wcag22.map((l) => l.id)), WCAG_22_ONLY, tag);
  }
});

test('a criterion met with a reservation by one widget is ikke samsvar for the kommune, with that widget’s reason', () => {
  const ladderOnly = accessibilityStatement(['kommune-participation-ladder'], CONFORMANCE).wcag21.find((l) => l.id === '3.1.2')!;
  assert.equal(ladderOnly.answer, 'samsvar');
  const withCalendar = accessibilityStatement(['kommune-participation-ladder', 'kommune-meeting-calendar'], CONFORMANCE).wcag21.find(
    (l) => l.id === '3.1.2',
  )!;
  assert.equal(withCalendar.answer, 'ikke-samsvar');
  assert.deepEqual(
    withCalendar.reasons.map((r) => r.tag),
    ['kommune-meeting-calendar'],
  );
  assert.match(withCalendar.reasons[0]!.text, /Forbehold: organnavn i organlisten/);
});

test('ikke relevant only where no chosen widget has it; samsvar notes what depends on the kommune', () => {
  const { wcag21 } = accessibilityStatement(['kommune-participation-ladder', 'kommune-hate-report'], CONFORMANCE);
  const identify = wcag21.find((l) => l.id === '1.3.5')!;
  assert.equal(identify.answer, 'samsvar', 'the report form has fields with a purpose');
  const video = wcag21.find((l) => l.id === '1.2.2')!;
  assert.equal(video.answer, 'ikke-relevant');
  assert.equal(video.reasons.length, 2);
  const contrast = wcag21.find((l) => l.id === '1.4.3')!;
  assert.equal(contrast.answer, 'samsvar');
  assert.ok(contrast.kommuneNotes.some((n) => /^Avhenger av kommunen/.test(n.text)));
});
