/**
 * `kommune-widgets-server kommune …`: for a kommune that leaves the service.
 *
 *   kommune-widgets-server kommune export NNNN --out DIR
 *   kommune-widgets-server kommune purge NNNN --yes
 *
 * with `--db FILE` / `KW_DB` (or `--database-url` / `DATABASE_URL`), `--config FILE` / `KW_CONFIG` and `KW_REPORT_KEY` as for the server.
 */
import { parseArgs } from 'node:util';
import { KOMMUNENUMMER_PATTERN } from '@kommune-widgets/schema';
import { ConfigError, readConfig } from './config.js';
import { KommuneDataError, exportKommune, purgeKommune } from './kommune-data.js';
import { reportKeyFromEnvironment } from './storage/report-crypto.js';
import { openCommandStorage } from './storage/open.js';

/** The help text of the `kommune` command. */
export const KOMMUNE_HELP = `Usage:
  kommune-widgets-server kommune export NNNN --out DIR
  kommune-widgets-server kommune purge NNNN --yes

  export   writes everything the server holds for the kommune into DIR (new or empty; files readable by their
           owner only): reports.json with every report, its notes and status changes (decrypted: KW_REPORT_KEY as
           for the server), attachments/, users.json (no passwords or second factors), audit-log.json, mail.json,
           pledges.json and manifest.json with each file's SHA-256. Audited as kommune-exported.
  purge    deletes all of it: reports, attachments, inbox users and their sessions, the audit log, mail and
           signatures. Refused while the kommune is in --config. The audit log keeps one row, kommune-purged,
           with the counts. Export first: a purge cannot be undone.

  --db FILE      SQLite database file (env KW_DB, default ./data/kommune-widgets.sqlite)
  --database-url URL
                 PostgreSQL instead of SQLite, postgres://… (env DATABASE_URL; KW_MIGRATE_DATABASE_URL: the tables'
                 owner, who runs the migrations; docs/delt-tjeneste.md)
  --config FILE  the server's configuration file (env KW_CONFIG)
`;

function fail(message: string): never {
  process.stderr.write(`kommune-widgets-server kommune: ${message}\n`);
  process.exit(2);
}

/** Run `kommune <action> NNNN …` with `argv` (the arguments after `kommune`). */
export async function kommuneCommand(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        yes: { type: 'boolean', default: false },
        db: { type: 'string' },
        'database-url': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${KOMMUNE_HELP}`);
  }
  const { values, positionals } = parsed;
  const [action, kommune] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(KOMMUNE_HELP);
    return;
  }
  if (!['export', 'purge'].includes(action) || positionals.length !== 2)
    fail(`unknown command «${positionals.join(' ')}».\n\n${KOMMUNE_HELP}`);
  if (!KOMMUNENUMMER_PATTERN.test(kommune!)) fail(`«${kommune}» is not a kommunenummer: four digits, for example 0301.`);
  if (action === 'export' && values.out === undefined) fail('kommune export needs --out DIR.');
  if (action === 'purge' && !values.yes)
    fail(`kommune purge deletes everything of kommune ${kommune} for good: add --yes (and export first).`);

  let stillServed = false;
  const configPath = values.config ?? process.env['KW_CONFIG'];
  if (configPath !== undefined) {
    try {
      stillServed = (await readConfig(configPath)).kommuner.some((k) => k.nummer === kommune);
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
  }
  const reportKey = reportKeyFromEnvironment(fail);
  const storage = openCommandStorage(values, reportKey);
  try {
    await storage.migrate();
    if (action === 'export') {
      const manifest = await exportKommune(storage, kommune!, values.out!);
      const c = manifest.counts;
      process.stdout.write(
        `Exported kommune ${kommune} to ${values.out}: ${c.reports} reports, ${c.attachments} attachments, ${c.users} users, ` +
          `${c.auditEntries} audit entries, ${c.mail} e-mails, ${c.pledges} signatures.\n`,
      );
    } else {
      const c = await purgeKommune(storage, kommune!, stillServed);
      process.stdout.write(
        `Purged kommune ${kommune}: ${c.reports} reports, ${c.attachments} attachments, ${c.users} users, ` +
          `${c.auditEntries} audit entries, ${c.mail} e-mails, ${c.pledges} signatures deleted.\n`,
      );
    }
  } catch (error) {
    await storage.close();
    if (error instanceof KommuneDataError) fail(error.message);
    throw error;
  }
  await storage.close();
}
