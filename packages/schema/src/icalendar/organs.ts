/**
 * What a feed's calendar names and categories say about the organ: an id made from the name, and the kind guessed
 * from words in it (in bokmål, nynorsk, English and nordsamisk).
 */
import type { OrganizationKind } from '../meetings.js';

/** The longest id the schema allows. */
export const MAX_ID = 100;

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', ł: 'l' };

/** `name` as an id: lower case, ASCII letters and digits joined by `-` («Eldrerådet» → `eldreradet`); `fallback` if none. */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøåđŋŧßł]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** `id` made unique among `taken` (and added to it) with `-2`, `-3` …, never longer than {@link MAX_ID}. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id.slice(0, MAX_ID);
  for (let n = 2; taken.has(candidate); n++) candidate = `${id.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Words that give the kind away, the more specific first (a «kommunestyrekomité» before a «kommunestyre»). */
const KIND_WORDS: [RegExp, OrganizationKind][] = [
  [/kommunestyrekomit|komit[eé]/, 'kommunestyrekomité'],
  [/kommunestyre|bystyre|municipal council|city council|gield+astivra/, 'kommunestyre'],
  [/formannskap|executive committee|gield+aráđđi/, 'formannskap'],
  [/kommuner[aå]d|byr[aå]d/, 'kommuneråd'],
  [/kontrollutval|control committee|audit committee|dárkkistanlávdegoddi/, 'kontrollutvalg'],
  [/arbeidsutval|working committee/, 'arbeidsutvalg'],
  [/partssammensat|administrasjonsutval|arbeidsmilj[oø]utval/, 'partssammensatt-utvalg'],
  [/eldrer[aå]d|council for the elderly|elderly council|seniorr[aå]d|vuorrasiidráđđi/, 'eldreråd'],
  [/funksjonsnedsett|funksjonshem|disabilit|doaibmahehttej/, 'råd-for-personer-med-funksjonsnedsettelse'],
  [/ungdomsr[aå]d|ungdomsutval|youth council|nuoraidráđđi/, 'ungdomsråd'],
  [/valgstyre|valstyre|electoral (?:board|committee)|válgastivra/, 'valgstyre'],
  [/^styret? for|board of/, 'styre-for-institusjon'],
  [/utval|committee|lávdegoddi/, 'utvalg'],
];

/** The organ kind a name suggests, `annet` when no word gives it away. */
export function guessKind(name: string): OrganizationKind {
  const lower = name.toLowerCase();
  return KIND_WORDS.find(([words]) => words.test(lower))?.[1] ?? 'annet';
}
