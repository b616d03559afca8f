/**
 * What each kind of organ is, in plain language, for a citizen who does not know what a formannskap or a
 * kontrollutvalg does. A kommune's own `description` of the organ replaces it.
 */
import { msg } from '@lit/localize';
import type { OrganizationKind } from '@kommune-widgets/schema';

/** The built-in explanation of an organ kind, in the active locale; none for `annet`. */
export function organKindExplanation(kind: OrganizationKind): string | undefined {
  switch (kind) {
    case 'kommunestyre':
      return msg(
        'Kommunestyret er kommunens øverste organ. Medlemmene velges av innbyggerne ved kommunevalget hvert fjerde år. Kommunestyret vedtar blant annet budsjettet og planene for kommunen.',
        { id: 'meetings.kind.kommunestyre' },
      );
    case 'formannskap':
      return msg(
        'Formannskapet velges av kommunestyret blant medlemmene. Det forbereder budsjettet og økonomiplanen, og avgjør saker kommunestyret har gitt det myndighet til.',
        { id: 'meetings.kind.formannskap' },
      );
    case 'kommuneråd':
      return msg(
        'Kommunerådet leder kommunen der kommunestyret har valgt parlamentarisk styreform, slik en regjering leder landet. Det står ansvarlig overfor kommunestyret.',
        { id: 'meetings.kind.kommuneraad' },
      );
    case 'utvalg':
      return msg(
        'Et utvalg er satt ned av kommunestyret for å behandle saker på ett område, for eksempel oppvekst, helse eller teknikk. Det avgjør saker det har fått myndighet til, og gir råd i andre.',
        { id: 'meetings.kind.utvalg' },
      );
    case 'kommunestyrekomité':
      return msg(
        'En komité er satt ned av kommunestyret for å forberede saker på ett område før kommunestyret avgjør dem. Komiteen gir en tilråding, men vedtar ikke selv.',
        { id: 'meetings.kind.komite' },
      );
    case 'kontrollutvalg':
      return msg(
        'Kontrollutvalget passer på kommunens forvaltning på vegne av kommunestyret: at regnskapet blir revidert, at vedtak blir fulgt opp og at lover og regler blir fulgt.',
        { id: 'meetings.kind.kontrollutvalg' },
      );
    case 'arbeidsutvalg':
      return msg(
        'Et arbeidsutvalg er en mindre gruppe som forbereder saker for et annet folkevalgt organ. Det avgjør bare saker det har fått myndighet til.',
        { id: 'meetings.kind.arbeidsutvalg' },
      );
    case 'partssammensatt-utvalg':
      return msg(
        'I et partssammensatt utvalg møter folkevalgte og representanter for de ansatte. Det behandler saker om forholdet mellom kommunen som arbeidsgiver og de ansatte.',
        { id: 'meetings.kind.partssammensatt' },
      );
    case 'styre-for-institusjon':
      return msg(
        'Et styre for en kommunal institusjon, som en skole eller et kulturhus, leder virksomheten innenfor rammene kommunestyret setter.',
        { id: 'meetings.kind.institusjonsstyre' },
      );
    case 'eldreråd':
      return msg(
        'Eldrerådet gir kommunen råd i saker som gjelder eldre. Kommunen skal legge slike saker fram for rådet, og rådet kan også ta opp saker selv.',
        { id: 'meetings.kind.eldreraad' },
      );
    case 'råd-for-personer-med-funksjonsnedsettelse':
      return msg(
        'Rådet for personer med funksjonsnedsettelse gir kommunen råd i saker som gjelder dem. Kommunen skal legge slike saker fram for rådet, og rådet kan også ta opp saker selv.',
        { id: 'meetings.kind.funksjonsnedsettelse' },
      );
    case 'ungdomsråd':
      return msg(
        'Ungdomsrådet gir kommunen råd i saker som gjelder ungdom. Kommunen skal legge slike saker fram for rådet, og rådet kan også ta opp saker selv.',
        { id: 'meetings.kind.ungdomsraad' },
      );
    case 'valgstyre':
      return msg(
        'Valgstyret er oppnevnt av kommunestyret og har ansvaret for å gjennomføre stortingsvalg, kommunevalg og fylkesvalg i kommunen.',
        {
          id: 'meetings.kind.valgstyre',
        },
      );
    case 'råd':
      return msg('Et råd gir kommunen råd i saker som gjelder en gruppe innbyggere. Rådet vedtar ikke selv.', { id: 'meetings.kind.raad' });
    default:
      return undefined;
  }
}
