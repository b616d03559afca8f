import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { participationInput, STEP_IDS, type Participation, type ParticipationActivity, type StepId } from '@kommune-widgets/schema';
import { emit, KommuneElement, renderHeading, RovingFocusController, singleStops } from '@kommune-widgets/core';
import { renderActivityCard } from './activity-card.js';
import { renderActivityDetail } from './activity-detail.js';
import { ACTIVITIES_SHOWN, renderShowAll, shownEntries } from './activity-list.js';
import { sortActivities } from './activity-phase.js';
import { renderInnbyggerforslagRight } from './legal-right.js';
import { renderLadderPlaceholder } from './ladder-placeholder.js';
import { isInnbyggerforslag } from './method-names.js';
import { methodLabel, STEP_METHODS } from './methods.js';
import { participationLadderStyles } from './participation-ladder.styles.js';
import { defaultStepTexts, type StepTexts } from './steps.js';

/** Detail of `kommune-step-select`. */
export interface StepSelectDetail {
  /** The selected step, or `null` when the selection was cleared. */
  step: StepId | null;
}

/** Detail of `kommune-activity-select`. */
export interface ActivitySelectDetail {
  /** The selected activity's id, or `null` when it was closed. */
  activity: string | null;
}

/** A step's texts after the editor's overrides: title, explanation, promise and example methods. */
interface ResolvedStep extends StepTexts {
  id: StepId;
  methods: string[];
}

/**
 * KS' deltakelsestrapp — informere, spørre, snakke med, sette dagsorden, ei hånd på rattet — with the
 * kommune's participation processes placed on their steps, open ones first. Selecting a process marks where
 * it sits on the ladder and answers who is asking, where the process is, what happens next and what
 * difference the input made.
 *
 * @tagname kommune-participation-ladder
 * @summary The participation ladder with the kommune's open participation processes.
 * @fires kommune-step-select - A step was selected or cleared. `detail: { step: StepId | null }`.
 * @fires kommune-activity-select - A process was opened or closed. `detail: { activity: string | null }`.
 * @csspart ladder - The ordered list of the five steps.
 * @csspart step - One step of the ladder.
 * @csspart step-button - The button that selects a step.
 * @csspart panel - The area below the ladder with the selected step or the list of processes.
 * @csspart activity - One participation process in a list.
 * @csspart activity-link - The link to where one takes part.
 * @csspart activity-button - The button that shows where a process stands.
 * @csspart show-all-button - The "Vis alle (N)" button under a list that shows only its first five processes.
 * @csspart phase-badge - The open/upcoming/closed marker with its date.
 * @csspart activity-detail - The panel answering the four questions for one process.
 * @csspart questions - The four questions inside the detail panel.
 * @csspart close-button - The button that closes the detail panel.
 * @csspart legal-right - The box explaining the right to an innbyggerforslag.
 * @csspart here-marker - The "this process is here" mark on the step of the selected process.
 * @csspart promise - The box with what the kommune promises at the selected step.
 * @csspart empty - The message shown when the kommune has no processes.
 * @csspart take-part-link - The link to take part, in the detail panel.
 * @cssprop --kw-ladder-step-rise - How much each step rises above the one before on wide screens (default 1.5em).
 */
export class KommuneParticipationLadder extends KommuneElement<Participation> {
  static override styles = [...KommuneElement.styles, participationLadderStyles];

  /** The selected step (`informere`, `spørre`, `snakke-med`, `dagsorden`, `rattet`); empty shows every process. */
  @property({ reflect: true }) step?: StepId;

  /** The id of the process whose place on the ladder and four questions are shown. */
  @property({ reflect: true }) activity?: string;

  protected readonly sectionInput = participationInput;

  /** Arrow keys, Home and End move between the five steps, one Tab stop on the selected step. */
  private readonly stepFocus = new RovingFocusController(this, {
    elements: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.step-button')],
    current: () => this.renderRoot.querySelector<HTMLElement>('.step-button[aria-pressed="true"]'),
  });

  /** The list the reader asked to see whole (`overview`, or a step's id); the others show their first five. */
  @state() private expandedList?: string;

  protected override isEmpty(section: Participation): boolean {
    return section.activities.length === 0;
  }

  /** Without processes the ladder is still worth reading: its steps, with a line saying there is nothing open. */
  protected override renderEmpty(section: Participation): TemplateResult {
    return this.renderContent(section);
  }

  /** While loading: the heading, the five steps and room for a typical list of processes, so the page does not jump. */
  protected override renderPlaceholder(): TemplateResult {
    return renderLadderPlaceholder(this.headingLevel, {
      heading: this.defaultHeading(),
      intro: this.defaultIntro(),
      stepsLabel: this.stepsLabel(),
      overviewHeading: this.overviewHeading(),
      stepTitles: STEP_IDS.map((id) => defaultStepTexts(id).title),
    });
  }

  private resolveStep(id: StepId, section: Participation): ResolvedStep {
    const texts = defaultStepTexts(id);
    const override = section.steps?.find((s) => s.id === id);
    return {
      id,
      title: override?.title ? this.text(override.title) : texts.title,
      description: override?.description ? this.text(override.description) : texts.description,
      promise: override?.promise ? this.text(override.promise) : texts.promise,
      methods: override?.methods ? override.methods.map((m) => this.text(m)) : STEP_METHODS[id].map((m) => methodLabel(m) ?? m),
    };
  }

  protected override renderContent(section: Participation): TemplateResult {
    const steps = STEP_IDS.map((id) => this.resolveStep(id, section));
    const sorted = sortActivities(section.activities, this.now);
    const selectedActivity = sorted.find((entry) => entry.activity.id === this.activity);
    const selectedStep = steps.find((s) => s.id === this.step);
    const level = this.headingLevel;
    return html`<section class="ladder-widget" aria-labelledby="ladder-heading">
      ${renderHeading(level, section.heading ? this.textPart(section.heading) : this.defaultHeading(), { id: 'ladder-heading', className: 'kw-title' })}
      <p class="intro">${section.intro ? this.textPart(section.intro) : this.defaultIntro()}</p>
      ${this.renderLadder(steps, sorted, selectedActivity?.activity)}
      <div class="panel" part="panel" id="ladder-panel">
        ${
          selectedActivity
            ? renderActivityDetail({
                activity: selectedActivity.activity,
                phase: selectedActivity.phase,
                stepTitle: steps.find((s) => s.id === selectedActivity.activity.step)!.title,
                locale: this.locale,
                text: (value) => this.textPart(value),
                headingLevel: level + 1,
                innbyggere: this.kommune?.innbyggere,
                onClose: () => this.showActivity(null, true),
              })
            : nothing
        }
        ${selectedStep ? this.renderStepPanel(selectedStep, sorted) : this.renderOverview(steps, sorted)}
      </div>
    </section>`;
  }

  private defaultHeading(): string {
    return msg('Deltakelsestrappa', { id: 'ladder.heading' });
  }

  private stepsLabel(): string {
    return msg('Trinnene i deltakelsestrappa', { id: 'ladder.stepsLabel' });
  }

  private overviewHeading(): string {
    return msg('Medvirkning i kommunen', { id: 'ladder.overview.heading' });
  }

  private defaultIntro(): string {
    const navn = this.kommune ? this.text(this.kommune.navn) : undefined;
    return navn
      ? singleStops(
          msg(
            str`Slik kan du være med og påvirke i ${navn}. Trappa viser hvor mye innbyggerne er med og bestemmer, fra å bli informert til å få ei hånd på rattet. Velg et trinn for å lese mer.`,
            {
              id: 'ladder.intro.named',
            },
          ),
        )
      : msg(
          'Slik kan du være med og påvirke i kommunen. Trappa viser hvor mye innbyggerne er med og bestemmer, fra å bli informert til å få ei hånd på rattet. Velg et trinn for å lese mer.',
          {
            id: 'ladder.intro',
          },
        );
  }

  private renderLadder(
    steps: ResolvedStep[],
    sorted: ReturnType<typeof sortActivities>,
    selected: ParticipationActivity | undefined,
  ): TemplateResult {
    return html`<ol class="ladder" part="ladder" role="list" aria-label=${this.stepsLabel()}>
      ${steps.map((step, index) => {
        const open = sorted.filter((e) => e.activity.step === step.id && e.phase === 'open').length;
        const isSelected = this.step === step.id;
        const holdsProcess = selected?.step === step.id;
        return html`<li class="step step-${index + 1} ${isSelected ? 'selected' : ''} ${holdsProcess ? 'holds-process' : ''}" part="step">
          <button
            type="button"
            class="step-button"
            part="step-button"
            data-step=${step.id}
            aria-pressed=${isSelected ? 'true' : 'false'}
            aria-controls="ladder-panel"
            @click=${() => this.selectStep(isSelected ? null : step.id)}
          >
            <span class="step-number" aria-hidden="true">${index + 1}</span>
            <span class="step-title">${step.title}</span>
            ${open > 0 ? html`<span class="step-count">${open === 1 ? msg('1 åpen nå', { id: 'ladder.count.one' }) : msg(str`${open} åpne nå`, { id: 'ladder.count.many' })}</span>` : nothing}
            ${holdsProcess ? html`<span class="here" part="here-marker">${msg('Denne prosessen er her', { id: 'ladder.here' })}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ol>`;
  }

  /** A list of processes: the first five, and a button that shows the rest (`list` names it: `overview` or a step). */
  private renderActivities(
    entries: ReturnType<typeof sortActivities>,
    steps: ResolvedStep[] | undefined,
    headingLevel: number,
    list: string,
  ): TemplateResult {
    const shown = shownEntries(entries, this.expandedList === list, this.activity);
    return html`<ul class="activities" id="activity-list" role="list">
        ${shown.map(({ activity, phase }) =>
          renderActivityCard({
            activity,
            phase,
            locale: this.locale,
            text: (value) => this.textPart(value),
            headingLevel,
            ...(steps ? { stepTitle: steps.find((s) => s.id === activity.step)!.title } : {}),
            selected: activity.id === this.activity,
            onSelect: (a) => this.showActivity(a.id === this.activity ? null : a.id, true),
          }),
        )}
      </ul>
      ${renderShowAll(entries.length, shown.length, 'activity-list', () => this.showAllActivities(list))}`;
  }

  /** Shows the whole list and moves focus to the first process that was hidden, so the reader goes on from there. */
  private showAllActivities(list: string): void {
    this.expandedList = list;
    this.focusAfterUpdate.request(
      () => {
        const first = this.renderRoot.querySelectorAll<HTMLElement>('#activity-list > .activity')[ACTIVITIES_SHOWN];
        // A list item takes focus only from script; its text (title, phase, method) is what a screen reader reads.
        if (first) first.tabIndex = -1;
        return first;
      },
      undefined,
      { byUser: true },
    );
  }

  private renderOverview(steps: ResolvedStep[], sorted: ReturnType<typeof sortActivities>): TemplateResult {
    const level = this.headingLevel + 1;
    return html`<section class="overview" aria-labelledby="overview-heading">
      ${renderHeading(level, this.overviewHeading(), { id: 'overview-heading' })}
      ${
        sorted.length === 0
          ? html`<p class="empty" part="empty">
              ${msg('Kommunen har ingen medvirkningsprosesser å vise akkurat nå. Velg et trinn for å lese hvordan du kan påvirke.', { id: 'ladder.empty' })}
            </p>`
          : this.renderActivities(sorted, steps, level + 1, 'overview')
      }
    </section>`;
  }

  private renderStepPanel(step: ResolvedStep, sorted: ReturnType<typeof sortActivities>): TemplateResult {
    const level = this.headingLevel + 1;
    const onStep = sorted.filter((e) => e.activity.step === step.id);
    const position = STEP_IDS.indexOf(step.id) + 1;
    const hasProposal = step.id === 'dagsorden' || onStep.some((e) => isInnbyggerforslag(e.activity.method));
    return html`<section class="step-panel" aria-labelledby="step-heading">
      <p class="step-position">${msg(str`Trinn ${position} av 5`, { id: 'ladder.position' })}</p>
      ${renderHeading(level, step.title, { id: 'step-heading' })}
      <p>${step.description}</p>
      <div class="promise" part="promise">
        ${renderHeading(level + 1, msg('Dette lover kommunen deg', { id: 'ladder.promise' }))}
        <p>${step.promise}</p>
      </div>
      ${
        step.methods.length
          ? html`${renderHeading(level + 1, msg('Eksempler på metoder', { id: 'ladder.methods' }))}
              <ul class="methods">
                ${step.methods.map((m) => html`<li>${m}</li>`)}
              </ul>`
          : nothing
      }
      ${hasProposal ? renderInnbyggerforslagRight(this.locale, this.kommune?.innbyggere, level + 1) : nothing}
      ${renderHeading(level + 1, msg('Prosesser på dette trinnet', { id: 'ladder.stepActivities' }))}
      ${
        onStep.length === 0
          ? html`<p class="empty">${msg('Kommunen har ingen prosesser på dette trinnet akkurat nå.', { id: 'ladder.stepEmpty' })}</p>`
          : this.renderActivities(onStep, undefined, level + 2, step.id)
      }
    </section>`;
  }

  /** Selects a step (or clears it with `null`), as a click on it does, and dispatches `kommune-step-select`. */
  selectStep(step: StepId | null): void {
    this.step = step ?? undefined;
    emit(this, 'kommune-step-select', { step });
  }

  /** Opens the four questions for a process (or closes them with `null`) and dispatches `kommune-activity-select`. */
  selectActivity(activity: string | null): void {
    this.showActivity(activity, false);
  }

  /** Opens or closes a process's detail; the reader's own click moves focus into it and back to its button. */
  private showActivity(activity: string | null, byUser: boolean): void {
    const previous = this.activity;
    this.activity = activity ?? undefined;
    if (activity !== null) {
      this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('#activity-detail-title'), undefined, { byUser });
    } else if (previous) {
      // Closing the detail returns focus to the button that opened it.
      this.focusAfterUpdate.request(
        () => this.renderRoot.querySelector<HTMLElement>(`.activity-select[data-activity="${CSS.escape(previous)}"]`),
        () => this.stepFocus.tabStop,
        { byUser },
      );
    }
    emit(this, 'kommune-activity-select', { activity });
  }
}

declare module '@kommune-widgets/core' {
  interface KommuneEventMap {
    'kommune-step-select': StepSelectDetail;
    'kommune-activity-select': ActivitySelectDetail;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kommune-participation-ladder': KommuneParticipationLadder;
  }
  interface GlobalEventHandlersEventMap {
    'kommune-step-select': CustomEvent<StepSelectDetail>;
    'kommune-activity-select': CustomEvent<ActivitySelectDetail>;
  }
}
