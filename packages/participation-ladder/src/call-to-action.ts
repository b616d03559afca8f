import { msg } from '@lit/localize';
import type { ParticipationActivity, StepId } from '@kommune-widgets/schema';
import type { ActivityPhase } from './activity-phase.js';
import { methodId, type MethodId } from './method-names.js';

/** What the link to an activity invites a citizen to do. */
export type CallToAction =
  | 'read-more'
  | 'sign-up'
  | 'have-your-say'
  | 'answer-consultation'
  | 'answer-survey'
  | 'join'
  | 'propose'
  | 'sign-proposal'
  | 'how-to-vote';

/** Methods that are a gathering one comes to: the link signs a citizen up, also before it opens. */
const GATHERINGS: ReadonlySet<MethodId> = new Set(['folkemøte', 'plansmie', 'fremtidsverksted', 'gjestebud', 'demokraticafé']);

/** What an open activity with a KS method asks of a citizen, whatever step the kommune put it on. */
const BY_METHOD: Partial<Record<MethodId, CallToAction>> = {
  nettside: 'read-more',
  nyhetsbrev: 'sign-up',
  høring: 'answer-consultation',
  'offentlig-ettersyn': 'have-your-say',
  meningsmåling: 'answer-survey',
  innbyggerpanel: 'have-your-say',
  'e-demokrati': 'have-your-say',
  ordførerbenk: 'read-more',
  barnetråkk: 'join',
  innbyggerforslag: 'sign-proposal',
  'sosiale-medier': 'have-your-say',
  kommunedelsutvalg: 'read-more',
  institusjonsstyre: 'read-more',
  'ungdommens-kommunestyre': 'join',
  folkeavstemning: 'how-to-vote',
};

/** What an open activity asks of a citizen when its method is the kommune's own: what the step means. */
const BY_STEP: Record<StepId, CallToAction> = {
  informere: 'read-more',
  spørre: 'have-your-say',
  'snakke-med': 'join',
  dagsorden: 'propose',
  rattet: 'join',
};

/**
 * What the link to an activity should invite a citizen to do. Only an open activity asks for input; a gathering
 * (folkemøte, plansmie …) takes sign-ups from before it opens until it closes; anything else upcoming, closed or
 * cancelled offers to read more. A KS method decides by itself; the kommune's own method by its step, so an
 * informing activity never asks for an opinion.
 */
export function callToAction(step: StepId, method: MethodId | undefined, phase: ActivityPhase): CallToAction {
  if (phase === 'closed' || phase === 'cancelled') return 'read-more';
  if (method && GATHERINGS.has(method)) return 'sign-up';
  if (phase !== 'open') return 'read-more';
  return (method && BY_METHOD[method]) ?? BY_STEP[step];
}

/** {@link callToAction} for an activity as the kommune wrote it (its method by id or by name). */
export function activityCallToAction(activity: Pick<ParticipationActivity, 'step' | 'method'>, phase: ActivityPhase): CallToAction {
  return callToAction(activity.step, methodId(activity.method), phase);
}

/** The words on a link that invites `action`, in the current language. Call while rendering. */
export function callToActionLabel(action: CallToAction): string {
  switch (action) {
    case 'read-more':
      return msg('Les mer', { id: 'ladder.readMore' });
    case 'sign-up':
      return msg('Meld deg på', { id: 'ladder.cta.signUp' });
    case 'have-your-say':
      return msg('Si din mening', { id: 'ladder.takePart' });
    case 'answer-consultation':
      return msg('Svar på høringen', { id: 'ladder.cta.answerConsultation' });
    case 'answer-survey':
      return msg('Svar på undersøkelsen', { id: 'ladder.cta.answerSurvey' });
    case 'join':
      return msg('Bli med', { id: 'ladder.cta.join' });
    case 'propose':
      return msg('Kom med forslag', { id: 'ladder.cta.propose' });
    case 'sign-proposal':
      return msg('Skriv under på forslaget', { id: 'ladder.cta.signProposal' });
    case 'how-to-vote':
      return msg('Slik stemmer du', { id: 'ladder.cta.howToVote' });
  }
}
