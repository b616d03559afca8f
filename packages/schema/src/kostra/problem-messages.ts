/**
 * What `kommune-widgets kostra` prints when an SSB answer cannot be used: each {@link KostraProblem} described with
 * `msg()` (ids `cli.kostra.problem.<code>`, source bokmål, translated like the CLI's other `cli.*` messages), in the
 * locale the command line has configured. Lists (regions, years) are joined the way `lang` writes lists.
 */
import { singleStops } from '../sentence.js';
import { msg, str } from '@lit/localize';
import type { KostraProblem } from './problem.js';

/** `items` as one list in `lang`: «2024 og 2025», «2024 and 2025», «2024 ja 2025». */
const list = (items: readonly string[], lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

/** Why the answer is unusable, in the active locale; `lang` is that locale, for formatting lists. */
export function describeKostraProblem(problem: KostraProblem, lang: string): string {
  return singleStops(problemMessage(problem, lang));
}

function problemMessage(problem: KostraProblem, lang: string): string {
  switch (problem.code) {
    case 'not_json_stat':
      return msg(
        'filen er ikke et JSON-stat 2.0-datasett (ventet «class»: «dataset» med «id», «size» og «dimension»). Be SSB om svar i formatet «json-stat2».',
        { id: 'cli.kostra.problem.not_json_stat' },
      );
    case 'size_mismatch': {
      const { dimensions } = problem;
      return msg(str`«size» må ha like mange tall som «id» har dimensjoner (${dimensions}).`, {
        id: 'cli.kostra.problem.size_mismatch',
      });
    }
    case 'dimension_missing': {
      const { dimension } = problem;
      return msg(str`dimensjonen «${dimension}» mangler i «dimension», eller har ingen «category».`, {
        id: 'cli.kostra.problem.dimension_missing',
      });
    }
    case 'category_index_missing': {
      const { dimension } = problem;
      return msg(str`dimensjonen «${dimension}» har ingen «category.index».`, { id: 'cli.kostra.problem.category_index_missing' });
    }
    case 'category_index_invalid': {
      const { dimension, category } = problem;
      return msg(str`dimensjonen «${dimension}»: plassen til kategorien «${category}» i «category.index» er ikke et tall.`, {
        id: 'cli.kostra.problem.category_index_invalid',
      });
    }
    case 'category_count': {
      const { dimension, categories, size } = problem;
      return msg(str`dimensjonen «${dimension}» har ${categories} kategorier, men «size» sier ${size}.`, {
        id: 'cli.kostra.problem.category_count',
      });
    }
    case 'value_missing':
      return msg('svaret har ingen tall («value» mangler).', { id: 'cli.kostra.problem.value_missing' });
    case 'category_not_chosen': {
      const { dimension } = problem;
      return msg(
        str`dimensjonen «${dimension}» har flere kategorier, og kommandoen vet ikke hvilken den skal bruke. Velg én i spørringen til SSB.`,
        { id: 'cli.kostra.problem.category_not_chosen' },
      );
    }
    case 'category_not_found': {
      const { dimension, category } = problem;
      return msg(str`dimensjonen «${dimension}» har ingen kategori «${category}».`, { id: 'cli.kostra.problem.category_not_found' });
    }
    case 'dimension_not_found':
      return dimensionNotFound(problem);
    case 'kommune_not_found': {
      const { kommune } = problem;
      const regions = list(problem.regions, lang);
      return msg(
        str`kommune ${kommune} er ikke med i svaret (svaret har ${regions}). Ta kommunen med i spørringen til SSB, eller sjekk --kommune.`,
        { id: 'cli.kostra.problem.kommune_not_found' },
      );
    }
    case 'year_not_found': {
      const { year } = problem;
      const years = list(problem.years, lang);
      return msg(
        str`året ${year} er ikke med i svaret (svaret har ${years}). Velg et av dem med --year, eller ta året med i spørringen til SSB.`,
        { id: 'cli.kostra.problem.year_not_found' },
      );
    }
    case 'not_a_year': {
      const { year } = problem;
      return msg(str`«${year}» i tidsdimensjonen er ikke et år (som 2025).`, { id: 'cli.kostra.problem.not_a_year' });
    }
    case 'no_amount_content':
      return msg(
        'svaret har ingen statistikkvariabel i kroner eller 1000 kroner, bare per innbygger. Ta med beløpet (for eksempel «KOSbelop0000») i spørringen til SSB.',
        { id: 'cli.kostra.problem.no_amount_content' },
      );
    case 'unknown_unit': {
      const { content, unit } = problem;
      return msg(str`statistikkvariabelen «${content}» har en enhet kommandoen ikke kjenner («${unit}»). Den kjenner «1000 kr» og «kr».`, {
        id: 'cli.kostra.problem.unknown_unit',
      });
    }
    case 'no_functions':
      return msg('svaret har ingen tresifrede KOSTRA-funksjoner, bare summer. Velg alle funksjonene («*») i spørringen til SSB.', {
        id: 'cli.kostra.problem.no_functions',
      });
  }
}

/** A dimension the budget needs is missing: one message per role, since each language names them its own way. */
function dimensionNotFound(problem: Extract<KostraProblem, { code: 'dimension_not_found' }>): string {
  const { expected } = problem;
  switch (problem.role) {
    case 'region':
      return msg(str`svaret har ingen dimensjon med kommuner og regioner (som «${expected}»). Ta den med i spørringen til SSB.`, {
        id: 'cli.kostra.problem.dimension_not_found.region',
      });
    case 'function':
      return msg(str`svaret har ingen dimensjon med KOSTRA-funksjoner (som «${expected}»). Ta den med i spørringen til SSB.`, {
        id: 'cli.kostra.problem.dimension_not_found.function',
      });
    case 'time':
      return msg(str`svaret har ingen tidsdimensjon (som «${expected}»). Ta den med i spørringen til SSB.`, {
        id: 'cli.kostra.problem.dimension_not_found.time',
      });
    case 'contents':
      return msg(str`svaret har ingen dimensjon med statistikkvariabler (som «${expected}»). Ta den med i spørringen til SSB.`, {
        id: 'cli.kostra.problem.dimension_not_found.contents',
      });
  }
}
