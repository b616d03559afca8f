
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.commands': `Commands`,
'cli.exit-codes': `Exit codes: 0 valid, 1 invalid or unreadable file, 2 wrong usage.`,
'cli.json-syntax': str`invalid JSON: ${0}`,
'cli.json-syntax-at': str`invalid JSON at line ${0}, column ${1}: ${2}`,
'cli.kostra.file-missing': `The file with the answer from SSB is missing.`,
'cli.kostra.into-invalid': str`${0}: not changed, because with the new figures the document would be invalid:`,
'cli.kostra.into-not-document': str`${0}: is not a whole kommune document (with “schemaVersion” and “kommune”). --into writes into such a document.`,
'cli.kostra.into-written': str`${0}: the dataset “${1}” is written into “budget”.`,
'cli.kostra.kommune-format': str`--kommune must be a four-digit municipality number, not “${0}”.`,
'cli.kostra.kommune-required': `--kommune is required.`,
'cli.kostra.one-file': `Give only one file with an answer from SSB.`,
'cli.kostra.option-value': str`--${0} needs a value`,
'cli.kostra.summary': `Turn a KOSTRA answer from SSB (JSON-stat 2.0, for example table 12362) into a budget section.`,
'cli.kostra.unusable': str`${0}: cannot use the answer from SSB: ${1}`,
'cli.kostra.year-format': str`--year must be a four-digit year, not “${0}”.`,
'cli.lang-choices': str`--lang must be one of: ${0}`,
'cli.option.help': `Shows this help`,
'cli.option.lang': `The language of the messages: nb (default), nn, en or se`,
'cli.options': `Options`,
'cli.unknown-command': str`Unknown command “${0}”.`,
'cli.unknown-option': str`Unknown option ${0}`,
'cli.unreadable': str`cannot read the file (${0})`,
'cli.usage': `Usage`,
'cli.valid': `valid`,
'cli.valid-section': str`valid (the ${0} section alone)`,
'cli.validate.summary': `Check kommune documents, or one section alone, against schema version 1, as the widgets read them.`,
    };
  