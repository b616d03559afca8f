
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.commands': `Kommandoar`,
'cli.exit-codes': `Exit-kodar: 0 gyldig, 1 ugyldig eller uleseleg fil, 2 feil bruk.`,
'cli.json-syntax': str`ugyldig JSON: ${0}`,
'cli.json-syntax-at': str`ugyldig JSON på linje ${0}, kolonne ${1}: ${2}`,
'cli.kostra.file-missing': `Fila med svaret frå SSB manglar.`,
'cli.kostra.into-invalid': str`${0}: ikkje endra, for med dei nye tala ville dokumentet vore ugyldig:`,
'cli.kostra.into-not-document': str`${0}: er ikkje eit heilt kommunedokument (med «schemaVersion» og «kommune»). --into skriv inn i eit slikt dokument.`,
'cli.kostra.into-written': str`${0}: datasettet «${1}» er skrive inn i «budget».`,
'cli.kostra.kommune-format': str`--kommune må vere eit firesifra kommunenummer, ikkje «${0}».`,
'cli.kostra.kommune-required': `--kommune må vere med.`,
'cli.kostra.one-file': `Gi berre éi fil med svar frå SSB.`,
'cli.kostra.option-value': str`--${0} treng ein verdi`,
'cli.kostra.summary': `Gjer eit KOSTRA-svar frå SSB (JSON-stat 2.0, til dømes tabell 12362) om til ein budget-seksjon.`,
'cli.kostra.unusable': str`${0}: kan ikkje bruke svaret frå SSB: ${1}`,
'cli.kostra.year-format': str`--year må vere eit firesifra år, ikkje «${0}».`,
'cli.lang-choices': str`--lang må vere ein av: ${0}`,
'cli.option.help': `Viser denne hjelpa`,
'cli.option.lang': `Språket meldingane blir skrivne på: nb (standard), nn, en eller se`,
'cli.options': `Val`,
'cli.unknown-command': str`Ukjend kommando «${0}».`,
'cli.unknown-option': str`Ukjent val ${0}`,
'cli.unreadable': str`kan ikkje lese fila (${0})`,
'cli.usage': `Bruk`,
'cli.valid': `gyldig`,
'cli.valid-section': str`gyldig (${0}-seksjonen åleine)`,
'cli.validate.summary': `Sjekk kommunedokument, eller éin seksjon åleine, mot skjemaversjon 1, slik widgetane les dei.`,
    };
  