
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.commands': `Kommandoar`,
'cli.exit-codes': `Exit-kodar: 0 gyldig, 1 ugyldig eller uleseleg fil, 2 feil bruk.`,
'cli.json-syntax': `ugyldig JSON`,
'cli.json-syntax-at': str`ugyldig JSON på linje ${0}, kolonne ${1}`,
'cli.kostra.file-missing': `Fila med svaret frå SSB manglar.`,
'cli.kostra.into-invalid': str`${0}: ikkje endra, for med dei nye tala ville dokumentet vore ugyldig:`,
'cli.kostra.into-not-document': str`${0}: er ikkje eit heilt kommunedokument (med «schemaVersion» og «kommune»). --into skriv inn i eit slikt dokument.`,
'cli.kostra.into-written': str`${0}: datasettet «${1}» er skrive inn i «budget».`,
'cli.kostra.kommune-format': str`--kommune må vere eit firesifra kommunenummer, ikkje «${0}».`,
'cli.kostra.kommune-required': `--kommune må vere med.`,
'cli.kostra.one-file': `Gi berre éi fil med svar frå SSB.`,
'cli.kostra.option-value': str`--${0} treng ein verdi`,
'cli.kostra.problem.category_count': str`dimensjonen «${0}» har ${1} kategoriar, men «size» seier ${2}.`,
'cli.kostra.problem.category_index_invalid': str`dimensjonen «${0}»: plassen til kategorien «${1}» i «category.index» er ikkje eit tal.`,
'cli.kostra.problem.category_index_missing': str`dimensjonen «${0}» har ingen «category.index».`,
'cli.kostra.problem.category_not_chosen': str`dimensjonen «${0}» har fleire kategoriar, og kommandoen veit ikkje kva for ein han skal bruke. Vel éin i spørjinga til SSB.`,
'cli.kostra.problem.category_not_found': str`dimensjonen «${0}» har ingen kategori «${1}».`,
'cli.kostra.problem.dimension_missing': str`dimensjonen «${0}» manglar i «dimension», eller har ingen «category».`,
'cli.kostra.problem.dimension_not_found.contents': str`svaret har ingen dimensjon med statistikkvariablar (som «${0}»). Ta han med i spørjinga til SSB.`,
'cli.kostra.problem.dimension_not_found.function': str`svaret har ingen dimensjon med KOSTRA-funksjonar (som «${0}»). Ta han med i spørjinga til SSB.`,
'cli.kostra.problem.dimension_not_found.region': str`svaret har ingen dimensjon med kommunar og regionar (som «${0}»). Ta han med i spørjinga til SSB.`,
'cli.kostra.problem.dimension_not_found.time': str`svaret har ingen tidsdimensjon (som «${0}»). Ta han med i spørjinga til SSB.`,
'cli.kostra.problem.kommune_not_found': str`kommune ${0} er ikkje med i svaret (svaret har ${1}). Ta kommunen med i spørjinga til SSB, eller sjekk --kommune.`,
'cli.kostra.problem.no_amount_content': `svaret har ingen statistikkvariabel i kroner eller 1000 kroner, berre per innbyggjar. Ta med beløpet (til dømes «KOSbelop0000») i spørjinga til SSB.`,
'cli.kostra.problem.no_functions': `svaret har ingen tresifra KOSTRA-funksjonar, berre summar. Vel alle funksjonane («*») i spørjinga til SSB.`,
'cli.kostra.problem.not_a_year': str`«${0}» i tidsdimensjonen er ikkje eit år (som 2025).`,
'cli.kostra.problem.not_json_stat': `fila er ikkje eit JSON-stat 2.0-datasett (venta «class»: «dataset» med «id», «size» og «dimension»). Be SSB om svar i formatet «json-stat2».`,
'cli.kostra.problem.size_mismatch': str`«size» må ha like mange tal som «id» har dimensjonar (${0}).`,
'cli.kostra.problem.unknown_unit': str`statistikkvariabelen «${0}» har ei eining som kommandoen ikkje kjenner («${1}»). Han kjenner «1000 kr» og «kr».`,
'cli.kostra.problem.value_missing': `svaret har ingen tal («value» manglar).`,
'cli.kostra.problem.year_not_found': str`året ${0} er ikkje med i svaret (svaret har ${1}). Vel eitt av dei med --year, eller ta året med i spørjinga til SSB.`,
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
  