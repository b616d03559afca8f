// The server bench's configuration and report body, shared by the bench and its server process.

/** The origin the bench's requests come from (a browser on the kommune's own site). */
export const BENCH_ORIGIN = 'https://www.rakkestad.kommune.no';

/** One kommune, with rate limits raised so the bench measures storing, not refusing (the limits are still counted). */
export function benchConfig() {
  return {
    kommuner: [
      {
        nummer: '3120',
        navn: 'Rakkestad',
        origins: [BENCH_ORIGIN],
        retentionDays: 180,
        contact: { name: 'Ola Nordmann', phone: '+47 69 22 00 00', email: 'kontakt@rakkestad.kommune.no' },
      },
    ],
    rateLimits: {
      perIp: { max: 100_000_000, windowSeconds: 3600 },
      perKommune: { max: 100_000_000, windowSeconds: 3600 },
    },
  };
}

const SENTENCE =
  'Etter kommunestyremøtet fikk jeg flere meldinger på Facebook og i innboksen der avsenderen skriver at han vet hvor jeg bor, ' +
  'og at jeg «skal få svi» for vedtaket om skolestrukturen. ';

/** A realistic report as the form sends it (valid per reportSubmissionSchema), about 2 KB of JSON. */
export function benchReport() {
  return {
    kommune: '3120',
    triage: { danger: false },
    target: 'me',
    role: 'folkevalgt',
    kinds: ['hets', 'trussel', 'trakassering'],
    where: { platform: 'Facebook' },
    when: '2026-11-30T21:15',
    description: SENTENCE.repeat(8).trim(),
    links: [
      'https://www.facebook.com/groups/rakkestad.debatt/posts/1234567890123456',
      'https://www.facebook.com/permalink.php?story_fbid=9876543210987654&id=100012345678901',
      'https://www.instagram.com/p/C0dEfGhIjKl/',
    ],
    attachments: [],
    reportedTo: { platform: { reference: 'FB-99123' } },
    help: ['samtale', 'anmeldelse'],
    contact: { name: 'Per Hansen', email: 'per.hansen@example.no', phone: '+47 912 34 567' },
    website: '',
    startedAt: new Date(Date.now() - 12 * 60_000).toISOString(),
  };
}
