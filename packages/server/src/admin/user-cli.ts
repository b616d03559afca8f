/**
 * `kommune-widgets-server user …`: add an inbox user, set a password, reset a second factor, disable or enable a user.
 *
 *   kommune-widgets-server user add --kommune NNNN --email E --name N --role contact|admin|moderator [--generate-password]
 *   kommune-widgets-server user password --email E
 *   kommune-widgets-server user reset-2fa --email E
 *   kommune-widgets-server user disable --email E      (ends its sessions; it cannot sign in until enabled)
 *   kommune-widgets-server user enable --email E
 *
 * with `--db FILE` / `KW_DB` (or `--database-url` / `DATABASE_URL`) and `--config FILE` / `KW_CONFIG` as for the server. A new password is read from stdin:
 * from a terminal without echo, or the first line of piped input. It is never echoed or logged, and it is the user's own;
 * `--generate-password` makes a temporary one instead, which the user must replace at the first sign-in.
 */
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.js';
import { generatePassword } from '../auth/password.js';
import { reportKeyFromEnvironment } from '../storage/report-crypto.js';
import { openCommandStorage } from '../storage/open.js';
import { UserError, addUser, resetSecondFactor, setUserDisabled, setUserPassword } from './users.js';

/** The help text of the `user` command. */
export const USER_HELP = `Usage:
  kommune-widgets-server user add --kommune NNNN --email E --name NAME --role contact|admin|moderator [--generate-password]
  kommune-widgets-server user password --email E
  kommune-widgets-server user reset-2fa --email E
  kommune-widgets-server user disable --email E    (ends its sessions; it cannot sign in until enabled)
  kommune-widgets-server user enable --email E

  --db FILE      SQLite database file (env KW_DB, default ./data/kommune-widgets.sqlite)
  --database-url URL
                 PostgreSQL instead of SQLite, postgres://… (env DATABASE_URL; KW_MIGRATE_DATABASE_URL: the tables'
                 owner, who runs the migrations; docs/delt-tjeneste.md)
  --config FILE  configuration file; when given, --kommune must be one of its kommuner (env KW_CONFIG)

Roles: contact reads the kommune's reports; admin manages the kommune's users in the inbox (/admin) and reads its
audit log; moderator handles the signatures of its pledge campaigns. An admin does the day-to-day changes in the
inbox; these commands stay for IT (the first admin, a locked-out admin, scripts).

The new password (at least 12 characters) is read from stdin: typed without echo, or piped as the first line; it is
the user's own. --generate-password makes one and prints it once instead: a temporary password for IT to hand over,
which the user must replace with their own at the first sign-in. KW_REPORT_KEY as for the server.
`;

/** Read one line from stdin without echoing it (raw mode on a terminal). */
export function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return new Promise((resolve, reject) => {
      let data = '';
      stdin.setEncoding('utf8');
      stdin.on('data', (chunk: string) => (data += chunk));
      stdin.on('end', () => resolve(data.split(/\r?\n/)[0] ?? ''));
      stdin.on('error', reject);
    });
  }
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let line = '';
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(line);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') line = line.slice(0, -1);
        else line += char;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

function fail(message: string): never {
  process.stderr.write(`kommune-widgets-server user: ${message}\n`);
  process.exit(2);
}

/** Run `user <action> …` with `argv` (the arguments after `user`). */
export async function userCommand(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        kommune: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        db: { type: 'string' },
        'database-url': { type: 'string' },
        config: { type: 'string' },
        'generate-password': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USER_HELP}`);
  }
  const { values, positionals } = parsed;
  const action = positionals[0];
  if (values.help || action === undefined) {
    process.stdout.write(USER_HELP);
    return;
  }
  if (!['add', 'password', 'reset-2fa', 'disable', 'enable'].includes(action) || positionals.length > 1)
    fail(`unknown command «${positionals.join(' ')}».\n\n${USER_HELP}`);
  if (values.email === undefined) fail('--email is required.');
  if (action === 'add' && (values.kommune === undefined || values.name === undefined || values.role === undefined))
    fail('user add needs --kommune, --email, --name and --role.');

  const configPath = values.config ?? process.env['KW_CONFIG'];
  if (configPath !== undefined && action === 'add') {
    try {
      const config = await readConfig(configPath);
      if (!config.kommuner.some((k) => k.nummer === values.kommune)) fail(`${configPath} does not serve kommune ${values.kommune}.`);
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
  }
  const reportKey = reportKeyFromEnvironment(fail);

  let password: string | undefined;
  if (action === 'add' && values['generate-password']) password = generatePassword();
  else if (action === 'add' || action === 'password') password = await readSecret('New password (not shown): ');

  const storage = openCommandStorage(values, reportKey);
  try {
    await storage.migrate();
    if (action === 'add') {
      const user = await addUser(
        storage,
        { kommune: values.kommune!, email: values.email, name: values.name!, role: values.role! },
        password!,
        Date.now(),
        { temporary: values['generate-password'] },
      );
      process.stdout.write(`Added ${user.email} (${user.role}, kommune ${user.kommune}).\n`);
      if (values['generate-password'])
        process.stdout.write(`Password (shown once): ${password}\nIt is temporary: the user chooses their own at the first sign-in.\n`);
      process.stdout.write('A second factor is enrolled at the first sign-in.\n');
    } else if (action === 'password') {
      await setUserPassword(storage, values.email, password!);
      process.stdout.write(`Password set for ${values.email.toLowerCase()}; its sessions are ended.\n`);
    } else if (action === 'disable' || action === 'enable') {
      await setUserDisabled(storage, values.email, action === 'disable');
      process.stdout.write(
        action === 'disable'
          ? `Disabled ${values.email.toLowerCase()}: its sessions are ended and it cannot sign in.\n`
          : `Enabled ${values.email.toLowerCase()}: it can sign in again.\n`,
      );
    } else {
      await resetSecondFactor(storage, values.email);
      process.stdout.write(`Second factor removed for ${values.email.toLowerCase()}: a new one is enrolled at the next sign-in.\n`);
    }
  } catch (error) {
    if (error instanceof UserError) {
      await storage.close();
      fail(error.message);
    }
    throw error;
  }
  await storage.close();
}
