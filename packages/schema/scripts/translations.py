# One-off helper used to fill the XLIFF targets (kept for the record; the .xlf files are the source of truth).
import re, sys
T = {
'schema.type.string': ('tekst', 'text', 'teaksta'),
'schema.type.text': ('tekst, eller eit objekt med språkversjonar som { "nb": "…", "en": "…" }', 'text, or an object with language versions such as { "nb": "…", "en": "…" }', 'teaksta, dahje objeakta mas leat gielaveršuvnnat nugo { "nb": "…", "en": "…" }'),
'schema.type.number': ('eit tal', 'a number', 'lohku'),
'schema.type.integer': ('eit heiltal', 'a whole number', 'ollislohku'),
'schema.type.boolean': ('true eller false', 'true or false', 'true dahje false'),
'schema.type.object': ('eit objekt ({ … })', 'an object ({ … })', 'objeakta ({ … })'),
'schema.type.array': ('ei liste ([ … ])', 'a list ([ … ])', 'listu ([ … ])'),
'schema.type.null': ('null (tom verdi)', 'null (empty value)', 'null (guoros árvu)'),
'schema.path.root': ('(rot)', '(root)', '(dokumeanta)'),
'schema.required': ('Manglar påkravd felt «{0}».', 'Missing required field “{0}”.', 'Gáibiduvvon gieddi «{0}» váilu.'),
'schema.invalid_type.integer': ('Må vere eit heiltal (utan desimalar).', 'Must be a whole number (no decimals).', 'Ferte leat ollislohku (desimálaid haga).'),
'schema.invalid_type': ('Må vere {0}, men er {1}.', 'Must be {0}, but is {1}.', 'Ferte leat {0}, muhto lea {1}.'),
'schema.invalid_url': ('«{0}» er ikkje ei tillaten adresse. Bruk ei https-adresse (https://…) eller ei relativ adresse (/side). http:, javascript:, data: og andre adressetypar er ikkje tillatne.',
  '“{0}” is not an allowed address. Use an https address (https://…) or a relative address (/page). http:, javascript:, data: and other address types are not allowed.',
  '«{0}» ii leat lobálaš čujuhus. Geavat https-čujuhusa (https://…) dahje relatiivvalaš čujuhusa (/siidu). http:, javascript:, data: ja eará čujuhusšlájat eai leat lobálaččat.'),
'schema.invalid_date.date': ('«{0}» er ikkje ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-12-01.',
  '“{0}” is not a valid date. Write the date as YYYY-MM-DD, for example 2026-12-01.',
  '«{0}» ii leat gustovaš beaivi. Čále beaivvi ná: JJJJ-MM-BB, ovdamearkka dihte 2026-12-01.'),
'schema.invalid_date.date_time': ('«{0}» er ikkje gyldig dato og klokkeslett. Skriv ÅÅÅÅ-MM-DDTtt:mm, til dømes 2026-12-10T18:00.',
  '“{0}” is not a valid date and time. Write YYYY-MM-DDThh:mm, for example 2026-12-10T18:00.',
  '«{0}» ii leat gustovaš beaivi ja diibmu. Čále JJJJ-MM-BBTdd:mm, ovdamearkka dihte 2026-12-10T18:00.'),
'schema.invalid_date': ('«{0}» er ikkje ein gyldig dato. Skriv ÅÅÅÅ-MM-DD (2026-12-01) eller, med klokkeslett, ÅÅÅÅ-MM-DDTtt:mm (2026-12-10T18:00).',
  '“{0}” is not a valid date. Write YYYY-MM-DD (2026-12-01) or, with a time, YYYY-MM-DDThh:mm (2026-12-10T18:00).',
  '«{0}» ii leat gustovaš beaivi. Čále JJJJ-MM-BB (2026-12-01) dahje, diibmoáiggiin, JJJJ-MM-BBTdd:mm (2026-12-10T18:00).'),
'schema.invalid_value.one': ('«{0}» er ikkje tillate her. Verdien må vere {1}.', '“{0}” is not allowed here. The value must be {1}.', '«{0}» ii leat lobálaš dás. Árvu ferte leat {1}.'),
'schema.invalid_value': ('«{0}» er ikkje tillate her. Vel ein av: {1}.', '“{0}” is not allowed here. Choose one of: {1}.', '«{0}» ii leat lobálaš dás. Vállje ovtta dáin: {1}.'),
'schema.invalid_format.email': ('«{0}» er ikkje ei gyldig e-postadresse.', '“{0}” is not a valid email address.', '«{0}» ii leat gustovaš e-poastačujuhus.'),
'schema.invalid_format.kommunenummer': ('«{0}» er ikkje eit kommunenummer. Skriv fire siffer, til dømes 0301.',
  '“{0}” is not a municipality number (kommunenummer). Write four digits, for example 0301.',
  '«{0}» ii leat gielddanummir. Čále njeallje čifferi, ovdamearkka dihte 0301.'),
'schema.invalid_format.id': ('«{0}» kan ikkje brukast som id: ein id kan ikkje innehalde mellomrom.',
  '“{0}” cannot be used as an id: an id cannot contain spaces.',
  '«{0}» ii sáhte geavahuvvot id:an: id:s ii sáhte leat gaska.'),
'schema.invalid_format': ('«{0}» har feil format.', '“{0}” has the wrong format.', '«{0}» lea boasttu hámis.'),
'schema.too_small.string_empty': ('Kan ikkje vere tom.', 'Cannot be empty.', 'Ii sáhte leat guorus.'),
'schema.too_small.string': ('Må ha minst {0} teikn.', 'Must have at least {0} characters.', 'Ferte leat unnimusat {0} mearkka.'),
'schema.too_small.array_empty': ('Lista kan ikkje vere tom.', 'The list cannot be empty.', 'Listu ii sáhte leat guorus.'),
'schema.too_small.array': ('Lista må ha minst {0} element.', 'The list must have at least {0} items.', 'Listtus fertejit leat unnimusat {0} oasi.'),
'schema.too_small.exclusive': ('Må vere større enn {0}.', 'Must be greater than {0}.', 'Ferte leat stuorit go {0}.'),
'schema.too_small': ('Må vere {0} eller meir.', 'Must be {0} or more.', 'Ferte leat {0} dahje eanet.'),
'schema.too_big.string': ('Kan ha høgst {0} teikn.', 'Can have at most {0} characters.', 'Sáhttá leat eanemusat {0} mearkka.'),
'schema.too_big.array': ('Lista kan ha høgst {0} element.', 'The list can have at most {0} items.', 'Listtus sáhttet leat eanemusat {0} oasi.'),
'schema.too_big.exclusive': ('Må vere mindre enn {0}.', 'Must be less than {0}.', 'Ferte leat unnit go {0}.'),
'schema.too_big': ('Må vere {0} eller mindre.', 'Must be {0} or less.', 'Ferte leat {0} dahje unnit.'),
'schema.unrecognized_keys.one': ('Ukjent felt {0}. Sjekk stavemåten: felt som ikkje står i skjemaet, er ikkje tillatne.',
  'Unknown field {0}. Check the spelling: fields that are not in the schema are not allowed.',
  'Amas gieddi {0}. Dárkkis čállinvuogi: gieddit mat eai leat skeamas, eai leat lobálaččat.'),
'schema.unrecognized_keys': ('Ukjende felt: {0}. Sjekk stavemåten: felt som ikkje står i skjemaet, er ikkje tillatne.',
  'Unknown fields: {0}. Check the spelling: fields that are not in the schema are not allowed.',
  'Amas gieddit: {0}. Dárkkis čállinvuogi: gieddit mat eai leat skeamas, eai leat lobálaččat.'),
'schema.duplicate_id': ('ID-en «{0}» er alt brukt lenger oppe i den same lista. Kvar id må vere unik.',
  'The id “{0}” is already used further up in the same list. Every id must be unique.',
  'Id «{0}» lea juo geavahuvvon badjelis seamma listtus. Juohke id sáhttá geavahuvvot dušše oktii.'),
'schema.unknown_reference': ('Fann inga oppføring med id «{0}» i «{1}».', 'No entry with the id “{0}” was found in “{1}”.', 'Ii gávdnon mihkkege mas lea id «{0}» listtus «{1}».'),
'schema.date_order': ('«{0}» ({1}) kan ikkje vere før «{2}» ({3}).', '“{0}” ({1}) cannot be before “{2}” ({3}).', '«{0}» ({1}) ii sáhte leat ovdal «{2}» ({3}).'),
'schema.closed_item_without_reason': ('Sak {0} er lukka (public: false) og må ha heimelen i «closedReason», til dømes «Offl. § 13, jf. fvl. § 13».',
  'Item {0} is closed to the public (public: false) and must give its legal basis in “closedReason”, for example “Offl. § 13, jf. fvl. § 13”.',
  'Ášši {0} lea giddejuvvon (public: false), ja lágavuođđu ferte čállojuvvot «closedReason»-gieddái, ovdamearkka dihte «Offl. § 13, jf. fvl. § 13».'),
'schema.unsupported_version': ('Skjemaversjon {0} er ikkje støtta. Denne versjonen av kommune-widgets les skjemaversjon {1}.',
  'Schema version {0} is not supported. This version of kommune-widgets reads schema version {1}.',
  'Skeamaveršuvdna {0} ii doarjojuvvo. Dát kommune-widgets-veršuvdna lohká skeamaveršuvnna {1}.'),
'schema.invalid': ('Ugyldig verdi.', 'Invalid value.', 'Boasttu árvu.'),
}
def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
for idx, lang in enumerate(['nn','en','se']):
    path = f'xliff/{lang}.xlf'
    xml = open(path, encoding='utf-8').read()
    def fill(m):
        uid, source = m.group(1), m.group(2)
        if uid not in T: sys.exit(f'missing translation {uid}')
        phs = dict(re.findall(r'(<x id="(\d+)"[^>]*/>)', source)[i][::-1] for i in range(len(re.findall(r'<x id', source))))
        target = esc(T[uid][idx])
        target = re.sub(r'\{(\d+)\}', lambda p: phs[p.group(1)], target)
        if len(re.findall(r'<x id', target)) != len(phs): sys.exit(f'placeholder mismatch {uid} {lang}')
        return f'<trans-unit id="{uid}">\n  <source>{source}</source>\n  <target>{target}</target>\n</trans-unit>'
    xml2 = re.sub(r'<trans-unit id="([^"]+)">\s*<source>(.*?)</source>(?:\s*<target>.*?</target>)?\s*</trans-unit>', fill, xml, flags=re.S)
    open(path, 'w', encoding='utf-8').write(xml2)
    print(lang, xml2.count('<target>'))
