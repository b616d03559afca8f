
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.commands': `Gohččumat`,
'cli.exit-codes': `Exit-kodat: 0 gustovaš, 1 boasttu dahje fiila man ii sáhte lohkat, 2 boasttu geavaheapmi.`,
'cli.json-syntax': str`boasttu JSON: ${0}`,
'cli.json-syntax-at': str`boasttu JSON linjá ${0}, čuolda ${1}: ${2}`,
'cli.kostra.file-missing': `Fiila mas lea SSB vástádus váilu.`,
'cli.kostra.into-invalid': str`${0}: ii rievdaduvvon, danin go ođđa loguiguin dokumeanta livččii boasttu:`,
'cli.kostra.into-not-document': str`${0}: ii leat ollis gielddadokumeanta (mas leat «schemaVersion» ja «kommune»). --into čállá dakkár dokumentii.`,
'cli.kostra.into-written': str`${0}: dáhtačoakkáldat «${1}» lea čállojuvvon «budget»-oassái.`,
'cli.kostra.kommune-format': str`--kommune ferte leat njealjelogat gielddanummar, ii «${0}».`,
'cli.kostra.kommune-required': `--kommune ferte leat mielde.`,
'cli.kostra.one-file': `Atte dušše ovtta fiilla mas lea SSB vástádus.`,
'cli.kostra.option-value': str`--${0} dárbbaša árvvu`,
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
  