/**
 * Turn an SSB KOSTRA answer (JSON-stat 2.0, e.g. table 12362: net operating
 * expenditure by function) into a `budget` section. Pure: no I/O.
 */
import type { Budget, BudgetDataset, BudgetItem } from '../budget.js';
import { cellAt, type JsonStatDataset, type JsonStatDimension } from './json-stat.js';
import { KostraError, type KostraDimensionRole } from './problem.js';
import { OTHER_AREA, SERVICE_AREAS, type ServiceArea } from './service-areas.js';

export interface ToBudgetOptions {
  /** Four-digit kommune number, e.g. "3120". */
  kommune: string;
  /** Accounting year; the newest in the answer by default. */
  year?: string | number;
}

type Comparison = NonNullable<BudgetDataset['comparisons']>[number];

/** The dimension whose id matches `pattern`, or undefined. */
function findDimension(ds: JsonStatDataset, pattern: RegExp): JsonStatDimension | undefined {
  const id = ds.id.find((d) => pattern.test(d));
  return id === undefined ? undefined : ds.dimensions[id];
}

/** The dimension the budget needs for `role`; `expected` is the id SSB gives it, for the message when it is missing. */
function requireDimension(ds: JsonStatDataset, pattern: RegExp, role: KostraDimensionRole, expected: string): JsonStatDimension {
  const dimension = findDimension(ds, pattern);
  if (!dimension) throw new KostraError({ code: 'dimension_not_found', role, expected });
  return dimension;
}

/** Content codes in kroner per innbygger, by unit or label. */
const isPerInnbygger = (dim: JsonStatDimension, code: string) =>
  /innbygger/i.test(`${dim.units[code]?.base ?? ''} ${dim.labels[code] ?? ''}`);

function unitOf(dim: JsonStatDimension, code: string): BudgetDataset['unit'] {
  const text = `${dim.units[code]?.base ?? ''} ${dim.labels[code] ?? ''}`;
  if (/1\s?000|tusen/i.test(text)) return '1000 NOK';
  if (/kr|nok/i.test(text)) return 'NOK';
  throw new KostraError({ code: 'unknown_unit', content: code, unit: dim.units[code]?.base ?? '' });
}

function comparisonFor(code: string, label: string): Omit<Comparison, 'perInnbygger'> {
  const name = label.replace(new RegExp(`^${code}\\s+`), '') || code;
  if (code === 'EAK') return { id: 'landet', kind: 'national', label: { nb: 'Landet', nn: 'Landet', en: 'Norway', se: 'Riika' } };
  if (code === 'EAKUO')
    return {
      id: 'landet-uten-oslo',
      kind: 'national',
      label: { nb: 'Landet uten Oslo', nn: 'Landet utan Oslo', en: 'Norway excluding Oslo' },
    };
  const group = /^EKG(\d+)$/.exec(code);
  if (group) return { id: `kostra-gruppe-${group[1]}`, kind: 'kostra-group', label: name, group: String(Number(group[1])) };
  if (/^\d{2}$/.test(code)) return { id: `fylke-${code}`, kind: 'fylke', label: name, group: code };
  if (/^\d{4}$/.test(code)) return { id: `kommune-${code}`, kind: 'kommune', label: name, group: code };
  return { id: `region-${code}`, kind: 'other', label: name, group: code };
}

/** Sum of the known values; null when none is known (missing never becomes 0). */
function sumKnown(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) * 1000) / 1000;
}

/** The `budget` section for one kommune and year. Throws {@link KostraError}, whose `problem` says why, when it cannot. */
export function toBudget(ds: JsonStatDataset, options: ToBudgetOptions): Budget {
  const region = requireDimension(ds, /^KOKkommuneregion|^Region/, 'region', 'KOKkommuneregion0000');
  const fn = requireDimension(ds, /^KOKfunksjon/, 'function', 'KOKfunksjon0000');
  const time = requireDimension(ds, /^Tid$/, 'time', 'Tid');
  const contents = requireDimension(ds, /^ContentsCode$/, 'contents', 'ContentsCode');
  const art = findDimension(ds, /^KOKart/);
  const scope = findDimension(ds, /^KOKregnskapsomfa/);

  if (!region.codes.includes(options.kommune)) {
    throw new KostraError({ code: 'kommune_not_found', kommune: options.kommune, regions: [...region.codes] });
  }
  const years = [...time.codes].sort();
  const year = options.year === undefined ? (years[years.length - 1] as string) : String(options.year);
  if (!time.codes.includes(year)) throw new KostraError({ code: 'year_not_found', year, years });
  if (!/^\d{4}$/.test(year)) throw new KostraError({ code: 'not_a_year', year });

  const amountCode = contents.codes.find((c) => !isPerInnbygger(contents, c));
  if (!amountCode) throw new KostraError({ code: 'no_amount_content' });
  const unit = unitOf(contents, amountCode);
  const perInnbyggerCode = contents.codes.find((c) => isPerInnbygger(contents, c));

  const fixed: Record<string, string> = { [time.id]: year };
  // Net operating expenditure (AGD2) when the answer has several arts; the first regnskapsomfang otherwise.
  if (art) fixed[art.id] = art.codes.includes('AGD2') ? 'AGD2' : (art.codes[0] as string);
  if (scope) fixed[scope.id] = scope.codes[0] as string;

  const value = (regionCode: string, functionCode: string, content: string) =>
    cellAt(ds, { ...fixed, [region.id]: regionCode, [fn.id]: functionCode, [contents.id]: content }).value;

  // Three-digit functions only: SSB's sums (FG…) would count twice.
  const functions = fn.codes.filter((c) => /^\d{3}$/.test(c));
  if (functions.length === 0) throw new KostraError({ code: 'no_functions' });
  const byArea = new Map<ServiceArea, string[]>();
  for (const area of [...SERVICE_AREAS, OTHER_AREA]) {
    const codes =
      area === OTHER_AREA
        ? functions.filter((c) => !SERVICE_AREAS.some((a) => a.functions.includes(c)))
        : area.functions.filter((c) => functions.includes(c));
    if (codes.length > 0) byArea.set(area, codes);
  }

  const fnLabel = (code: string) => (fn.labels[code] ?? code).replace(new RegExp(`^${code}\\s+`), '') || code;
  // The kommune's items; `itemFunctions` maps every item id to its function codes, for the comparisons.
  const items: BudgetItem[] = [];
  const itemFunctions = new Map<string, string[]>();
  for (const [area, codes] of byArea) {
    const item: BudgetItem = {
      id: area.id,
      label: area.label,
      amount: sumKnown(codes.map((c) => value(options.kommune, c, amountCode))),
      kostra: codes,
    };
    itemFunctions.set(area.id, codes);
    if (codes.length > 1) {
      item.children = codes.map((c) => {
        itemFunctions.set(`${area.id}-${c}`, [c]);
        return { id: `${area.id}-${c}`, label: `${c} ${fnLabel(c)}`, amount: value(options.kommune, c, amountCode), kostra: [c] };
      });
    }
    items.push(item);
  }

  const comparisons: Comparison[] = [];
  if (perInnbyggerCode) {
    for (const code of region.codes) {
      if (code === options.kommune) continue;
      const perInnbygger: Record<string, number | null> = {};
      for (const [id, codes] of itemFunctions) perInnbygger[id] = sumKnown(codes.map((c) => value(code, c, perInnbyggerCode)));
      comparisons.push({ ...comparisonFor(code, region.labels[code] ?? code), perInnbygger });
    }
    // The kommune's own per-innbygger figures are in the answer too, but the pie computes them from `kommune.innbyggere`.
  }

  const kommuneName = (region.labels[options.kommune] ?? '').replace(new RegExp(`^${options.kommune}\\s+`), '');
  const tableId = ds.tableId ?? /^(\d{5})\b/.exec(ds.label ?? '')?.[1];
  const source: NonNullable<BudgetDataset['source']> = { name: ds.source ?? 'Statistisk sentralbyrå' };
  if (tableId) {
    source.table = tableId;
    source.url = `https://www.ssb.no/statbank/table/${tableId}`;
  }
  if (ds.updated) source.updated = ds.updated;

  const dataset: BudgetDataset = {
    id: `kostra-${options.kommune}-${year}`,
    year: Number(year),
    kind: 'expense',
    scope: 'kommune',
    title: {
      nb: `Netto driftsutgifter ${year}`,
      nn: `Netto driftsutgifter ${year}`,
      en: `Net operating expenditure ${year}`,
    },
    description: {
      nb: `KOSTRA-regnskap for ${kommuneName || options.kommune}, netto driftsutgifter per tjenesteområde.`,
      nn: `KOSTRA-rekneskap for ${kommuneName || options.kommune}, netto driftsutgifter per tenesteområde.`,
      en: `KOSTRA accounts for ${kommuneName || options.kommune}, net operating expenditure by service area.`,
    },
    unit,
    items,
    source,
  };
  if (comparisons.length > 0) dataset.comparisons = comparisons;
  return { currency: 'NOK', datasets: [dataset] };
}
