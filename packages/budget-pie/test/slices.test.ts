import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BudgetDataset } from '@kommune-widgets/schema';
import { slicePath } from '../src/arc.js';
import { buildLevel, figuresAreShares, hasBreakdown, levelOf, MAX_NAMED_SLICES, namedCount, OTHER_KEY, pathTo } from '../src/slices.js';

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

  it('names the eleven largest of 60 similar items, each below the threshold, and gathers only the rest in "other"', () => {
    // 60 items of about 1.7 % each: every one is below the default 2 %, yet "other" must not take the whole chart.
    const items = Array.from({ length: 60 }, (_, i) => ({ id: `i${i}`, label: `I${i}`, amount: 1000 + (i % 7) }));
    const level = buildLevel(dataset(items));
    assert.equal(level.slices.length, MAX_NAMED_SLICES + 1);
    const named = level.slices.slice(0, MAX_NAMED_SLICES);
    assert.ok(named.every((s) => s.kind === 'item'));
    const other = level.slices.at(-1)!;
    assert.equal(other.key, OTHER_KEY);
    assert.equal(other.members.length, 60 - MAX_NAMED_SLICES);
    // The named ones are the largest: none of the gathered items is larger than a named one.
    const smallestNamed = Math.min(...named.map((s) => s.value));
    assert.ok(other.members.every((m) => m.amount! <= smallestNamed));
  });

  it('names the eleven largest of 10 000 items, and "other" holds the other 9 989', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `i${i}`, label: `I${i}`, amount: 10_000 - i }));
    const level = buildLevel(dataset(items));
    assert.deepEqual(
      level.slices.map((s) => s.key),
      [...Array.from({ length: MAX_NAMED_SLICES }, (_, i) => `i${i}`), OTHER_KEY],
    );
    assert.equal(level.slices.at(-1)!.members.length, 10_000 - MAX_NAMED_SLICES);
    assert.equal(level.slices.at(-1)!.end, 2 * Math.PI);
  });

  it('names items below the threshold while "other" would outweigh the largest named slice', () => {
    // Item k is 1/k of the first: with a 5 % threshold, five are named and "other" (37 %) would outweigh the first (28 %).
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `i${i}`, label: `I${i}`, amount: Math.round(1_000_000 / (i + 1)) }));
    const level = buildLevel(dataset(items, { otherThreshold: 5 }));
    const other = level.slices.at(-1)!;
    assert.equal(level.slices.length, 9);
    assert.equal(other.members.length, 12);
    assert.ok(other.value <= level.slices[0]!.value, '"other" is no larger than the largest named slice');
  });

  it('never draws more named slices than there are chart colours', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, label: `I${i}`, amount: 1 }));
    const level = buildLevel(dataset(items, { otherThreshold: 0 }));
    assert.equal(level.slices.length, MAX_NAMED_SLICES + 1);
    assert.equal(level.slices.at(-1)!.members.length, 500 - MAX_NAMED_SLICES);
  });
});

describe('namedCount', () => {
  it('names what reaches the threshold, then more while the rest outweighs the largest, at most eleven', () => {
    assert.equal(namedCount([50, 30, 10, 5, 5], 100, 0.08), 3, 'the threshold alone: "other" (10) is small');
    assert.equal(
      namedCount([10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100, 0.2),
      10,
      'all alike: named until one is left, which keeps its name',
    );
    assert.equal(
      namedCount(
        Array.from({ length: 30 }, () => 1),
        30,
        0.5,
      ),
      MAX_NAMED_SLICES,
    );
    assert.equal(namedCount([90, 4, 3, 3], 100, 0.05), 1, '"other" (10) is smaller than the largest (90)');
    assert.equal(namedCount([60, 39, 1], 100, 0.02), 3, 'one left over keeps its own slice');
  });
});

describe('levelOf', () => {
  it('works out a level of the element’s data once, while buildLevel always works it out anew', () => {
    const data = dataset([{ id: 'a', label: 'A', amount: 1, children: [{ id: 'b', label: 'B', amount: 1 }] }]);
    assert.equal(levelOf(data), levelOf(data));
    assert.equal(levelOf(data, data.items[0]), levelOf(data, data.items[0]));
    assert.notEqual(levelOf(data), levelOf(data, data.items[0]));
    assert.notEqual(buildLevel(data), buildLevel(data));
  });
});

describe('figuresAreShares', () => {
  const percent = (amounts: number[]) =>
    dataset(
      amounts.map((amount, i) => ({ id: `i${i}`, label: `I${i}`, amount })),
      { unit: 'percent' },
    );
  it('is true where a percent figure is its own share of the chart, and false where the chart differs', () => {
    const whole = percent([41.5, 30.2, 28.3]);
    assert.equal(figuresAreShares(whole, buildLevel(whole)), true);
    const rounded = percent([41.5, 30.2, 28]);
    assert.equal(figuresAreShares(rounded, buildLevel(rounded)), true, '99.7 is rounding');
    const short = percent([40, 52]);
    assert.equal(figuresAreShares(short, buildLevel(short)), true, 'the remainder fills the circle to 100');
    const over = percent([60, 45]);
    assert.equal(figuresAreShares(over, buildLevel(over)), false);
    const parent = { id: 'p', label: 'P', amount: 30, children: [{ id: 'c', label: 'C', amount: 20 }] };
    const breakdown = dataset([parent], { unit: 'percent' });
    assert.equal(figuresAreShares(breakdown, buildLevel(breakdown, parent)), false);
    const kroner = dataset([{ id: 'a', label: 'A', amount: 100 }]);
    assert.equal(figuresAreShares(kroner, buildLevel(kroner)), false);
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
