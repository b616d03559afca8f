import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { participationInput, type Participation } from '@kommune-widgets/schema';
import { defineElement, KommuneElement } from '@kommune-widgets/core';

/** A minimal widget on the core base, reading the participation section, for testing what every widget inherits. */
export class TestWidget extends KommuneElement<Participation> {
  protected readonly sectionInput = participationInput;
  renders = 0;

  protected override isEmpty(section: Participation): boolean {
    return section.activities.length === 0;
  }

  protected override renderContent(section: Participation): TemplateResult {
    this.renders++;
    if (section.heading === 'explode') throw new Error('render bug on purpose');
    return html`${this.heading(0, 'Test', { className: 'title' })} ${this.heading(1, 'Panel', { className: 'panel-title' })}
      <p class="count">${section.activities.length}</p>
      <p class="loading-word">${msg('Laster inn …', { id: 'core.loading' })}</p>
      <p class="today">${this.now.toISOString()}</p>`;
  }
}

defineElement('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
