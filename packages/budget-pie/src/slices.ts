import type { BudgetDataset, BudgetItem } from '@kommune-widgets/schema';

/**
 * Below this share (percent of the circle) items gather in "other", unless the dataset sets its own threshold, or
 * "other" would then outweigh the largest named slice (see {@link namedCount}).
 */
export const DEFAULT_OTHER_THRESHOLD = 2;

/** Named slices at most; the rest gather in "other", so the twelve chart colours never repeat. */
export const MAX_NAMED_SLICES = 11;

/** Differences smaller than this share of the expected total are rounding, not a remainder. */
const ROUNDING_TOLERANCE = 0.005;

/** The key of the "other" slice; ids cannot hold spaces, so no item can take it. */
export const OTHER_KEY = ' other';
/** The key of the remainder slice. */
export const REMAINDER_KEY = ' remainder';

/** What a slice stands for: one item, the gathered small items, or the part the figures do not account for. */
export type SliceKind = 'item' | 'other' | 'remainder';

/** One part of the pie, with its place on the circle. */
export interface Slice {
  /** Stable key: the item's id, or {@link OTHER_KEY} / {@link REMAINDER_KEY} (with a space, which no id has). */
  key: string;
  kind: SliceKind;
  /** The item, for `kind: 'item'`. */
  item?: BudgetItem;
  /** The items gathered in "other". */
  members: BudgetItem[];
  /** The value in the dataset's unit. */
  value: number;
  /** Share of the circle, 0–1. */
  share: number;
  /**
   * Chart colour 1–12 for items. For "other", 1 when it follows a darker colour (it takes the lighter grey) and 2
   * when it follows a lighter one, so it keeps 3:1 against its neighbour as the palette does; 0 for the remainder.
   */
  colour: number;
  /** Angles in radians, clockwise from twelve o'clock. */
  start: number;
  end: number;
}

/** One level of the tree (the top, or an item's children), with the honest arithmetic done. */
export interface PieLevel {
  /** The item whose children this level shows; undefined at the top. */
  parent?: BudgetItem;
  /** Every item on the level, in the order of the slices, then negatives, zeros and missing. */
  items: BudgetItem[];
  slices: Slice[];
  /** Items with negative amounts: listed beside the chart, never drawn. */
  negatives: BudgetItem[];
  /** Items whose amount is exactly zero. */
  zeros: BudgetItem[];
  /** Items whose amount is missing (`null`). */
  missing: BudgetItem[];
  /** Sum of the positive amounts: what the slices share. */
  positiveSum: number;
  /** Sum of every amount that is there, negatives included. */
  netSum: number;
  /** What the level should add up to: 100 for a percent dataset, the parent's amount below the top. */
  expected?: number;
  /** The part of `expected` the items do not account for (0 when they do). */
  remainder: number;
  /** How far the items overshoot `expected` (0 when they do not). */
  excess: number;
}

/**
 * True when the figures of a percent level are themselves the shares of the chart: the circle is 100 %, give or take
 * rounding (the top of a percent dataset that adds up, or that its remainder fills up). A figure is then said once;
 * otherwise (parts over 100 %, the breakdown of one item) its share of the chart is a figure of its own.
 */
export function figuresAreShares(dataset: BudgetDataset, level: PieLevel): boolean {
  const circle = level.positiveSum + level.remainder;
  return dataset.unit === 'percent' && Math.abs(circle - 100) <= 100 * ROUNDING_TOLERANCE;
}

/** Items of a level and the parent they belong to. */
export function levelItems(dataset: BudgetDataset, parent: BudgetItem | undefined): BudgetItem[] {
  return parent?.children ?? dataset.items;
}

/** The chain of items from the top down to the item with `id`, or `[]` when there is none. */
export function pathTo(items: readonly BudgetItem[], id: string): BudgetItem[] {
  for (const item of items) {
    if (item.id === id) return [item];
    const below = item.children ? pathTo(item.children, id) : [];
    if (below.length) return [item, ...below];
  }
  return [];
}

/** Every item of the tree, depth first. */
export function allItems(items: readonly BudgetItem[]): BudgetItem[] {
  return items.flatMap((item) => [item, ...allItems(item.children ?? [])]);
}

/** True when the item can be opened to show its breakdown: at least one sub-item has a positive figure to draw. */
export function hasBreakdown(item: BudgetItem | undefined): boolean {
  return !!item?.children?.some((child) => child.amount !== null && child.amount > 0);
}

/**
 * How many of the amounts (largest first) get a slice of their own; the rest gather in "other". Those at or above
 * `threshold` (a share of `circle`, 0–1) get one, at most {@link MAX_NAMED_SLICES}. While "other" would still outweigh
 * the largest named slice, the next amounts get one too (up to the same limit): many similar items never vanish into
 * one "other" that fills the chart. One amount left over keeps its own slice: an "other" of one hides a name for nothing.
 */
export function namedCount(amounts: readonly number[], circle: number, threshold: number): number {
  const limit = Math.min(MAX_NAMED_SLICES, amounts.length);
  let named = 0;
  while (named < limit && amounts[named]! / circle >= threshold) named++;
  let rest = amounts.slice(named).reduce((sum, amount) => sum + amount, 0);
  while (named < limit && rest > (named > 0 ? amounts[0]! : 0)) rest -= amounts[named++]!;
  return amounts.length - named > 1 ? named : amounts.length;
}

/** Levels the element has worked out, per dataset and parent. */
const levels = new WeakMap<BudgetDataset, Map<BudgetItem | undefined, PieLevel>>();

/**
 * {@link buildLevel} for the element's own, validated data, which is never changed in place: the same dataset and
 * parent give the same level object, so 10 000 items are sorted once and the table skips re-rendering while the
 * level stays.
 */
export function levelOf(dataset: BudgetDataset, parent?: BudgetItem): PieLevel {
  let byParent = levels.get(dataset);
  if (!byParent) levels.set(dataset, (byParent = new Map()));
  let level = byParent.get(parent);
  if (!level) byParent.set(parent, (level = buildLevel(dataset, parent)));
  return level;
}

/**
 * Works out one level of the pie: positive amounts become slices (largest first), small ones gather
 * in "other", negative, zero and missing amounts are kept aside, and a percent dataset (or a breakdown
 * whose parts do not add up to the parent) shows what is left as its own remainder slice.
 */
export function buildLevel(dataset: BudgetDataset, parent?: BudgetItem): PieLevel {
  const all = levelItems(dataset, parent);
  const positive: BudgetItem[] = [];
  const negatives: BudgetItem[] = [];
  const zeros: BudgetItem[] = [];
  const missing: BudgetItem[] = [];
  for (const item of all) {
    if (item.amount === null) missing.push(item);
    else if (item.amount > 0) positive.push(item);
    else if (item.amount < 0) negatives.push(item);
    else zeros.push(item);
  }
  // Largest first, ties in document order (sort is stable).
  positive.sort((a, b) => b.amount! - a.amount!);
  negatives.sort((a, b) => a.amount! - b.amount!);

  const positiveSum = positive.reduce((sum, item) => sum + item.amount!, 0);
  const netSum = positiveSum + negatives.reduce((sum, item) => sum + item.amount!, 0);
  const expected = parent
    ? parent.amount !== null && parent.amount > 0
      ? parent.amount
      : undefined
    : dataset.unit === 'percent'
      ? 100
      : undefined;
  // The circle holds the positive items; what they leave of the expected whole is the remainder, what they pass it by
  // the excess. Negative items are told beside the chart, never subtracted from a drawn part.
  const gap = expected === undefined ? 0 : expected - positiveSum;
  const tolerance = (expected ?? 0) * ROUNDING_TOLERANCE;
  // Without a single positive figure there is nothing to be the rest of: no figures is not "all unallocated".
  const remainder = positive.length > 0 && gap > tolerance ? gap : 0;
  const excess = gap < -tolerance ? -gap : 0;
  const circle = positiveSum + remainder;
  // Figures too large for a double (the schema allows 1e308) cannot be drawn; say nothing rather than draw NaN.
  const drawable = Number.isFinite(circle);

  const threshold = (dataset.otherThreshold ?? DEFAULT_OTHER_THRESHOLD) / 100;
  const cut =
    drawable && circle > 0
      ? namedCount(
          positive.map((item) => item.amount!),
          circle,
          threshold,
        )
      : positive.length;
  const named = positive.slice(0, cut);
  const small = positive.slice(cut);

  const slices: Slice[] = (drawable ? named : []).map((item, index) => ({
    key: item.id,
    kind: 'item',
    item,
    members: [],
    value: item.amount!,
    share: 0,
    colour: (index % 12) + 1,
    start: 0,
    end: 0,
  }));
  if (drawable && small.length) {
    slices.push({
      key: OTHER_KEY,
      kind: 'other',
      members: small,
      value: small.reduce((sum, item) => sum + item.amount!, 0),
      share: 0,
      // The palette alternates lighter (odd) and darker (even) colours; "other" takes the opposite of the slice before it.
      colour: named.length % 2 === 0 ? 1 : 2,
      start: 0,
      end: 0,
    });
  }
  if (drawable && remainder > 0) {
    slices.push({ key: REMAINDER_KEY, kind: 'remainder', members: [], value: remainder, share: 0, colour: 0, start: 0, end: 0 });
  }
  let angle = 0;
  for (const slice of slices) {
    slice.share = circle > 0 ? slice.value / circle : 0;
    slice.start = angle;
    angle += slice.share * 2 * Math.PI;
    slice.end = angle;
  }

  return {
    ...(parent ? { parent } : {}),
    items: [...positive, ...negatives, ...zeros, ...missing],
    slices,
    negatives,
    zeros,
    missing,
    positiveSum,
    netSum,
    ...(expected !== undefined ? { expected } : {}),
    remainder,
    excess,
  };
}
