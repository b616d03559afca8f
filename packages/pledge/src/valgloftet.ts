/**
 * The built-in pledge text: Valgløftet in the structure of KS' published editions (nei, ja, forventer, vil bidra,
 * ønsker), the 2019 edition for elections before 2023 and from 2023 on with truthful debate and the danger of
 * disinformation added. Called while the element's language is in force (its `msg()` calls are looked up then).
 */
import { msg, str } from '@lit/localize';
import { singleStops } from '@kommune-widgets/core';
import type { TemplateResult } from 'lit';

/** The first election year of the edition that added truthful debate and disinformation. */
export const EDITION_2023 = 2023;

/**
 * A pledge text as the widget draws it. The kommune's own text is a template where it is in another language than the
 * widget speaks (a bokmål fallback in a nordsamisk widget), marked with its `lang` (WCAG 3.1.2).
 */
export interface ShownText {
  title: string | TemplateResult;
  body: Array<string | TemplateResult>;
  breach: Array<string | TemplateResult>;
  /** «Teksten bygger på KS' Valgløftet …» under the built-in text; absent for the kommune's or campaign's own. */
  source?: string;
}

/** The edition of Valgløftet for an election year: 2019 before 2023, 2023 from then on. */
export function editionOf(year: number): 2019 | 2023 {
  return year >= EDITION_2023 ? 2023 : 2019;
}

/** Valgløftet for `year`, in the language in force. */
export function builtInText(year: number): ShownText {
  const edition = editionOf(year);
  const body = [
    msg('I denne valgkampen sier vi nei til hets, mobbing, trakassering, skjellsord og personangrep.', { id: 'pledge.text.no' }),
    edition === 2023
      ? msg('Vi sier ja til saklige og sannferdige debatter med reelle argumenter, og vi er oppmerksomme på faren ved desinformasjon.', {
          id: 'pledge.text.yes2023',
        })
      : msg('Vi sier ja til saklige debatter med reelle argumenter.', { id: 'pledge.text.yes' }),
    msg('Vi forventer at ledende politikere er rollemodeller.', { id: 'pledge.text.expect' }),
    msg('Vi vil bidra til et godt debattklima.', { id: 'pledge.text.contribute' }),
    msg(
      'Vi ønsker at vi behandler hverandre med respekt, at alle stemmer blir hørt, at tilliten vokser, at flest mulig stemmer, og at barn og unge ser hvorfor lokaldemokratiet er verdt å kjempe for.',
      { id: 'pledge.text.wish' },
    ),
  ];
  const breach = [
    msg(
      'Hets, trusler, trakassering, skjellsord eller personangrep mot andre kandidater, folkevalgte eller velgere, enten det skjer på møter, i mediene eller i sosiale medier.',
      { id: 'pledge.breach.hate' },
    ),
    msg('Å dele, like eller oppfordre til innhold som hetser, truer eller henger ut andre.', { id: 'pledge.breach.share' }),
    ...(edition === 2023
      ? [msg('Å spre påstander man vet eller burde vite er usanne, eller desinformasjon.', { id: 'pledge.breach.disinformation' })]
      : []),
  ];
  return {
    title: msg(str`Valgløftet ${year}`, { id: 'pledge.text.title' }),
    body,
    breach,
    source: singleStops(msg(str`Teksten bygger på KS' Valgløftet, utgaven fra ${edition}.`, { id: 'pledge.text.source' })),
  };
}
