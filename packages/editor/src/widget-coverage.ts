/**
 * Which widgets a document can feed: each widget reads its own section (SPEC §3), so a document with a broken budget
 * still feeds the participation ladder. Decided by the same parsers the widgets run.
 */
import { msg } from '@lit/localize';
import { budgetInput, meetingsInput, participationInput, pledgeInput, reportInput, type SectionKey } from '@kommune-widgets/schema';

/** A widget and the section it reads. */
export interface WidgetSection {
  tag: string;
  section: SectionKey;
  /** The parser the widget runs on its input. */
  input: { parse(input: unknown): { ok: boolean } };
  /** The widget's name as web editors know it, in the active language. */
  name: () => string;
}

/** The five widgets, in the order the docs present them. */
export const WIDGET_SECTIONS: WidgetSection[] = [
  {
    tag: 'kommune-participation-ladder',
    section: 'participation',
    input: participationInput,
    name: () => msg('Deltakelsestrappa', { id: 'editor.widget.participation' }),
  },
  { tag: 'kommune-budget-pie', section: 'budget', input: budgetInput, name: () => msg('Budsjettkaka', { id: 'editor.widget.budget' }) },
  {
    tag: 'kommune-meeting-calendar',
    section: 'meetings',
    input: meetingsInput,
    name: () => msg('Møtekalenderen', { id: 'editor.widget.meetings' }),
  },
  {
    tag: 'kommune-hate-report',
    section: 'report',
    input: reportInput,
    name: () => msg('Meldeskjemaet for hets og trusler', { id: 'editor.widget.report' }),
  },
  { tag: 'kommune-pledge', section: 'pledge', input: pledgeInput, name: () => msg('Valgløftet', { id: 'editor.widget.pledge' }) },
];

/** Whether a widget can show the document: `ready`, `invalid` (its section has problems) or `absent`. */
export type Coverage = 'ready' | 'invalid' | 'absent';

/**
 * What each widget makes of `data`: a whole document, or (with `section`) the one section the text holds alone.
 */
export function coverageOf(data: unknown, section?: SectionKey): { widget: WidgetSection; coverage: Coverage }[] {
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return WIDGET_SECTIONS.map((widget) => {
    const present = section ? section === widget.section : record[widget.section] !== undefined;
    if (!present) return { widget, coverage: 'absent' as const };
    return { widget, coverage: widget.input.parse(data).ok ? ('ready' as const) : ('invalid' as const) };
  });
}
