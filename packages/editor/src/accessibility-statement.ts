/**
 * The accessibility statement's answers for the widgets a kommune uses, criterion by criterion in WCAG's order, as
 * the statement on uustatus.no asks them: samsvar, ikke samsvar or ikke relevant, with the reason where it is not
 * samsvar. From the conformance tables of docs/accessibility.md (src/generated/conformance.ts).
 */
import type { CriterionConformance } from './generated/conformance.js';

/** Each widget's conformance table, by tag (src/generated/conformance.ts). */
export type ConformanceTables = Record<string, CriterionConformance[]>;

/** The tables, fetched when the statement is first opened: a page that never opens it never loads them. */
export const loadConformance = (): Promise<ConformanceTables> => import('./generated/conformance.js').then((m) => m.CONFORMANCE);

/** The statement's answer for one criterion. */
export type StatementAnswer = 'samsvar' | 'ikke-samsvar' | 'ikke-relevant';

/** Why, for one widget: its table's words (bokmål). */
export interface WidgetReason {
  tag: string;
  text: string;
}

/** One line of the statement. */
export interface StatementLine {
  id: string;
  name: string;
  level: 'A' | 'AA' | 'AAA';
  answer: StatementAnswer;
  /** Where not samsvar: each widget's reason (for ikke relevant, each widget's; they say the same thing in their words). */
  reasons: WidgetReason[];
  /** Where samsvar: what depends on the kommune (its data, its page, its colours), by widget. */
  kommuneNotes: WidgetReason[];
}

/** Success criteria new in WCAG 2.2: the law (WCAG 2.1) and so the statement do not ask them yet. */
export const WCAG_22_ONLY = new Set(['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8']);

/** `1.4.10` before `1.4.11`, `2.4.7` before `2.4.11`. */
const byNumber = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

/** «Avhenger av kommunen: …» in a table cell, up to the end of that sentence group. */
const kommunePart = (how: string) => /Avhenger av kommunen[\s\S]*$/.exec(how)?.[0];

/** The statement for the widgets `tags`, in WCAG's order; the WCAG 2.2-only criteria in `wcag22`. */
export function accessibilityStatement(
  tags: readonly string[],
  tables: ConformanceTables,
): { wcag21: StatementLine[]; wcag22: StatementLine[] } {
  const rows = new Map<string, { criterion: CriterionConformance; tag: string }[]>();
  for (const tag of tags)
    for (const criterion of tables[tag] ?? []) rows.set(criterion.id, [...(rows.get(criterion.id) ?? []), { criterion, tag }]);
  const lines = [...rows.keys()].sort(byNumber).map((id): StatementLine => {
    const all = rows.get(id)!;
    const { name, level } = all[0]!.criterion;
    const short = all.filter(({ criterion }) => criterion.status === 'delvis' || criterion.status === 'ikke-oppfylt');
    const reason = ({ criterion, tag }: { criterion: CriterionConformance; tag: string }) => ({ tag, text: criterion.how });
    if (short.length > 0) return { id, name, level, answer: 'ikke-samsvar', reasons: short.map(reason), kommuneNotes: [] };
    if (all.every(({ criterion }) => criterion.status === 'ikke-relevant'))
      return { id, name, level, answer: 'ikke-relevant', reasons: all.map(reason), kommuneNotes: [] };
    const kommuneNotes = all.flatMap(({ criterion, tag }) => {
      const text = criterion.status === 'oppfylt' ? kommunePart(criterion.how) : undefined;
      return text ? [{ tag, text }] : [];
    });
    return { id, name, level, answer: 'samsvar', reasons: [], kommuneNotes };
  });
  return { wcag21: lines.filter((l) => !WCAG_22_ONLY.has(l.id)), wcag22: lines.filter((l) => WCAG_22_ONLY.has(l.id)) };
}
