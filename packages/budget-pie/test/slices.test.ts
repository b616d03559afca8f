import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BudgetDataset } from '@kommune-widgets/schema';
import { slicePath } from '../src/arc.js';
import { buildLevel, hasBreakdown, MAX_NAMED_SLICES, OTHER_KEY, pathTo } from '../src/slices.js';

const dataset = (items: BudgetDataset['items'], extra: Partial<BudgetDataset> = {}): BudgetDataset => ({
  id: 'd',
  year: 2027,
  kind: 'expense',
  title: 'D',
  unit: 'NOK',
  items,
  ...extra,
});

describe('buildLevel', () => {
  it('orders slices largest first and closes the circle', () => {
    const level = buildLevel(
      dataset([
        { id: 'a', label: 'A', amount: 10 },
        { id: 'b', label: 'B', amount: 30 },
        { id: 'c', label: 'C', amount: 60 },
      ]),
    );
    assert.deepEqual(
      level.slices.map((s) => s.key),
      ['c', 'b', 'a'],
    );
    assert.deepEqual(
      level.slices.map((s) => s.share),
      [0.6, 0.3, 0.1],
    );
    assert.equal(level.slices.at(-1)!.end, 2 * Math.PI);
    assert.deepEqual(
      level.slices.map((s) => s.colour),
      [1, 2, 3],
    );
  });

  it('keeps negative, zero and missing amounts out of the circle but in the level', () => {
    const level = buildLevel(
      dataset([
        { id: 'a', label: 'A', amount: 100 },
        { id: 'n', label: 'N', amount: -20 },
        { id: 'z', label: 'Z', amount: 0 },
        { id: 'm', label: 'M', amount: null },
      ]),
    );
    assert.deepEqual(
      level.slices.map((s) => s.key),
      ['a'],
    );
    assert.equal(level.positiveSum, 100);
    assert.equal(level.netSum, 80);
    assert.deepEqual(
      [level.negatives, level.zeros, level.missing].map((l) => l.map((i) => i.id)),
      [['n'], ['z'], ['m']],
    );
  });

  it('shows what a percent dataset leaves over as a remainder, and ignores rounding', () => {
    const short = buildLevel(
      dataset(
        [
          { id: 'a', label: 'A', amount: 40 },
          { id: 'b', label: 'B', amount: 52 },
        ],
        { unit: 'percent' },
      ),
    );
    assert.equal(short.remainder, 8);
    assert.equal(short.slices.at(-1)!.kind, 'remainder');
    assert.equal(short.slices.at(-1)!.share, 0.08);
    const rounded = buildLevel(
      dataset(
        [
          { id: 'a', label: 'A', amount: 33.3 },
          { id: 'b', label: 'B', amount: 66.6 },
        ],
        { unit: 'percent' },
      ),
    );
    assert.equal(rounded.remainder, 0);
    const none = buildLevel(dataset([{ id: 'a', label: 'A', amount: null }], { unit: 'percent' }));
    assert.equal(none.remainder, 0, 'no figures is not "all unallocated"');
    assert.deepEqual(none.slices, []);
    const over = buildLevel(
      dataset(
        [
          { id: 'a', label: 'A', amount: 60 },
          { id: 'b', label: 'B', amount: 45 },
        ],
        { unit: 'percent' },
      ),
    );
    assert.equal(over.excess, 5);
    assert.equal(over.remainder, 0);
  });

  it('compares a breakdown with its parent', () => {
    const parent = { id: 'p', label: 'P', amount: 100, children: [{ id: 'c', label: 'C', amount: 70 }] };
    const level = buildLevel(dataset([parent]), parent);
    assert.equal(level.expected, 100);
    assert.equal(level.remainder, 30);
  });

  it('gathers items below the threshold in "other", but never a single one', () => {
    const items = [80, 15, 3, 1, 1].map((amount, i) => ({ id: `i${i}`, label: `I${i}`, amount }));
    const level = buildLevel(dataset(items, { otherThreshold: 4 }));
    assert.deepEqual(
      level.slices.map((s) => s.key),
      ['i0', 'i1', OTHER_KEY],
    );
    assert.deepEqual(
      level.slices[2]!.members.map((m) => m.id),
      ['i2', 'i3', 'i4'],
    );
    const single = buildLevel(dataset(items.slice(0, 3), { otherThreshold: 4 }));
    assert.deepEqual(
      single.slices.map((s) => s.key),
      ['i0', 'i1', 'i2'],
    );
  });

  it('never draws more named slices than there are chart colours', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, label: `I${i}`, amount: 1 }));
    const level = buildLevel(dataset(items, { otherThreshold: 0 }));
    assert.equal(level.slices.length, MAX_NAMED_SLICES + 1);
    assert.equal(level.slices.at(-1)!.members.length, 500 - MAX_NAMED_SLICES);
  });
});

describe('what the circle holds', () => {
  it('measures the remainder against the drawn (positive) items, not the net sum', () => {
    const level = buildLevel(
      dataset(
        [
          { id: 'a', label: 'A', amount: 60 },
          { id: 'b', label: 'B', amount: 30 },
          { id: 'n', label: 'N', amount: -20 },
        ],
        { unit: 'percent' },
      ),
    );
    assert.equal(level.remainder, 10);
    assert.deepEqual(
      level.slices.map((s) => s.share),
      [0.6, 0.3, 0.1],
    );
  });

  it('opens only items with a sub-item to draw', () => {
    assert.equal(
      hasBreakdown({
        id: 'p',
        label: 'P',
        amount: 500,
        children: [
          { id: 'n', label: 'N', amount: -30 },
          { id: 'z', label: 'Z', amount: 0 },
        ],
      }),
      false,
    );
    assert.equal(hasBreakdown({ id: 'p', label: 'P', amount: 500, children: [{ id: 'c', label: 'C', amount: 1 }] }), true);
  });

  it('draws nothing rather than NaN when the figures overflow', () => {
    const level = buildLevel(
      dataset([
        { id: 'a', label: 'A', amount: 1e308 },
        { id: 'b', label: 'B', amount: 1e308 },
      ]),
    );
    assert.deepEqual(level.slices, []);
  });
});

describe('pathTo', () => {
  it('finds the chain down to an item, or nothing', () => {
    const items = [{ id: 'a', label: 'A', amount: 1, children: [{ id: 'b', label: 'B', amount: 1 }] }];
    assert.deepEqual(
      pathTo(items, 'b').map((i) => i.id),
      ['a', 'b'],
    );
    assert.deepEqual(pathTo(items, 'x'), []);
  });
});

describe('slicePath', () => {
  it('draws a whole circle as two arcs, a ring with a hole, and a wedge to the centre', () => {
    assert.equal((slicePath(0, 2 * Math.PI).match(/A /g) ?? []).length, 2);
    assert.equal((slicePath(0, 2 * Math.PI, 56).match(/A /g) ?? []).length, 4);
    assert.match(slicePath(0, Math.PI / 2), /L 100 100 Z$/);
    assert.match(slicePath(0, Math.PI * 1.5), / 0 1 1 /);
  });
});
