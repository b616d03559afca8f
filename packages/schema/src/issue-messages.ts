/**
 * Messages for {@link SchemaIssue}s, written for web editors, source language
 * bokmål. They use `msg()` from `@lit/localize` with stable ids
 * (`schema.<code>…`); whoever embeds decides how the locale is resolved
 * (`configureLocalization`, `configureReentrantLocalization`, or a lookup of
 * the ids in `translations`). This module configures nothing.
 */
import { singleStops } from './sentence.js';
import { msg, str } from '@lit/localize';
import type { SchemaIssue } from './issues.js';

function typeName(type: string | number | undefined): string {
  switch (type) {
    case 'string':
      return msg('tekst', { id: 'schema.type.string' });
    case 'text':
      return msg('tekst, eller et objekt med språkversjoner som { "nb": "…", "en": "…" }', { id: 'schema.type.text' });
    case 'number':
      return msg('et tall', { id: 'schema.type.number' });
    case 'integer':
      return msg('et heltall', { id: 'schema.type.integer' });
    case 'boolean':
      return msg('true eller false', { id: 'schema.type.boolean' });
    case 'object':
      return msg('et objekt ({ … })', { id: 'schema.type.object' });
    case 'array':
      return msg('en liste ([ … ])', { id: 'schema.type.array' });
    case 'null':
      return msg('null (tom verdi)', { id: 'schema.type.null' });
    default:
      return String(type ?? '');
  }
}

const quoteList = (keys: string | number | undefined) =>
  String(keys ?? '')
    .split(', ')
    .map((k) => `«${k}»`)
    .join(', ');

/** The path as shown to a person: the JSON path, or "(rot)" for the document itself. */
export function describePath(path: string): string {
  return path === '' ? msg('(rot)', { id: 'schema.path.root' }) : path;
}

/** A message for one issue, in the active locale of `@lit/localize`. */
export function describeIssue(issue: SchemaIssue): string {
  return singleStops(issueMessage(issue));
}

function issueMessage(issue: SchemaIssue): string {
  const p = issue.params;
  const value = p['value'];
  switch (issue.code) {
    case 'required': {
      const key = p['key'];
      return msg(str`Mangler påkrevd felt «${key}».`, {
        id: 'schema.required',
      });
    }
    case 'invalid_type': {
      if (p['expected'] === 'integer' && p['received'] === 'number') {
        return msg('Må være et heltall (uten desimaler).', {
          id: 'schema.invalid_type.integer',
        });
      }
      const expected = typeName(p['expected']);
      const received = typeName(p['received']);
      return msg(str`Må være ${expected}, men er ${received}.`, {
        id: 'schema.invalid_type',
      });
    }
    case 'invalid_url':
      return msg(
        str`«${value}» er ikke en tillatt adresse. Bruk en https-adresse (https://…) eller en relativ adresse (/side). http:, javascript:, data: og andre adressetyper er ikke tillatt.`,
        { id: 'schema.invalid_url' },
      );
    case 'invalid_date':
      if (p['format'] === 'date') {
        return msg(str`«${value}» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-01.`, {
          id: 'schema.invalid_date.date',
        });
      }
      if (p['format'] === 'date-time') {
        return msg(str`«${value}» er ikke gyldig dato og klokkeslett. Skriv ÅÅÅÅ-MM-DDTtt:mm, for eksempel 2026-12-10T18:00.`, {
          id: 'schema.invalid_date.date_time',
        });
      }
      return msg(
        str`«${value}» er ikke en gyldig dato. Skriv ÅÅÅÅ-MM-DD (2026-12-01) eller, med klokkeslett, ÅÅÅÅ-MM-DDTtt:mm (2026-12-10T18:00).`,
        { id: 'schema.invalid_date' },
      );
    case 'invalid_value': {
      const values = p['values'];
      return p['count'] === 1
        ? msg(str`«${value}» er ikke tillatt her. Verdien må være ${values}.`, {
            id: 'schema.invalid_value.one',
          })
        : msg(str`«${value}» er ikke tillatt her. Velg en av: ${values}.`, {
            id: 'schema.invalid_value',
          });
    }
    case 'invalid_format':
      switch (p['format']) {
        case 'email':
          return msg(str`«${value}» er ikke en gyldig e-postadresse.`, {
            id: 'schema.invalid_format.email',
          });
        case 'kommunenummer':
          return msg(str`«${value}» er ikke et kommunenummer. Skriv fire sifre, for eksempel 0301.`, {
            id: 'schema.invalid_format.kommunenummer',
          });
        case 'id':
          return msg(str`«${value}» kan ikke brukes som id: en id kan ikke inneholde mellomrom.`, {
            id: 'schema.invalid_format.id',
          });
        default:
          return msg(str`«${value}» har feil format.`, {
            id: 'schema.invalid_format',
          });
      }
    case 'too_small': {
      const minimum = p['minimum'];
      if (p['origin'] === 'string') {
        return minimum === 1
          ? msg('Kan ikke være tom.', { id: 'schema.too_small.string_empty' })
          : msg(str`Må ha minst ${minimum} tegn.`, {
              id: 'schema.too_small.string',
            });
      }
      if (p['origin'] === 'array') {
        return minimum === 1
          ? msg('Listen kan ikke være tom.', {
              id: 'schema.too_small.array_empty',
            })
          : msg(str`Listen må ha minst ${minimum} elementer.`, {
              id: 'schema.too_small.array',
            });
      }
      return p['inclusive'] === 'false'
        ? msg(str`Må være større enn ${minimum}.`, {
            id: 'schema.too_small.exclusive',
          })
        : msg(str`Må være ${minimum} eller mer.`, { id: 'schema.too_small' });
    }
    case 'too_big': {
      const maximum = p['maximum'];
      if (p['origin'] === 'string')
        return msg(str`Kan ha høyst ${maximum} tegn.`, {
          id: 'schema.too_big.string',
        });
      if (p['origin'] === 'array') {
        return msg(str`Listen kan ha høyst ${maximum} elementer.`, {
          id: 'schema.too_big.array',
        });
      }
      return p['inclusive'] === 'false'
        ? msg(str`Må være mindre enn ${maximum}.`, {
            id: 'schema.too_big.exclusive',
          })
        : msg(str`Må være ${maximum} eller mindre.`, { id: 'schema.too_big' });
    }
    case 'unrecognized_keys': {
      const keys = quoteList(p['keys']);
      return p['count'] === 1
        ? msg(str`Ukjent felt ${keys}. Sjekk stavemåten: felt som ikke står i skjemaet, er ikke tillatt.`, {
            id: 'schema.unrecognized_keys.one',
          })
        : msg(str`Ukjente felt: ${keys}. Sjekk stavemåten: felt som ikke står i skjemaet, er ikke tillatt.`, {
            id: 'schema.unrecognized_keys',
          });
    }
    case 'duplicate_id': {
      const id = p['id'];
      return msg(str`Id-en «${id}» er allerede brukt lenger opp i filen. Hver id må være unik.`, {
        id: 'schema.duplicate_id',
      });
    }
    case 'unknown_reference': {
      const id = p['id'];
      const list = p['list'];
      return msg(str`Fant ingen oppføring med id «${id}» i «${list}».`, {
        id: 'schema.unknown_reference',
      });
    }
    case 'date_order': {
      const field = p['field'];
      const startField = p['startField'];
      const startValue = p['startValue'];
      return msg(str`«${field}» (${value}) kan ikke være før «${startField}» (${startValue}).`, {
        id: 'schema.date_order',
      });
    }
    case 'closed_item_without_reason': {
      const number = p['number'];
      return msg(
        str`Sak ${number} er lukket (public: false) og må ha hjemmelen i «closedReason», for eksempel «Offl. § 13, jf. fvl. § 13».`,
        { id: 'schema.closed_item_without_reason' },
      );
    }
    case 'unsupported_version': {
      const version = p['version'];
      const supported = p['supported'];
      return msg(str`Skjemaversjon ${version} støttes ikke. Denne versjonen av kommune-widgets leser skjemaversjon ${supported}.`, {
        id: 'schema.unsupported_version',
      });
    }
    case 'deprecated_value': {
      const instead = p['instead'];
      return msg(str`«${value}» er utgått, men leses fortsatt. Bruk heller en av disse: ${instead}.`, {
        id: 'schema.deprecated_value',
      });
    }
    case 'ignored_retention':
      return msg('«retentionDays» har ingen virkning lenger: serveren bestemmer hvor lenge meldinger lagres. Feltet kan fjernes.', {
        id: 'schema.ignored_retention',
      });
    case 'ignored_lists':
      return msg('«lists» har ingen virkning lenger: listene hører til kampanjen på serveren. Feltet kan fjernes.', {
        id: 'schema.ignored_lists',
      });
    default:
      return msg('Ugyldig verdi.', { id: 'schema.invalid' });
  }
}
