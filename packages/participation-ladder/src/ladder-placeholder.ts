import { html, type TemplateResult } from 'lit';
import { renderHeading } from '@kommune-widgets/core';
import { ACTIVITIES_SHOWN } from './activity-list.js';

/** The widget's own texts the placeholder shows, in the element's language. */
export interface LadderPlaceholderTexts {
  heading: string;
  intro: string;
  /** The accessible name of the list of steps. */
  stepsLabel: string;
  overviewHeading: string;
  /** The five steps' default titles, in KS order. */
  stepTitles: readonly string[];
}

/**
 * What the ladder draws while its data loads: what does not depend on the data at once (its heading, the default
 * introduction, the five steps with their default titles, the heading of the list of processes), and grey cards
 * where a typical list of processes will be, as many as a list shows before "Vis alle". So the widget takes about
 * its final height from the start and the kommune's page below it does not jump when the data arrives.
 * The steps are not buttons yet: there is nothing to select before the data is there.
 */
export function renderLadderPlaceholder(headingLevel: number, texts: LadderPlaceholderTexts): TemplateResult {
  return html`<div class="ladder-widget ladder-placeholder">
    ${renderHeading(headingLevel, texts.heading, { id: 'ladder-heading', className: 'kw-title' })}
    <p class="intro">${texts.intro}</p>
    <ol class="ladder" part="ladder" role="list" aria-label=${texts.stepsLabel}>
      ${texts.stepTitles.map(
        (title, index) =>
          html`<li class="step step-${index + 1}" part="step">
            <span class="step-box">
              <span class="step-number" aria-hidden="true">${index + 1}</span>
              <span class="step-title">${title}</span>
            </span>
          </li>`,
      )}
    </ol>
    <div class="panel">
      ${renderHeading(headingLevel + 1, texts.overviewHeading)}
      <ul class="activities" role="list" aria-hidden="true">
        ${Array.from(
          { length: ACTIVITIES_SHOWN },
          () =>
            html`<li class="activity skeleton-card">
              <span class="bone bone-title"></span>
              <span class="bone bone-meta"></span>
              <span class="bone bone-text"></span>
              <span class="bone bone-action"></span>
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
