
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.commands': `Gohččumat`,
'cli.exit-codes': `Exit-kodat: 0 gustovaš, 1 boasttu dahje fiila man ii sáhte lohkat, 2 boasttu geavaheapmi.`,
'cli.json-syntax': `boasttu JSON`,
'cli.json-syntax-at': str`boasttu JSON linjá ${0}, čuolda ${1}`,
'cli.kostra.file-missing': `Fiila mas lea SSB vástádus váilu.`,
'cli.kostra.into-invalid': str`${0}: ii rievdaduvvon, danin go ođđa loguiguin dokumeanta livččii boasttu:`,
'cli.kostra.into-not-document': str`${0}: ii leat ollis gielddadokumeanta (mas leat «schemaVersion» ja «kommune»). --into čállá dakkár dokumentii.`,
'cli.kostra.into-written': str`${0}: dáhtačoakkáldat «${1}» lea čállojuvvon «budget»-oassái.`,
'cli.kostra.kommune-format': str`--kommune ferte leat njealjelogat gielddanummar, ii «${0}».`,
'cli.kostra.kommune-required': `--kommune ferte leat mielde.`,
'cli.kostra.one-file': `Atte dušše ovtta fiilla mas lea SSB vástádus.`,
'cli.kostra.option-value': str`--${0} dárbbaša árvvu`,
'cli.kostra.problem.category_count': str`dimenšuvdna «${0}»: kategoriijaid lohku lea ${1}, muhto «size» dadjá ${2}.`,
'cli.kostra.problem.category_index_invalid': str`dimenšuvdna «${0}»: kategoriija «${1}» sadji «category.index»:s ii leat lohku.`,
'cli.kostra.problem.category_index_missing': str`dimenšuvnnas «${0}» ii leat «category.index».`,
'cli.kostra.problem.category_not_chosen': str`dimenšuvnnas «${0}» leat máŋga kategoriija, iige gohččun dieđe man dain galgá geavahit. Vállje ovtta SSB-jearaldagas.`,
'cli.kostra.problem.category_not_found': str`dimenšuvnnas «${0}» ii leat kategoriija «${1}».`,
'cli.kostra.problem.dimension_missing': str`dimenšuvdna «${0}» váilu «dimension»:s, dahje das ii leat «category».`,
'cli.kostra.problem.dimension_not_found.contents': str`vástádusas ii leat dimenšuvdna mas leat statistihkkavariábelat (nugo «${0}»). Váldde dan mielde SSB-jearaldahkii.`,
'cli.kostra.problem.dimension_not_found.function': str`vástádusas ii leat dimenšuvdna mas leat KOSTRA-funkšuvnnat (nugo «${0}»). Váldde dan mielde SSB-jearaldahkii.`,
'cli.kostra.problem.dimension_not_found.region': str`vástádusas ii leat dimenšuvdna mas leat gielddat ja regiovnnat (nugo «${0}»). Váldde dan mielde SSB-jearaldahkii.`,
'cli.kostra.problem.dimension_not_found.time': str`vástádusas ii leat áigedimenšuvdna (nugo «${0}»). Váldde dan mielde SSB-jearaldahkii.`,
'cli.kostra.problem.kommune_not_found': str`gielda ${0} ii leat vástádusas (vástádusas leat ${1}). Váldde gieldda mielde SSB-jearaldahkii, dahje dárkkis --kommune.`,
'cli.kostra.problem.no_amount_content': `vástádusas ii leat statistihkkavariábel ruvnnuin dahje 1000 ruvnnuin, dušše ássi nammii. Váldde submi (ovdamearkka dihte «KOSbelop0000») mielde SSB-jearaldahkii.`,
'cli.kostra.problem.no_functions': `vástádusas eai leat golmmamearkkat KOSTRA-funkšuvnnat, dušše submit. Vállje buot funkšuvnnaid («*») SSB-jearaldagas.`,
'cli.kostra.problem.not_a_year': str`«${0}» áigedimenšuvnnas ii leat jahki (nugo 2025).`,
'cli.kostra.problem.not_json_stat': `fiila ii leat JSON-stat 2.0 -dáhtačoakkáldat (dárbbašuvvojit «class»: «dataset», «id», «size» ja «dimension»). Bivdde SSB:s vástádusa «json-stat2»-formáhtas.`,
'cli.kostra.problem.size_mismatch': str`«size»:s fertejit leat seamma ollu logut go «id»:s leat dimenšuvnnat (${0}).`,
'cli.kostra.problem.unknown_unit': str`statistihkkavariábelis «${0}» lea ovttadat maid gohččun ii dovdda («${1}»). Dat dovdá «1000 kr» ja «kr».`,
'cli.kostra.problem.value_missing': `vástádusas eai leat logut («value» váilu).`,
'cli.kostra.problem.year_not_found': str`jahki ${0} ii leat vástádusas (vástádusas leat ${1}). Vállje ovtta dain --year:in, dahje váldde jagi mielde SSB-jearaldahkii.`,
'cli.kostra.summary': `Rievdada SSB KOSTRA-vástádusa (JSON-stat 2.0, ovdamearkka dihte tabealla 12362) budget-oassin.`,
'cli.kostra.unusable': str`${0}: ii sáhte geavahit SSB vástádusa: ${1}`,
'cli.kostra.year-format': str`--year ferte leat njealjelogat jahki, ii «${0}».`,
'cli.lang-choices': str`--lang ferte leat okta dáin: ${0}`,
'cli.option.help': `Čájeha dán veahki`,
'cli.option.lang': `Diehtuid giella: nb (standárda), nn, en dahje se`,
'cli.options': `Válgat`,
'cli.unknown-command': str`Amas gohččun «${0}».`,
'cli.unknown-option': str`Amas válga ${0}`,
'cli.unreadable': str`ii sáhte lohkat fiilla (${0})`,
'cli.usage': `Geavaheapmi`,
'cli.valid': `gustovaš`,
'cli.valid-section': str`gustovaš (${0}-oassi okto)`,
'cli.validate.summary': `Dárkkis gielddadokumeanttaid, dahje okta oassi okto, skeamaveršuvnna 1 ektui, nugo widgetat daid lohket.`,
    };
  