/**
 * `kommune-widgets-server`: the report server (run through bin/kommune-widgets-server.js).
 *
 *   kommune-widgets-server [--port 8787] [--db ./data/kommune-widgets.sqlite | --database-url postgres://…] [--config FILE] [--demo]
 *
 * Options may also be given as environment variables: PORT, KW_DB, DATABASE_URL, KW_MIGRATE_DATABASE_URL, KW_CONFIG; KW_REPORT_KEY (environment only) turns
 * on encryption at rest. Exit codes: 2 wrong usage, no usable configuration or a malformed key, 1 the server could not
 * start (a key that is not the database's, among others).
 */
import { parseArgs } from 'node:util';
import { ConfigError, readConfig, withDemo, type ServerConfig } from './config.js';
import { userCommand } from './admin/user-cli.js';
import { ensureDemoUser } from './admin/users.js';
import { jsonLineLogger } from './log.js';
import { kommuneCommand } from './kommune-cli.js';
import { startServer } from './server.js';
import { reportKeyFromEnvironment } from './storage/report-crypto.js';
import { openCommandStorage } from './storage/open.js';

const HELP = `kommune-widgets-server: receives reports from <kommune-hate-report> and signatures from <kommune-pledge>,
and stores them in SQLite (one kommune, the demo) or PostgreSQL (a shared service).

Usage: kommune-widgets-server [options]

  --port N       port to listen on (env PORT, default 8787)
  --db FILE      SQLite database file, created with its folder (env KW_DB, default ./data/kommune-widgets.sqlite)
  --database-url URL
                 PostgreSQL instead of SQLite, postgres://… (env DATABASE_URL), for a shared service with several
                 processes; KW_MIGRATE_DATABASE_URL names the tables' owner, who runs the migrations
                 (docs/delt-tjeneste.md)
  --config FILE  configuration file: the kommuner served, their origins, retention and contact person (env KW_CONFIG)
  --demo         also serve Eksempel kommune (9999) for the demo page at http://localhost:<port>
  --help         show this text

Inbox users: kommune-widgets-server user add|password|reset-2fa … (kommune-widgets-server user --help).
A kommune leaving the service: kommune-widgets-server kommune export|purge NNNN … (kommune-widgets-server kommune --help).

Environment only: KW_REPORT_KEY, 32 random bytes as base64 or hex, stores report bodies and attachments encrypted
(AES-256-GCM). Make one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"
KW_SMTP_PASSWORD, the password of the SMTP server named in the configuration's "smtp" (never logged).

Signals: SIGHUP reads the configuration file again and serves it without a restart (a file with errors is logged
and the running configuration kept); SIGINT and SIGTERM stop the server after the requests under way.

Without --config (or KW_CONFIG) and without --demo the server does not start. See docs/server.md.
`;

function fail(message: string): never {
  process.stderr.write(`kommune-widgets-server: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'user') return userCommand(process.argv.slice(3));
  if (process.argv[2] === 'kommune') return kommuneCommand(process.argv.slice(3));
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        db: { type: 'string' },
        'database-url': { type: 'string' },
        config: { type: 'string' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const portText = args.port ?? process.env['PORT'] ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) fail(`--port must be a number from 0 to 65535, not «${portText}».`);
  const configPath = args.config ?? process.env['KW_CONFIG'];
  if (configPath === undefined && !args.demo)
    fail(
      'no configuration: give --config FILE (or KW_CONFIG) naming the kommuner this server takes reports for, or --demo to try it with Eksempel kommune. See docs/server.md.',
    );

  let config: ServerConfig = { kommuner: [] };
  if (configPath !== undefined) {
    try {
      config = await readConfig(configPath);
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
  }
  if (args.demo) config = withDemo(config, port);
  if (config.kommuner.length === 0) fail(`${configPath} names no kommuner: add one to "kommuner", or use --demo.`);

  const reportKey = reportKeyFromEnvironment(fail);

  const storage = openCommandStorage(args, reportKey);
  const server = await startServer({ config, storage, port, log: jsonLineLogger });
  if (reportKey) jsonLineLogger({ msg: 'encryption at rest', on: true });
  else
    jsonLineLogger({
      level: 'warn',
      msg: 'encryption at rest',
      on: false,
      hint: 'set KW_REPORT_KEY to store reports and attachments encrypted (docs/server.md)',
    });
  if (args.demo) jsonLineLogger({ msg: 'demo', kommune: '9999', origins: config.kommuner.at(-1)!.origins.join(' ') });
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // SIGHUP: read the configuration file again and serve it without a restart (a kommune or campaign added); a file
  // with errors is logged with every problem and the server keeps the configuration it has.
  process.on('SIGHUP', () => {
    if (configPath === undefined) {
      jsonLineLogger({ level: 'warn', msg: 'config not reloaded', error: 'the server runs without --config: nothing to read again' });
      return;
    }
    readConfig(configPath)
      .then((read) => {
        const next = args.demo ? withDemo(read, port) : read;
        if (next.kommuner.length === 0) throw new ConfigError(`${configPath} names no kommuner.`);
        server.reload(next);
      })
      .catch((error: unknown) =>
        jsonLineLogger({ level: 'error', msg: 'config not reloaded', file: configPath, error: (error as Error).message }),
      );
  });
  // SPEC §6: the demo inbox user's password is printed at start (it is new at every start). A failure (the server was
  // stopped meanwhile) is logged, not fatal.
  if (args.demo)
    await ensureDemoUser(storage).then(
      ({ email, moderatorEmail, password }) => jsonLineLogger({ msg: 'demo inbox users', email, moderatorEmail, password }),
      (error: unknown) => jsonLineLogger({ level: 'error', msg: 'demo inbox user', error: (error as Error).message }),
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`kommune-widgets-server: could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
