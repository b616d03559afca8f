// Medians, quartiles and plain-text tables for the bench's figures.

/** The value at quantile `q` (0–1) of `values`, interpolated between neighbours. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

/** `{ median, q1, q3, min, max, n }` of `values`. */
export function summary(values) {
  return {
    median: median(values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
export const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '–');
export const ms1 = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
export const ratio = (value) => (Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : '–');

/**
 * A table as text: `columns` are `{ title, align? }` ('left' for the first by default, else right), `rows` arrays
 * of strings. With `markdown`, a GitHub table instead of aligned columns.
 */
export function table(columns, rows, { markdown = false } = {}) {
  if (markdown) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = columns.map((c, i) => ((c.align ?? (i === 0 ? 'left' : 'right')) === 'left' ? '---' : '---:'));
    return [line(columns.map((c) => c.title)), line(rule), ...rows.map(line)].join('\n');
  }
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => r[i].length)));
  const pad = (cells) =>
    cells
      .map((cell, i) => ((columns[i].align ?? (i === 0 ? 'left' : 'right')) === 'left' ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [pad(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(pad)].join('\n');
}
