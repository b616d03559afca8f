/**
 * `POST /api/v1/attachments?kommune=NNNN`: one file as the raw request body (PNG, JPEG, WebP or PDF, checked by its
 * content), at most 8 MiB. Images lose their location metadata before they are stored. The answer's id is valid for
 * 24 h: a report must reference it by then, or the file is deleted.
 */
import { randomBytes } from 'node:crypto';
import type { BlockList } from 'node:net';
import type { Context } from 'hono';
import { fileTypeFromBuffer } from 'file-type';
import { readLimitedBody } from './body.js';
import type { KommuneConfig, RateLimit } from './config.js';
import { ImageStructureError, removeLocation, type ImageType } from './image-metadata.js';
import { problemResponse } from './problem.js';
import { clientAddress } from './client-address.js';
import { idempotencyKey, retryAfter, sha256, storedAnswer } from './reports.js';
import type { AttachmentInfo, Storage, StoredResponse } from './storage/types.js';

/** The most bytes one attachment may have: 8 MiB. */
export const ATTACHMENT_LIMIT = 8 * 1024 * 1024;

/** The media types an attachment may have. */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
/** One of {@link ATTACHMENT_TYPES}. */
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const isAttachmentType = (value: string): value is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(value);

/** What the attachment route needs from the app. */
export interface AttachmentRouteOptions {
  storage: Storage;
  kommuner: ReadonlyMap<string, KommuneConfig>;
  limits: { perIp: RateLimit; perKommune: RateLimit };
  /** Salt for the hashed client address used as rate-limit key. */
  addressSalt: string;
  /** The service's own proxies, whose `X-Forwarded-For` names the client (see client-address.ts). */
  trustedProxies?: BlockList;
}

/** A new attachment id: 16 random bytes as base64url (22 characters), unguessable and a valid schema `Id`. */
export const newAttachmentId = () => randomBytes(16).toString('base64url');

/** The `201` answer for a stored attachment, also stored with its idempotency key. */
const created = (saved: AttachmentInfo): StoredResponse => ({
  status: 201,
  body: JSON.stringify({ id: saved.id, type: saved.type, size: saved.size, expiresAt: saved.expiresAt }),
});

const unsupported = (detail: string) =>
  problemResponse(415, 'unsupported-type', { detail, headers: { Accept: ATTACHMENT_TYPES.join(', ') } });

/** The handler for `POST /api/v1/attachments`. */
export function attachmentHandler(options: AttachmentRouteOptions) {
  const { storage, kommuner, limits } = options;
  const hit = (key: string, limit: RateLimit) => storage.hitRateLimit(key, limit.windowSeconds * 1000, limit.max);

  const handle = async (c: Context, body: { read: boolean }): Promise<Response> => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!isAttachmentType(mediaType))
      return unsupported('Send one PNG, JPEG, WebP or PDF file as the request body, with its media type as Content-Type.');

    const nummer = c.req.query('kommune');
    const kommune = nummer === undefined ? undefined : kommuner.get(nummer);
    if (!kommune)
      return problemResponse(400, 'validation', {
        detail: 'Name the kommune in the query: ?kommune=NNNN.',
        issues: [
          nummer === undefined
            ? { path: 'kommune', code: 'required', message: 'Oppgi kommunen (?kommune=NNNN).' }
            : { path: 'kommune', code: 'unknown_reference', message: `Serveren tar ikke imot vedlegg for kommune «${nummer}».` },
        ],
      });
    const origin = c.req.header('origin');
    if (origin !== undefined && !kommune.origins.includes(origin))
      return problemResponse(403, 'origin-not-allowed', { detail: 'This page may not send files to this kommune.' });

    const header = c.req.header('idempotency-key');
    const key = idempotencyKey(header);
    if (header !== undefined && key === undefined)
      return problemResponse(400, 'validation', {
        detail: 'The Idempotency-Key header is malformed: use one random key (a UUID) per file.',
      });

    const byIp = await hit(
      `attachment-ip:${sha256(options.addressSalt + clientAddress(c, options.trustedProxies)).slice(0, 32)}`,
      limits.perIp,
    );
    if (!byIp.allowed) return problemResponse(429, 'rate-limited', { headers: retryAfter(byIp.resetMs) });

    const received = await readLimitedBody(c.req.raw, ATTACHMENT_LIMIT);
    if (received === 'too-large') return problemResponse(413, 'too-large', { detail: `At most ${ATTACHMENT_LIMIT} bytes (8 MiB).` });
    body.read = true;

    const sniffed = (await fileTypeFromBuffer(received))?.mime;
    if (sniffed !== mediaType) return unsupported(`The file's content is ${sniffed ?? 'of no type this server takes'}, not ${mediaType}.`);

    let bytes = received;
    if (mediaType !== 'application/pdf')
      try {
        bytes = removeLocation(received, mediaType as ImageType);
      } catch (error) {
        if (error instanceof ImageStructureError) return unsupported(`The image cannot be read: ${error.message}`);
        throw error;
      }

    const byKommune = await hit(`attachment-kommune:${kommune.nummer}`, limits.perKommune);
    if (!byKommune.allowed) return problemResponse(429, 'rate-limited', { headers: retryAfter(byKommune.resetMs) });

    const attachment = { id: newAttachmentId(), type: mediaType, bytes };
    if (key === undefined) return storedAnswer(created(await storage.saveAttachment(kommune.nummer, attachment)));

    // Namespaced, so a report's key and a file's key never meet; the kommune and type are part of what must match.
    const storedKey = `attachment:${key}`;
    const begun = await storage.idempotency.begin(storedKey, sha256(`${kommune.nummer}\n${mediaType}\n${sha256(received)}`));
    if (begun.state === 'mismatch')
      return problemResponse(422, 'idempotency-mismatch', { detail: 'Use a new Idempotency-Key for a different file.' });
    if (begun.state === 'in-flight') return problemResponse(409, 'idempotency-in-flight', { headers: { 'Retry-After': '1' } });
    if (begun.state === 'done') return storedAnswer(begun.response);
    try {
      return storedAnswer(created(await storage.saveAttachment(kommune.nummer, attachment, { key: storedKey, respond: created })));
    } catch (error) {
      await storage.idempotency.release(storedKey).catch(() => undefined);
      throw error;
    }
  };
  return async (c: Context): Promise<Response> => {
    const body = { read: false };
    const response = await handle(c, body);
    // Refused before its body was read to the end (up to 8 MiB may still be on the way): close the connection rather
    // than leave the unread bytes in front of the client's next request.
    if (!body.read) response.headers.set('Connection', 'close');
    return response;
  };
}
