// The pledge bench's configuration and signature body, shared by the bench and its server process.
import { BENCH_ORIGIN } from './server-reports-config.mjs';

export { BENCH_ORIGIN };

/** The bench's campaign. */
export const BENCH_CAMPAIGN = 'valgloftet-bench';

/** One kommune with one open campaign without moderation; rate limits raised so the bench measures storing (still counted). */
export function pledgeBenchConfig() {
  return {
    kommuner: [
      {
        nummer: '3120',
        navn: 'Rakkestad',
        origins: [BENCH_ORIGIN],
        retentionDays: 180,
        contact: { name: 'Ola Nordmann', email: 'kontakt@rakkestad.kommune.no' },
        campaigns: [
          {
            id: BENCH_CAMPAIGN,
            title: { nb: 'Valgløftet 2027', nn: 'Valløftet 2027' },
            text: null,
            lists: [
              { id: 'ap', name: 'Arbeiderpartiet', color: '#e4202c' },
              { id: 'h', name: 'Høyre', color: '#0065f1' },
              { id: 'sp', name: 'Senterpartiet', color: '#00843d' },
              { id: 'frp', name: 'Fremskrittspartiet', color: '#004f80' },
              { id: 'sv', name: 'Sosialistisk Venstreparti', color: '#eb4040' },
              { id: 'krf', name: 'Kristelig Folkeparti', color: '#f6c500' },
              { id: 'v', name: 'Venstre', color: '#006666' },
              { id: 'bygdelista', name: 'Bygdelista', color: '#8a5a2b' },
            ],
            opens: '2020-01-01',
            closes: '2099-12-31',
            moderation: false,
          },
        ],
      },
    ],
    publicUrl: 'https://valg.rakkestad.kommune.no',
    rateLimits: {
      pledgesPerIp: { max: 100_000_000, windowSeconds: 3600 },
      pledgesPerCampaign: { max: 100_000_000, windowSeconds: 3600 },
    },
  };
}

const LISTS = ['ap', 'h', 'sp', 'frp', 'sv', 'krf', 'v', 'bygdelista'];
const ROLES = ['kandidat', 'folkevalgt', 'listetopp', 'partilag'];

/** Signature number `n` as the form sends it (valid per pledgeSubmissionSchema), with an e-mail address: about 250 B. */
export function benchPledge(n, startedAt) {
  return {
    campaign: BENCH_CAMPAIGN,
    name: `Kandidat Nummer ${n} Nordmann-Hansen`,
    list: LISTS[n % LISTS.length],
    role: ROLES[n % ROLES.length],
    email: `kandidat.${n}@example.no`,
    consent: true,
    website: '',
    startedAt,
  };
}
