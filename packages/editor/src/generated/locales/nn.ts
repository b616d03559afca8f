
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'editor.address.busy': `Hentar …`,
'editor.address.check': `Hent og sjekk`,
'editor.address.empty': `Skriv adressa til dokumentet.`,
'editor.address.hint': str`På denne nettstaden, til dømes ${0}`,
'editor.address.invalid': str`«${0}» er ikkje ei adresse.`,
'editor.address.label': `Adressa til kommunedokumentet`,
'editor.address.network': `Fekk ikkje kontakt med nettstaden. Sjekk nettsambandet og prøv igjen.`,
'editor.address.not-found': str`Fann inga fil på ${0} (404). Sjekk adressa.`,
'editor.address.other-site': str`Sida hentar berre dokument frå denne nettstaden (${0}). Last ned fila og vel «Ei fil på denne maskina» i staden.`,
'editor.address.status': str`Nettstaden svarte ${0} for ${1}.`,
'editor.address.timeout': `Nettstaden svarte ikkje i tide. Prøv igjen.`,
'editor.coverage': `Kva dokumentet kan vise`,
'editor.coverage.absent': `ikkje med i dokumentet`,
'editor.coverage.invalid': `har problem, og viser ei feilmelding til dei er retta`,
'editor.coverage.ready': `kan visast`,
'editor.field': `felt`,
'editor.file.hint': `Fila blir berre lesen her i nettlesaren. Ho blir ikkje lasta opp nokon stad.`,
'editor.file.label': `Vel kommunedokumentet (.json)`,
'editor.file.unreadable': str`Kunne ikkje lese ${0}. Prøv å velje fila på nytt.`,
'editor.fix': `Slik rettar du det:`,
'editor.fix.closed-reason': `Skriv heimelen i saka, til dømes "closedReason": "Offl. § 13, jf. fvl. § 13". Er saka likevel open, skriv "public": true.`,
'editor.fix.date': str`Skriv «${0}»: år, månad og dag med bindestrek mellom, i den rekkjefølgja.`,
'editor.fix.date-time': str`Skriv datoen med året først og ta med klokkeslettet: «${0}T18:00» for klokka 18.`,
'editor.fix.number': str`Skriv talet utan hermeteikn, mellomrom og «kr»: ${0}`,
'editor.fix.url-http': str`Skriv «${0}», med s. Opnar ikkje sida seg med https, må den som har sida, rette det: modulane lenkjer aldri til http.`,
'editor.fix.url-www': str`Skriv heile adressa: «https://${0}».`,
'editor.heading': `Sjekk kommunedokumentet`,
'editor.language': `Språk`,
'editor.lead': `Her ser du om JSON-fila med opplysningane til kommunen er i orden før du legg henne ut. Kvart problem står med linja og teiknet der det er, og korleis du rettar det.`,
'editor.paste.check': `Sjekk teksten`,
'editor.paste.empty': `Lim inn teksten i feltet først.`,
'editor.paste.hint': `Teksten blir berre sjekka her i nettlesaren.`,
'editor.paste.label': `Lim inn innhaldet i kommunedokumentet`,
'editor.paste.name': `Teksten du limte inn`,
'editor.place': str`Linje ${0}, teikn ${1}`,
'editor.privacy': `Dokumentet blir verande i nettlesaren din. Ingenting blir sendt nokon stad.`,
'editor.result.many': str`${0} problem i ${1}`,
'editor.result.one': str`Eitt problem i ${0}`,
'editor.result.syntax': str`${0} er ikkje gyldig JSON`,
'editor.result.valid': str`${0} er i orden.`,
'editor.result.valid-warnings': str`${0} er i orden, men har åtvaringar.`,
'editor.source.file': `Ei fil på denne maskina`,
'editor.source.legend': `Kvar er dokumentet?`,
'editor.source.paste': `Eg limer inn teksten`,
'editor.source.url': `Ei adresse på denne nettstaden`,
'editor.syntax.explained': `Her sluttar teksten å vere JSON. Ofte manglar det eit komma, eit hermeteikn eller ei klamme rett før denne staden, eller det står eit komma for mykje.`,
'editor.title': `Sjekk kommunedokumentet – kommune-widgets`,
'editor.warnings': `Åtvaringar`,
'editor.warnings.lead': `Dette verkar i dag, men bør rettast.`,
'editor.widget.budget': `Budsjettkaka`,
'editor.widget.meetings': `Møtekalenderen`,
'editor.widget.participation': `Deltakingstrappa`,
'editor.widget.pledge': `Valløftet`,
'editor.widget.report': `Meldeskjemaet for hets og truslar`,
    };
  