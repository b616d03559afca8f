
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.commands': `Commands`,
'cli.exit-codes': `Exit codes: 0 valid, 1 invalid or unreadable file, 2 wrong usage.`,
'cli.json-syntax': `invalid JSON`,
'cli.json-syntax-at': str`invalid JSON at line ${0}, column ${1}`,
'cli.kostra.file-missing': `The file with the answer from SSB is missing.`,
'cli.kostra.into-invalid': str`${0}: not changed, because with the new figures the document would be invalid:`,
'cli.kostra.into-not-document': str`${0}: is not a whole kommune document (with “schemaVersion” and “kommune”). --into writes into such a document.`,
'cli.kostra.into-written': str`${0}: the dataset “${1}” is written into “budget”.`,
'cli.kostra.kommune-format': str`--kommune must be a four-digit municipality number, not “${0}”.`,
'cli.kostra.kommune-required': `--kommune is required.`,
'cli.kostra.one-file': `Give only one file with an answer from SSB.`,
'cli.kostra.option-value': str`--${0} needs a value`,
'cli.kostra.problem.category_count': str`the dimension “${0}” has ${1} categories, but “size” says ${2}.`,
'cli.kostra.problem.category_index_invalid': str`the dimension “${0}”: the position of the category “${1}” in “category.index” is not a number.`,
'cli.kostra.problem.category_index_missing': str`the dimension “${0}” has no “category.index”.`,
'cli.kostra.problem.category_not_chosen': str`the dimension “${0}” has several categories, and the command cannot tell which one to use. Choose one in the query to SSB.`,
'cli.kostra.problem.category_not_found': str`the dimension “${0}” has no category “${1}”.`,
'cli.kostra.problem.dimension_missing': str`the dimension “${0}” is missing from “dimension”, or has no “category”.`,
'cli.kostra.problem.dimension_not_found.contents': str`the answer has no dimension of statistical variables (such as “${0}”). Include it in the query to SSB.`,
'cli.kostra.problem.dimension_not_found.function': str`the answer has no dimension of KOSTRA functions (such as “${0}”). Include it in the query to SSB.`,
'cli.kostra.problem.dimension_not_found.region': str`the answer has no dimension of municipalities and regions (such as “${0}”). Include it in the query to SSB.`,
'cli.kostra.problem.dimension_not_found.time': str`the answer has no time dimension (such as “${0}”). Include it in the query to SSB.`,
'cli.kostra.problem.kommune_not_found': str`municipality ${0} is not in the answer (the answer has ${1}). Include the municipality in the query to SSB, or check --kommune.`,
'cli.kostra.problem.no_amount_content': `the answer has no statistical variable in kroner or 1000 kroner, only per resident. Include the amount (for example “KOSbelop0000”) in the query to SSB.`,
'cli.kostra.problem.no_functions': `the answer has no three-digit KOSTRA functions, only sums. Choose all functions (“*”) in the query to SSB.`,
'cli.kostra.problem.not_a_year': str`“${0}” in the time dimension is not a year (such as 2025).`,
'cli.kostra.problem.not_json_stat': `the file is not a JSON-stat 2.0 dataset (expected “class”: “dataset” with “id”, “size” and “dimension”). Ask SSB for an answer in the format “json-stat2”.`,
'cli.kostra.problem.size_mismatch': str`“size” must list one count per dimension in “id” (${0}).`,
'cli.kostra.problem.unknown_unit': str`the statistical variable “${0}” has a unit the command does not know (“${1}”). It knows “1000 kr” and “kr”.`,
'cli.kostra.problem.value_missing': `the answer has no figures (“value” is missing).`,
'cli.kostra.problem.year_not_found': str`year ${0} is not in the answer (the answer has ${1}). Choose one of those with --year, or include the year in the query to SSB.`,
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
  