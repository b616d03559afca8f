import { msg } from '@lit/localize';
import type { StepId } from '@kommune-widgets/schema';

/** What the widget says about a step unless the editor overrides it. */
export interface StepTexts {
  title: string;
  description: string;
  promise: string;
}

/** KS' texts for a step of the deltakelsestrapp in the current language. Call while rendering. */
export function defaultStepTexts(id: StepId): StepTexts {
  switch (id) {
    case 'informere':
      return {
        title: msg('Informere', { id: 'ladder.step.informere.title' }),
        description: msg('Kommunen gir deg fakta om saker, planer og vedtak. For å kunne engasjere deg i en sak må du kjenne til fakta.', {
          id: 'ladder.step.informere.description',
        }),
        promise: msg('Vi holder deg informert, i klart språk og i kanalene du bruker.', { id: 'ladder.step.informere.promise' }),
      };
    case 'spørre':
      return {
        title: msg('Spørre', { id: 'ladder.step.sporre.title' }),
        description: msg('Kommunen spør hva du mener om et forslag, med tydelige spørsmål og i flere kanaler.', {
          id: 'ladder.step.sporre.description',
        }),
        promise: msg('Vi lytter til det du sier, og forteller deg hvordan innspillene påvirket beslutningen.', {
          id: 'ladder.step.sporre.promise',
        }),
      };
    case 'snakke-med':
      return {
        title: msg('Snakke med', { id: 'ladder.step.snakkemed.title' }),
        description: msg('Kommunen og innbyggerne drøfter saken sammen. Dialog er toveiskommunikasjon, der du er.', {
          id: 'ladder.step.snakkemed.description',
        }),
        promise: msg('Vi arbeider sammen med deg, slik at dine meninger og bekymringer blir forstått og tatt med i vurderingen.', {
          id: 'ladder.step.snakkemed.promise',
        }),
      };
    case 'dagsorden':
      return {
        title: msg('Innbyggerne er med å sette dagsorden', { id: 'ladder.step.dagsorden.title' }),
        description: msg('Innbyggerne er med på å bestemme hvilke saker kommunen skal diskutere.', {
          id: 'ladder.step.dagsorden.description',
        }),
        promise: msg('Vi tar sakene du løfter fram på alvor, og svarer deg på hva som skjer med dem.', {
          id: 'ladder.step.dagsorden.promise',
        }),
      };
    case 'rattet':
      return {
        title: msg('Innbyggerne får ei hånd på rattet', { id: 'ladder.step.rattet.title' }),
        description: msg('Innbyggerne får være med og bestemme, innenfor tydelige rammer for hva som er delegert.', {
          id: 'ladder.step.rattet.description',
        }),
        promise: msg('Vi gjennomfører det dere bestemmer, innenfor rammene vi har avtalt.', { id: 'ladder.step.rattet.promise' }),
      };
  }
}
