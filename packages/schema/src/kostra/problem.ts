/**
 * Why an SSB answer cannot be turned into a `budget` section: a machine-readable {@link KostraProblem} (a code and
 * its parameters) carried by {@link KostraError}, whose `message` is English, for developers. People read the problem
 * in their own language: the `kommune-widgets kostra` command describes it with `msg()` (`cli.kostra.problem.*`).
 */

/** What a required dimension is for, when the answer lacks it. */
export type KostraDimensionRole = 'region' | 'function' | 'time' | 'contents';

/** One reason an answer is unusable; `code` names it, the other fields are its parameters. */
export type KostraProblem =
  /** Not a JSON-stat 2.0 dataset at all (no `"class": "dataset"` with `id` and `dimension`). */
  | { code: 'not_json_stat' }
  /** `size` does not list one count per dimension in `id` (which has `dimensions` of them). */
  | { code: 'size_mismatch'; dimensions: number }
  /** A dimension named in `id` is missing from `dimension`, or has no `category`. */
  | { code: 'dimension_missing'; dimension: string }
  /** A dimension with several categories has no `category.index`. */
  | { code: 'category_index_missing'; dimension: string }
  /** `category.index` gives `category` a position that is not a number. */
  | { code: 'category_index_invalid'; dimension: string; category: string }
  /** A dimension has `categories` categories where `size` says `size`. */
  | { code: 'category_count'; dimension: string; categories: number; size: number }
  /** The answer has no `value`. */
  | { code: 'value_missing' }
  /** A dimension has several categories and none was chosen for a cell. */
  | { code: 'category_not_chosen'; dimension: string }
  /** A dimension has no category `category`. */
  | { code: 'category_not_found'; dimension: string; category: string }
  /** A dimension the budget needs is not in the answer; `expected` is the id SSB gives it (e.g. `Tid`). */
  | { code: 'dimension_not_found'; role: KostraDimensionRole; expected: string }
  /** The kommune asked for is not among the answer's `regions`. */
  | { code: 'kommune_not_found'; kommune: string; regions: string[] }
  /** The year asked for is not among the answer's `years` (sorted). */
  | { code: 'year_not_found'; year: string; years: string[] }
  /** A category of the time dimension is not a four-digit year (e.g. a quarter, `2025K1`). */
  | { code: 'not_a_year'; year: string }
  /** No statistical variable (ContentsCode) gives amounts in kroner; only per innbygger. */
  | { code: 'no_amount_content' }
  /** The statistical variable `content` has a unit that is neither «1000 kr» nor «kr». */
  | { code: 'unknown_unit'; content: string; unit: string }
  /** The function dimension has no three-digit KOSTRA functions (only SSB's sums, such as `FG1`). */
  | { code: 'no_functions' };

const ROLE_NAMES: Record<KostraDimensionRole, string> = {
  region: 'region',
  function: 'function',
  time: 'time',
  contents: 'ContentsCode',
};

/** The problem in English, for developers (stack traces, logs); not what the command line prints. */
export function englishMessage(problem: KostraProblem): string {
  switch (problem.code) {
    case 'not_json_stat':
      return 'not a JSON-stat 2.0 dataset (expected "class": "dataset" with "id", "size" and "dimension"; ask SSB for "json-stat2")';
    case 'size_mismatch':
      return `JSON-stat "size" must list one count per dimension in "id" (${problem.dimensions})`;
    case 'dimension_missing':
      return `JSON-stat dimension ${problem.dimension} is missing`;
    case 'category_index_missing':
      return `dimension ${problem.dimension} has no category.index`;
    case 'category_index_invalid':
      return `dimension ${problem.dimension}: category.index.${problem.category} is not a number`;
    case 'category_count':
      return `dimension ${problem.dimension} has ${problem.categories} categories but size says ${problem.size}`;
    case 'value_missing':
      return 'JSON-stat "value" is missing';
    case 'category_not_chosen':
      return `no category chosen for dimension ${problem.dimension}`;
    case 'category_not_found':
      return `dimension ${problem.dimension} has no category ${problem.category}`;
    case 'dimension_not_found':
      return `the answer has no ${ROLE_NAMES[problem.role]} dimension (expected ${problem.expected})`;
    case 'kommune_not_found':
      return `kommune ${problem.kommune} is not in the answer (regions: ${problem.regions.join(', ')})`;
    case 'year_not_found':
      return `year ${problem.year} is not in the answer (years: ${problem.years.join(', ')})`;
    case 'not_a_year':
      return `"${problem.year}" is not a year`;
    case 'no_amount_content':
      return 'the answer has no ContentsCode in kroner or 1000 kroner (only per innbygger)';
    case 'unknown_unit':
      return `content ${problem.content} has an unknown unit "${problem.unit}" (expected "1000 kr" or "kr")`;
    case 'no_functions':
      return 'the answer has no three-digit KOSTRA functions';
  }
}

/** Thrown by the KOSTRA reader when an answer cannot be used; `problem` says why, `message` says it in English. */
export class KostraError extends Error {
  override name = 'KostraError';
  /** Why, as a code and its parameters. */
  readonly problem: KostraProblem;

  constructor(problem: KostraProblem) {
    super(englishMessage(problem));
    this.problem = problem;
  }
}
