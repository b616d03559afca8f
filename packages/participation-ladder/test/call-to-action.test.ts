import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STEP_IDS } from '@kommune-widgets/schema';
import type { ActivityPhase } from '../src/activity-phase.js';
import { activityCallToAction, callToAction, callToActionLabel, type CallToAction } from '../src/call-to-action.js';
import { METHOD_IDS } from '../src/method-names.js';

const PHASES: ActivityPhase[] = ['open', 'upcoming', 'closed', 'cancelled'];

describe('callToAction', () => {
  it('never asks for an opinion on an informing activity', () => {
    for (const method of [undefined, 'nettside', 'nyhetsbrev', 'folkemøte'] as const)
      for (const phase of PHASES) assert.notEqual(callToAction('informere', method, phase), 'have-your-say', `${method} ${phase}`);
    assert.equal(callToAction('informere', 'nettside', 'open'), 'read-more');
    assert.equal(callToAction('informere', undefined, 'open'), 'read-more');
  });

  it('signs a citizen up for a newsletter and for a meeting, also before the meeting opens', () => {
    assert.equal(callToAction('informere', 'nyhetsbrev', 'open'), 'sign-up');
    assert.equal(callToAction('informere', 'folkemøte', 'open'), 'sign-up');
    assert.equal(callToAction('informere', 'folkemøte', 'upcoming'), 'sign-up');
    assert.equal(callToAction('snakke-med', 'plansmie', 'upcoming'), 'sign-up');
    assert.equal(callToAction('snakke-med', 'gjestebud', 'open'), 'sign-up');
  });

  it('asks for an answer to a consultation or a survey, and an opinion on other open questions', () => {
    assert.equal(callToAction('spørre', 'høring', 'open'), 'answer-consultation');
    assert.equal(callToAction('spørre', 'meningsmåling', 'open'), 'answer-survey');
    assert.equal(callToAction('spørre', 'offentlig-ettersyn', 'open'), 'have-your-say');
    assert.equal(callToAction('spørre', 'innbyggerpanel', 'open'), 'have-your-say');
    assert.equal(callToAction('spørre', undefined, 'open'), 'have-your-say');
  });

  it('fits the higher steps: join a dialogue, propose, sign a proposal, vote', () => {
    assert.equal(callToAction('snakke-med', undefined, 'open'), 'join');
    assert.equal(callToAction('snakke-med', 'e-demokrati', 'open'), 'have-your-say');
    assert.equal(callToAction('dagsorden', undefined, 'open'), 'propose');
    assert.equal(callToAction('dagsorden', 'innbyggerforslag', 'open'), 'sign-proposal');
    assert.equal(callToAction('dagsorden', 'barnetråkk', 'open'), 'join');
    assert.equal(callToAction('rattet', 'folkeavstemning', 'open'), 'how-to-vote');
    assert.equal(callToAction('rattet', 'ungdommens-kommunestyre', 'open'), 'join');
    assert.equal(callToAction('rattet', undefined, 'open'), 'join');
  });

  it('offers only to read more about what is closed or cancelled, whatever the method', () => {
    for (const step of STEP_IDS)
      for (const method of [undefined, ...METHOD_IDS])
        for (const phase of ['closed', 'cancelled'] as const)
          assert.equal(callToAction(step, method, phase), 'read-more', `${step} ${method} ${phase}`);
  });

  it('asks for no input before an activity opens, except a sign-up for a meeting', () => {
    for (const step of STEP_IDS)
      for (const method of [undefined, ...METHOD_IDS])
        assert.ok(['read-more', 'sign-up'].includes(callToAction(step, method, 'upcoming')), `${step} ${method}`);
    assert.equal(callToAction('spørre', 'høring', 'upcoming'), 'read-more');
  });

  it('reads the method as the editor wrote it', () => {
    assert.equal(activityCallToAction({ step: 'informere', method: 'Folkemøte' }, 'open'), 'sign-up');
    assert.equal(activityCallToAction({ step: 'spørre', method: 'Høyring' }, 'open'), 'answer-consultation');
    assert.equal(activityCallToAction({ step: 'informere', method: 'Eget nyhetsbrev' }, 'open'), 'read-more');
    assert.equal(activityCallToAction({ step: 'spørre' }, 'open'), 'have-your-say');
  });
});

describe('callToActionLabel', () => {
  it('words each invitation in bokmål, each differently', () => {
    const actions: CallToAction[] = [
      'read-more',
      'sign-up',
      'have-your-say',
      'answer-consultation',
      'answer-survey',
      'join',
      'propose',
      'sign-proposal',
      'how-to-vote',
    ];
    const labels = actions.map(callToActionLabel);
    assert.deepEqual(labels.slice(0, 4), ['Les mer', 'Meld deg på', 'Si din mening', 'Svar på høringen']);
    assert.equal(new Set(labels).size, actions.length);
  });
});
