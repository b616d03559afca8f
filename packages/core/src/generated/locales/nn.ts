
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.empty': `Det er ikkje noko innhald å vise her enno.`,
'core.error.cors.text': `Nettstaden som har dataa, tillèt ikkje at denne sida hentar dei (CORS). Nettredaktøren må be om at adressa til denne sida blir lagd inn som tillaten.`,
'core.error.html.text': str`Adressa ${0} svarte med ei nettside, ikkje ei datafil. Nettredaktøren må sjekke src-attributtet.`,
'core.error.missing.text': `Denne modulen har ikkje fått nokon data. Nettredaktøren må fylle inn src-attributtet eller leggje inn data.`,
'core.error.missing.title': `Innhaldet manglar`,
'core.error.network.title': `Kunne ikkje hente innhaldet`,
'core.error.notFound.text': str`Fann inga fil på adressa ${0} (feilkode ${1}). Nettredaktøren må sjekke src-attributtet.`,
'core.error.offline.text': `Sjekk nettsambandet og prøv igjen.`,
'core.error.parse.text': `Datafila er ikkje gyldig JSON. Nettredaktøren kan sjekke fila med ein JSON-validator.`,
'core.error.parse.title': `Innhaldet kan ikkje lesast`,
'core.error.parse.where': str`Feilen er på linje ${0}, teikn ${1}.`,
'core.error.render.text': `Noko gjekk gale då modulen skulle teikne innhaldet. Feilen er ikkje i datafila. Last sida på nytt, eller sjå innhaldet nedanfor.`,
'core.error.render.title': `Modulen kunne ikkje visast`,
'core.error.schema.many': str`Datafila følgjer ikkje formatet. Desse ${0} feilane må rettast:`,
'core.error.schema.one': `Datafila følgjer ikkje formatet. Dette må rettast:`,
'core.error.schema.title': `Innhaldet har feil`,
'core.error.status.text': str`Serveren svarte med feilkode ${0}. Prøv igjen om litt.`,
'core.error.timeout.text': `Det tok for lang tid å hente innhaldet. Prøv igjen om litt.`,
'core.loading': `Lastar inn …`,
'core.retry': `Prøv igjen`,
'form.error.prefix': `Feil:`,
'form.optional': `(valfritt)`,
'form.submission.failed': `Kunne ikkje sende.`,
'form.submission.offline': `Inkje samband. Prøver igjen når du er på nett.`,
'form.submission.retrying': str`Prøver igjen om ${0} sekund.`,
'form.submission.retryingSoon': `Prøver igjen straks.`,
'form.submission.sending': `Sender …`,
'form.submission.sent': `Sendt.`,
'form.summary.heading': `Dette må rettast før du kan sende`,
    };
  