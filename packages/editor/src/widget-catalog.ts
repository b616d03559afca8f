/** The five widgets as the editors' page names them, and the section of the document each reads. */
import { msg } from '@lit/localize';
import type { SectionKey } from '@kommune-widgets/schema';

/** A widget and the section it reads. */
export interface WidgetSection {
  tag: string;
  section: SectionKey;
  /** The widget's name as web editors know it, in the active language. */
  name: () => string;
}

/** The five widgets, in the order the docs present them. */
export const WIDGET_SECTIONS: WidgetSection[] = [
  {
    tag: 'kommune-participation-ladder',
    section: 'participation',
    name: () => msg('Deltakelsestrappa', { id: 'editor.widget.participation' }),
  },
  { tag: 'kommune-budget-pie', section: 'budget', name: () => msg('Budsjettkaka', { id: 'editor.widget.budget' }) },
  {
    tag: 'kommune-meeting-calendar',
    section: 'meetings',
    name: () => msg('Møtekalenderen', { id: 'editor.widget.meetings' }),
  },
  {
    tag: 'kommune-hate-report',
    section: 'report',
    name: () => msg('Meldeskjemaet for hets og trusler', { id: 'editor.widget.report' }),
  },
  { tag: 'kommune-pledge', section: 'pledge', name: () => msg('Valgløftet', { id: 'editor.widget.pledge' }) },
];
