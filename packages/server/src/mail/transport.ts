/** Sending one message over SMTP (nodemailer), and naming a failure by its code only. */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.js';

/** One message to send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** What the mail worker sends through. */
export interface MailTransport {
  /** Resolves when the SMTP server accepted the message; rejects otherwise. */
  send(message: OutgoingMail): Promise<void>;
  close(): void;
}

/** An SMTP transport for `config`; `password` is `KW_SMTP_PASSWORD` (used only with `config.user`, never logged). */
export function smtpTransport(config: SmtpConfig, password?: string): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: password ?? '' } } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  });
  return {
    send: async (message) => {
      await transporter.sendMail({ from: config.from, ...message });
    },
    close: () => transporter.close(),
  };
}

/**
 * A failure as a short code that holds no message content or address: nodemailer's `code` (`ECONNECTION`,
 * `EENVELOPE`, …) and the SMTP reply code, e.g. `EENVELOPE 550`.
 */
export function mailErrorCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = [
    typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,31}$/.test(code) ? code : 'ERROR',
    ...(typeof responseCode === 'number' && Number.isInteger(responseCode) ? [String(responseCode)] : []),
  ];
  return parts.join(' ');
}
