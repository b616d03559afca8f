
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ics.all-meetings': `Politihkalaš čoahkkimat`,
'ics.cancelled': `Čoahkkin lea šluhttejuvvon.`,
'ics.meeting-link': str`Áššelistu ja dokumeanttat: ${0}`,
'ics.moved': `Čoahkkin lea sirdojuvvon.`,
'ics.organ': str`Orgána: ${0}`,
'ics.recording': str`Báddejupmi: ${0}`,
'ics.stream': str`Njuolggosáddejupmi: ${0}`,
'schema.closed_item_without_reason': str`Ášši ${0} lea giddejuvvon (public: false), ja lágavuođđu ferte čállojuvvot «closedReason»-gieddái, ovdamearkka dihte «Offl. § 13, jf. fvl. § 13».`,
'schema.date_order': str`«${0}» (${1}) ii sáhte leat ovdal «${2}» (${3}).`,
'schema.deprecated_value': str`«${0}» lea boarásmuvvan, muhto dat lohkkojuvvo ain. Geavat baicca ovtta dáin: ${1}.`,
'schema.duplicate_id': str`Id «${0}» lea juo geavahuvvon badjelis fiillas. Juohke id sáhttá geavahuvvot dušše oktii.`,
'schema.ignored_lists': `«lists» ii váikkut šat: listtut gullet kampánjii bálvás. Gietti sáhttá sihkkot.`,
'schema.ignored_retention': `«retentionDays» ii váikkut šat: bálvá mearrida man guhká dieđáhusat vurkejuvvojit. Gietti sáhttá sihkkot.`,
'schema.invalid': `Boasttu árvu.`,
'schema.invalid_date': str`«${0}» ii leat gustovaš beaivi. Čále JJJJ-MM-BB (2026-12-01) dahje, diibmoáiggiin, JJJJ-MM-BBTdd:mm (2026-12-10T18:00).`,
'schema.invalid_date.date': str`«${0}» ii leat gustovaš beaivi. Čále beaivvi ná: JJJJ-MM-BB, ovdamearkka dihte 2026-12-01.`,
'schema.invalid_date.date_time': str`«${0}» ii leat gustovaš beaivi ja diibmu. Čále JJJJ-MM-BBTdd:mm, ovdamearkka dihte 2026-12-10T18:00.`,
'schema.invalid_format': str`«${0}» lea boasttu hámis.`,
'schema.invalid_format.email': str`«${0}» ii leat gustovaš e-poastačujuhus.`,
'schema.invalid_format.id': str`«${0}» ii sáhte geavahuvvot id:an: id:s ii sáhte leat gaska.`,
'schema.invalid_format.kommunenummer': str`«${0}» ii leat gielddanummir. Čále njeallje čifferi, ovdamearkka dihte 0301.`,
'schema.invalid_type': str`Ferte leat ${0}, muhto lea ${1}.`,
'schema.invalid_type.integer': `Ferte leat ollislohku (desimálaid haga).`,
'schema.invalid_url': str`«${0}» ii leat lobálaš čujuhus. Geavat https-čujuhusa (https://…) dahje relatiivvalaš čujuhusa (/siidu). http:, javascript:, data: ja eará čujuhusšlájat eai leat lobálaččat.`,
'schema.invalid_value': str`«${0}» ii leat lobálaš dás. Vállje ovtta dáin: ${1}.`,
'schema.invalid_value.one': str`«${0}» ii leat lobálaš dás. Árvu ferte leat ${1}.`,
'schema.path.root': `(dokumeanta)`,
'schema.required': str`Gáibiduvvon gieddi «${0}» váilu.`,
'schema.too_big': str`Ferte leat ${0} dahje unnit.`,
'schema.too_big.array': str`Listtus sáhttet leat eanemusat ${0} oasi.`,
'schema.too_big.exclusive': str`Ferte leat unnit go ${0}.`,
'schema.too_big.string': str`Sáhttá leat eanemusat ${0} mearkka.`,
'schema.too_small': str`Ferte leat ${0} dahje eanet.`,
'schema.too_small.array': str`Listtus fertejit leat unnimusat ${0} oasi.`,
'schema.too_small.array_empty': `Listu ii sáhte leat guorus.`,
'schema.too_small.exclusive': str`Ferte leat stuorit go ${0}.`,
'schema.too_small.string': str`Ferte leat unnimusat ${0} mearkka.`,
'schema.too_small.string_empty': `Ii sáhte leat guorus.`,
'schema.type.array': `listu ([ … ])`,
'schema.type.boolean': `true dahje false`,
'schema.type.integer': `ollislohku`,
'schema.type.null': `null (guoros árvu)`,
'schema.type.number': `lohku`,
'schema.type.object': `objeakta ({ … })`,
'schema.type.string': `teaksta`,
'schema.type.text': `teaksta, dahje objeakta mas leat gielaveršuvnnat nugo { "nb": "…", "en": "…" }`,
'schema.unknown_reference': str`Ii gávdnon mihkkege mas lea id «${0}» listtus «${1}».`,
'schema.unrecognized_keys': str`Amas gieddit: ${0}. Dárkkis čállinvuogi: gieddit mat eai leat skeamas, eai leat lobálaččat.`,
'schema.unrecognized_keys.one': str`Amas gieddi ${0}. Dárkkis čállinvuogi: gieddit mat eai leat skeamas, eai leat lobálaččat.`,
'schema.unsupported_version': str`Skeamaveršuvdna ${0} ii doarjojuvvo. Dát kommune-widgets-veršuvdna lohká skeamaveršuvnna ${1}.`,
    };
  