
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.empty': `Dás ii leat vel mihkkege čájehit.`,
'core.error.cors.text': `Neahttabáiki mas dáhtat leat, ii divtte dán siiddu viežžat daid (CORS). Neahttadoaimmaheaddji ferte bivdit ahte dán siiddu čujuhus lasihuvvo lobálažžan.`,
'core.error.html.text': str`Čujuhus ${0} vástidii neahttasiidduin, ii dáhtafiillain. Neahttadoaimmaheaddji ferte dárkkistit src-attribuhtta.`,
'core.error.missing.text': `Dát moduvla ii leat ožžon makkárge dáhtaid. Neahttadoaimmaheaddji ferte deavdit src-attribuhta dahje lasihit dáhtaid.`,
'core.error.missing.title': `Sisdoallu váilu`,
'core.error.network.title': `Ii sáhttán viežžat sisdoalu`,
'core.error.notFound.text': str`Čujuhusas ${0} ii gávdnon fiila (meattáhuskoda ${1}). Neahttadoaimmaheaddji ferte dárkkistit src-attribuhtta.`,
'core.error.offline.text': `Dárkkis neahttaoktavuođa ja geahččal ođđasit.`,
'core.error.parse.text': `Dáhtafiila ii leat gustovaš JSON. Neahttadoaimmaheaddji sáhttá dárkkistit fiilla JSON-dárkkistanreaidduin.`,
'core.error.parse.title': `Sisdoalu ii sáhte lohkat`,
'core.error.parse.where': str`Meattáhus lea linnjás ${0}, mearkkas ${1}.`,
'core.error.render.text': `Juoga manai boastut go moduvla galggai sárgut sisdoalu. Meattáhus ii leat dáhtafiillas. Ođasmahte siiddu, dahje geahča sisdoalu vuollelis.`,
'core.error.render.title': `Moduvla ii sáhttán čájehuvvot`,
'core.error.schema.many': str`Dáhtafiila ii čuovo formáhta. Meattáhusaid lohku: ${0}. Dáid ferte divvut:`,
'core.error.schema.one': `Dáhtafiila ii čuovo formáhta. Dán ferte divvut:`,
'core.error.schema.title': `Sisdoalus leat meattáhusat`,
'core.error.status.text': str`Bálvá vástidii meattáhuskodain ${0}. Geahččal ođđasit veaháš maŋŋil.`,
'core.error.timeout.text': `Sisdoalu viežžan bistii menddo guhká. Geahččal ođđasit veaháš maŋŋil.`,
'core.loading': `Viežžamin …`,
'core.retry': `Geahččal ođđasit`,
'form.error.prefix': `Meattáhus:`,
'form.optional': `(eaktodáhtolaš)`,
'form.submission.failed': `Ii sáhttán sáddet.`,
'form.submission.offline': `Ii leat neahttaoktavuohta. Geahččalit ođđasit go leat neahtas.`,
'form.submission.retrying': str`Geahččalit ođđasit ${0} sekundda geažes.`,
'form.submission.retryingSoon': `Geahččalit ođđasit dakkaviđe.`,
'form.submission.sending': `Sáddemin …`,
'form.submission.sent': `Sáddejuvvon.`,
'form.summary.heading': `Dát ferte divvojuvvot ovdal go sáhtát sáddet`,
    };
  