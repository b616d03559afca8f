/** The ids of KS' example methods on the deltakelsestrapp, which the widget names in every language. */
export const METHOD_IDS = [
  'nettside',
  'nyhetsbrev',
  'folkemøte',
  'høring',
  'offentlig-ettersyn',
  'meningsmåling',
  'innbyggerpanel',
  'plansmie',
  'fremtidsverksted',
  'e-demokrati',
  'gjestebud',
  'ordførerbenk',
  'demokraticafé',
  'barnetråkk',
  'innbyggerforslag',
  'sosiale-medier',
  'kommunedelsutvalg',
  'institusjonsstyre',
  'ungdommens-kommunestyre',
  'folkeavstemning',
] as const;

/** One of KS' example methods. */
export type MethodId = (typeof METHOD_IDS)[number];

/**
 * How editors write each method besides its id: KS' wording, bokmål and nynorsk, singular, plural and definite
 * forms, and older names (an innbyggerforslag was an innbyggerinitiativ before the 2018 kommunelov).
 * Compared after {@link normalizeMethodName}, so case, spaces, hyphens and accents need no variants of their own.
 */
export const METHOD_ALIASES: Record<MethodId, readonly string[]> = {
  nettside: ['nettsider', 'nettsida', 'nettsiden', 'nettsted', 'nettstad', 'hjemmeside', 'heimeside'],
  nyhetsbrev: ['nyhetsbrevet', 'nyheitsbrev', 'nyheitsbrevet'],
  folkemøte: ['folkemøter', 'folkemøtet', 'folkemøta', 'folkemøtene', 'allmannamøte'],
  høring: ['høringer', 'høringen', 'høyring', 'høyringar', 'høyringa', 'offentlig høring', 'offentleg høyring'],
  'offentlig-ettersyn': ['offentleg ettersyn', 'ettersyn', 'utlegging til offentlig ettersyn', 'utlegging til offentleg ettersyn'],
  meningsmåling: ['meningsmålinger', 'meiningsmåling', 'meiningsmålingar', 'opinionsmåling'],
  innbyggerpanel: ['innbyggerpanelet', 'innbyggjarpanel', 'innbyggjarpanelet'],
  plansmie: ['plansmier', 'plansmia', 'plansmien', 'plansmiene'],
  fremtidsverksted: ['fremtidsverksteder', 'framtidsverksted', 'framtidsverkstad', 'framtidsverkstader', 'fremtidsverkstedet'],
  'e-demokrati': ['elektronisk demokrati', 'digitalt demokrati'],
  gjestebud: ['gjestebod', 'gjestebudet', 'gjesteboda'],
  ordførerbenk: ['ordførerbenken', 'ordførarbenk', 'ordførarbenken'],
  demokraticafé: ['demokratikafé', 'demokratikafeen', 'demokraticaféen'],
  barnetråkk: ['barnetråkkregistrering'],
  innbyggerforslag: ['innbyggerforslaget', 'innbyggjarforslag', 'innbyggjarforslaget', 'innbyggerinitiativ', 'innbyggjarinitiativ'],
  'sosiale-medier': [
    'sosiale medier',
    'sosiale medium',
    'dagsordensetting i sosiale medier',
    'dagsordensetting i sosiale medium',
    'dagsordensetjing i sosiale medium',
  ],
  kommunedelsutvalg: ['kommunedelsutval', 'kommunedelutvalg', 'kommunedelutval'],
  institusjonsstyre: ['styre for institusjon', 'styre for institusjoner', 'styre for institusjonar', 'institusjonsstyret'],
  'ungdommens-kommunestyre': [
    'ungdommens kommunestyre',
    'ungdomens kommunestyre',
    'barne- og ungdommens kommunestyre',
    'barne- og ungdomens kommunestyre',
    'barn og unges kommunestyre',
  ],
  folkeavstemning: [
    'folkeavstemninger',
    'rådgivende folkeavstemning',
    'rådgivende folkeavstemninger',
    'folkerøysting',
    'folkerøystingar',
    'rådgjevande folkerøysting',
    'rådgjevande folkerøystingar',
  ],
};

/**
 * A method name reduced to what tells methods apart: lower case, without spaces, hyphens, dashes, underscores,
 * dots or apostrophes, without accents, and with æ, ø, å written ae, o, a ("Demokrati-Café" → "demokraticafe",
 * "Høyring" → "hoyring").
 */
export function normalizeMethodName(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[\s\-‐‑‒–—_.'’]+/g, '');
}

/** Every way of writing a method, normalized, to its id; made when a method is first looked up. */
let byName: ReadonlyMap<string, MethodId> | undefined;
/** Names already looked up, as written: each render names the same methods again. */
const looked = new Map<string, MethodId | undefined>();

/** The KS method an editor's method name stands for (its id, or a way editors write it), or `undefined` for free text. */
export function methodId(method: string | undefined): MethodId | undefined {
  if (method === undefined) return undefined;
  if (looked.has(method)) return looked.get(method);
  byName ??= new Map(METHOD_IDS.flatMap((id) => [id, ...METHOD_ALIASES[id]].map((name) => [normalizeMethodName(name), id] as const)));
  const id = byName.get(normalizeMethodName(method));
  looked.set(method, id);
  return id;
}

/** True when the activity is a citizens' proposal, which carries a legal right (kommuneloven § 12-1). */
export function isInnbyggerforslag(method: string | undefined): boolean {
  return methodId(method) === 'innbyggerforslag';
}
