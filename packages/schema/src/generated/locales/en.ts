
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ics.all-meetings': `Political meetings`,
'ics.cancelled': `The meeting has been cancelled.`,
'ics.meeting-link': str`Agenda and documents: ${0}`,
'ics.moved': `The meeting has been moved.`,
'ics.organ': str`Body: ${0}`,
'ics.recording': str`Recording: ${0}`,
'ics.stream': str`Live stream: ${0}`,
'schema.closed_item_without_reason': str`Item ${0} is closed to the public (public: false) and must give its legal basis in “closedReason”, for example “Offl. § 13, jf. fvl. § 13”.`,
'schema.date_order': str`“${0}” (${1}) cannot be before “${2}” (${3}).`,
'schema.deprecated_value': str`“${0}” is deprecated but still read. Use one of these instead: ${1}.`,
'schema.duplicate_id': str`The id “${0}” is already used further up in the file. Every id must be unique.`,
'schema.ignored_lists': `“lists” no longer has any effect: the lists belong to the campaign on the server. The field can be removed.`,
'schema.ignored_retention': `“retentionDays” no longer has any effect: the server decides how long reports are kept. The field can be removed.`,
'schema.invalid': `Invalid value.`,
'schema.invalid_date': str`“${0}” is not a valid date. Write YYYY-MM-DD (2026-12-01) or, with a time, YYYY-MM-DDThh:mm (2026-12-10T18:00).`,
'schema.invalid_date.date': str`“${0}” is not a valid date. Write the date as YYYY-MM-DD, for example 2026-12-01.`,
'schema.invalid_date.date_time': str`“${0}” is not a valid date and time. Write YYYY-MM-DDThh:mm, for example 2026-12-10T18:00.`,
'schema.invalid_format': str`“${0}” has the wrong format.`,
'schema.invalid_format.email': str`“${0}” is not a valid email address.`,
'schema.invalid_format.id': str`“${0}” cannot be used as an id: an id cannot contain spaces.`,
'schema.invalid_format.kommunenummer': str`“${0}” is not a municipality number (kommunenummer). Write four digits, for example 0301.`,
'schema.invalid_type': str`Must be ${0}, but is ${1}.`,
'schema.invalid_type.integer': `Must be a whole number (no decimals).`,
'schema.invalid_url': str`“${0}” is not an allowed address. Use an https address (https://…) or a relative address (/page). http:, javascript:, data: and other address types are not allowed.`,
'schema.invalid_value': str`“${0}” is not allowed here. Choose one of: ${1}.`,
'schema.invalid_value.one': str`“${0}” is not allowed here. The value must be ${1}.`,
'schema.path.root': `(root)`,
'schema.required': str`Missing required field “${0}”.`,
'schema.too_big': str`Must be ${0} or less.`,
'schema.too_big.array': str`The list can have at most ${0} items.`,
'schema.too_big.exclusive': str`Must be less than ${0}.`,
'schema.too_big.string': str`Can have at most ${0} characters.`,
'schema.too_small': str`Must be ${0} or more.`,
'schema.too_small.array': str`The list must have at least ${0} items.`,
'schema.too_small.array_empty': `The list cannot be empty.`,
'schema.too_small.exclusive': str`Must be greater than ${0}.`,
'schema.too_small.string': str`Must have at least ${0} characters.`,
'schema.too_small.string_empty': `Cannot be empty.`,
'schema.type.array': `a list ([ … ])`,
'schema.type.boolean': `true or false`,
'schema.type.integer': `a whole number`,
'schema.type.null': `null (empty value)`,
'schema.type.number': `a number`,
'schema.type.object': `an object ({ … })`,
'schema.type.string': `text`,
'schema.type.text': `text, or an object with language versions such as { "nb": "…", "en": "…" }`,
'schema.unknown_reference': str`No entry with the id “${0}” was found in “${1}”.`,
'schema.unrecognized_keys': str`Unknown fields: ${0}. Check the spelling: fields that are not in the schema are not allowed.`,
'schema.unrecognized_keys.one': str`Unknown field ${0}. Check the spelling: fields that are not in the schema are not allowed.`,
'schema.unsupported_version': str`Schema version ${0} is not supported. This version of kommune-widgets reads schema version ${1}.`,
    };
  