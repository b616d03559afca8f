
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ics.all-meetings': `Politiske møte`,
'ics.cancelled': `Møtet er avlyst.`,
'ics.meeting-link': str`Sakliste og dokument: ${0}`,
'ics.moved': `Møtet er flytta.`,
'ics.organ': str`Organ: ${0}`,
'ics.recording': str`Opptak: ${0}`,
'ics.stream': str`Direktesending: ${0}`,
'schema.closed_item_without_reason': str`Sak ${0} er lukka (public: false) og må ha heimelen i «closedReason», til dømes «Offl. § 13, jf. fvl. § 13».`,
'schema.date_order': str`«${0}» (${1}) kan ikkje vere før «${2}» (${3}).`,
'schema.deprecated_value': str`«${0}» er utgått, men blir framleis lesen. Bruk heller ein av desse: ${1}.`,
'schema.duplicate_id': str`ID-en «${0}» er alt brukt lenger oppe i fila. Kvar id må vere unik.`,
'schema.ignored_lists': `«lists» har ingen verknad lenger: listene høyrer til kampanjen på serveren. Feltet kan fjernast.`,
'schema.ignored_retention': `«retentionDays» har ingen verknad lenger: serveren avgjer kor lenge meldingar blir lagra. Feltet kan fjernast.`,
'schema.invalid': `Ugyldig verdi.`,
'schema.invalid_date': str`«${0}» er ikkje ein gyldig dato. Skriv ÅÅÅÅ-MM-DD (2026-12-01) eller, med klokkeslett, ÅÅÅÅ-MM-DDTtt:mm (2026-12-10T18:00).`,
'schema.invalid_date.date': str`«${0}» er ikkje ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-12-01.`,
'schema.invalid_date.date_time': str`«${0}» er ikkje gyldig dato og klokkeslett. Skriv ÅÅÅÅ-MM-DDTtt:mm, til dømes 2026-12-10T18:00.`,
'schema.invalid_format': str`«${0}» har feil format.`,
'schema.invalid_format.email': str`«${0}» er ikkje ei gyldig e-postadresse.`,
'schema.invalid_format.id': str`«${0}» kan ikkje brukast som id: ein id kan ikkje innehalde mellomrom.`,
'schema.invalid_format.kommunenummer': str`«${0}» er ikkje eit kommunenummer. Skriv fire siffer, til dømes 0301.`,
'schema.invalid_type': str`Må vere ${0}, men er ${1}.`,
'schema.invalid_type.integer': `Må vere eit heiltal (utan desimalar).`,
'schema.invalid_url': str`«${0}» er ikkje ei tillaten adresse. Bruk ei https-adresse (https://…) eller ei relativ adresse (/side). http:, javascript:, data: og andre adressetypar er ikkje tillatne.`,
'schema.invalid_value': str`«${0}» er ikkje tillate her. Vel ein av: ${1}.`,
'schema.invalid_value.one': str`«${0}» er ikkje tillate her. Verdien må vere ${1}.`,
'schema.path.root': `(rot)`,
'schema.required': str`Manglar påkravd felt «${0}».`,
'schema.too_big': str`Må vere ${0} eller mindre.`,
'schema.too_big.array': str`Lista kan ha høgst ${0} element.`,
'schema.too_big.exclusive': str`Må vere mindre enn ${0}.`,
'schema.too_big.string': str`Kan ha høgst ${0} teikn.`,
'schema.too_small': str`Må vere ${0} eller meir.`,
'schema.too_small.array': str`Lista må ha minst ${0} element.`,
'schema.too_small.array_empty': `Lista kan ikkje vere tom.`,
'schema.too_small.exclusive': str`Må vere større enn ${0}.`,
'schema.too_small.string': str`Må ha minst ${0} teikn.`,
'schema.too_small.string_empty': `Kan ikkje vere tom.`,
'schema.type.array': `ei liste ([ … ])`,
'schema.type.boolean': `true eller false`,
'schema.type.integer': `eit heiltal`,
'schema.type.null': `null (tom verdi)`,
'schema.type.number': `eit tal`,
'schema.type.object': `eit objekt ({ … })`,
'schema.type.string': `tekst`,
'schema.type.text': `tekst, eller eit objekt med språkversjonar som { "nb": "…", "en": "…" }`,
'schema.unknown_reference': str`Fann inga oppføring med id «${0}» i «${1}».`,
'schema.unrecognized_keys': str`Ukjende felt: ${0}. Sjekk stavemåten: felt som ikkje står i skjemaet, er ikkje tillatne.`,
'schema.unrecognized_keys.one': str`Ukjent felt ${0}. Sjekk stavemåten: felt som ikkje står i skjemaet, er ikkje tillatne.`,
'schema.unsupported_version': str`Skjemaversjon ${0} er ikkje støtta. Denne versjonen av kommune-widgets les skjemaversjon ${1}.`,
    };
  