/**
 * A small, pure reader for JSON-stat 2.0 datasets as SSB's API returns them
 * (`"response": {"format": "json-stat2"}`).
 */
import { KostraError } from './problem.js';

export { KostraError } from './problem.js';

export interface JsonStatDimension {
  id: string;
  label: string;
  /** Category codes in index order. */
  codes: string[];
  labels: Record<string, string>;
  /** `category.unit` (ContentsCode), by code. */
  units: Record<string, { base?: string; decimals?: number }>;
}

export interface JsonStatDataset {
  label?: string;
  source?: string;
  updated?: string;
  /** `extension.px.tableid`, when present. */
  tableId?: string;
  id: string[];
  size: number[];
  dimensions: Record<string, JsonStatDimension>;
  value: (number | null)[] | Record<string, number | null>;
  status: string | (string | null)[] | Record<string, string>;
}

export interface Cell {
  value: number | null;
  /** SSB's status code for the cell (`.`, `..`, `:`), if any. */
  status?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Category codes in index order; `category.index` may be an array or an object code → position. */
function categoryCodes(id: string, category: Record<string, unknown>): string[] {
  const index = category['index'];
  if (Array.isArray(index)) return index.map(String);
  if (isObject(index)) {
    const codes: string[] = [];
    for (const [code, pos] of Object.entries(index)) {
      if (typeof pos !== 'number') throw new KostraError({ code: 'category_index_invalid', dimension: id, category: code });
      codes[pos] = code;
    }
    return codes;
  }
  // A single-category dimension may give only a label.
  if (isObject(category['label'])) return Object.keys(category['label']);
  throw new KostraError({ code: 'category_index_missing', dimension: id });
}

/** Read and check a JSON-stat 2.0 dataset; throws {@link KostraError} when it is not one. */
export function readJsonStat(input: unknown): JsonStatDataset {
  if (!isObject(input) || input['class'] !== 'dataset' || !isObject(input['dimension']) || !Array.isArray(input['id'])) {
    throw new KostraError({ code: 'not_json_stat' });
  }
  const ids = (input['id'] as unknown[]).map(String);
  const size = input['size'];
  if (!Array.isArray(size) || size.length !== ids.length || !size.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new KostraError({ code: 'size_mismatch', dimensions: ids.length });
  }
  const dimensions: Record<string, JsonStatDimension> = {};
  ids.forEach((id, i) => {
    const dim = (input['dimension'] as Record<string, unknown>)[id];
    if (!isObject(dim) || !isObject(dim['category'])) throw new KostraError({ code: 'dimension_missing', dimension: id });
    const category = dim['category'];
    const codes = categoryCodes(id, category);
    if (codes.length !== size[i])
      throw new KostraError({ code: 'category_count', dimension: id, categories: codes.length, size: size[i] as number });
    const labels = isObject(category['label']) ? (category['label'] as Record<string, string>) : {};
    const units = isObject(category['unit']) ? (category['unit'] as JsonStatDimension['units']) : {};
    dimensions[id] = { id, label: typeof dim['label'] === 'string' ? dim['label'] : id, codes, labels, units };
  });
  const value = input['value'];
  if (!Array.isArray(value) && !isObject(value)) throw new KostraError({ code: 'value_missing' });
  const status = input['status'];
  const extension = input['extension'];
  const px = isObject(extension) && isObject(extension['px']) ? extension['px'] : undefined;
  const tableId = px && px['tableid'] !== undefined ? String(px['tableid']) : undefined;
  return {
    label: typeof input['label'] === 'string' ? input['label'] : undefined,
    source: typeof input['source'] === 'string' ? input['source'] : undefined,
    updated: typeof input['updated'] === 'string' ? input['updated'] : undefined,
    tableId,
    id: ids,
    size: size as number[],
    dimensions,
    value: value as JsonStatDataset['value'],
    status: typeof status === 'string' || Array.isArray(status) || isObject(status) ? (status as JsonStatDataset['status']) : {},
  };
}

/** Row-major position of a cell: the last dimension in `id` varies fastest. */
export function cellIndex(size: readonly number[], positions: readonly number[]): number {
  let index = 0;
  for (let i = 0; i < size.length; i++) {
    const pos = positions[i] ?? 0;
    const n = size[i] ?? 0;
    if (pos < 0 || pos >= n) throw new RangeError(`position ${pos} out of range for dimension ${i} of size ${n}`);
    index = index * n + pos;
  }
  return index;
}

/** The cell at the given category codes (one per dimension; a dimension with one category may be left out). */
export function cellAt(ds: JsonStatDataset, codes: Record<string, string>): Cell {
  const positions = ds.id.map((id) => {
    const dim = ds.dimensions[id] as JsonStatDimension;
    const code = codes[id];
    if (code === undefined) {
      if (dim.codes.length === 1) return 0;
      throw new KostraError({ code: 'category_not_chosen', dimension: id });
    }
    const pos = dim.codes.indexOf(code);
    if (pos < 0) throw new KostraError({ code: 'category_not_found', dimension: id, category: code });
    return pos;
  });
  const index = cellIndex(ds.size, positions);
  const raw = Array.isArray(ds.value) ? ds.value[index] : ds.value[String(index)];
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  let status: string | null | undefined;
  if (typeof ds.status === 'string') status = ds.status;
  else if (Array.isArray(ds.status)) status = ds.status[index];
  else status = ds.status[String(index)];
  return status ? { value, status } : { value };
}
