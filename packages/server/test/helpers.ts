import { newDatabase, openTestStorage, sql } from './backend.js';
import { startServer, silentLogger, type Logger, type RunningServer, type ServerConfig, type Storage } from '../src/index.js';

/** The allowed origin of kommune 3120 in {@link testConfig}. */
export const ORIGIN = 'https://www.rakkestad.kommune.no';
/** An origin no kommune allows. */
export const FOREIGN = 'https://evil.example';

/** A configuration with two kommuner, each with its own origin. */
export function testConfig(extra: Partial<ServerConfig> = {}): ServerConfig {
  return {
    kommuner: [
      {
        nummer: '3120',
        navn: 'Rakkestad',
        origins: [ORIGIN],
        retentionDays: 180,
        contact: { name: 'Ola Nordmann', phone: '+47 69 22 00 00', email: 'kontakt@rakkestad.kommune.no' },
        responseTime: 'Innen to virkedager.',
      },
      {
        nummer: '3101',
        navn: 'Halden',
        origins: ['https://www.halden.kommune.no'],
        retentionDays: 90,
        contact: { name: 'Kari Nordmann' },
      },
    ],
    ...extra,
  };
}

export { tempDir } from './temp-dir.js';

/** A running server on a free port with a database of its own (a SQLite file, or PostgreSQL: test/backend.ts). */
export async function start(
  options: { config?: ServerConfig; wrap?: (storage: Storage) => Storage; log?: Logger } = {},
): Promise<RunningServer & { db: string }> {
  const db = await newDatabase();
  const real = openTestStorage(db);
  const storage = options.wrap ? options.wrap(real) : real;
  const server = await startServer({
    config: options.config ?? testConfig(),
    storage,
    port: 0,
    hostname: '127.0.0.1',
    log: options.log ?? silentLogger,
  });
  return { ...server, db };
}

/** A valid report body for kommune 3120, opened ten minutes ago. */
export function validReport(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    kommune: '3120',
    triage: { danger: false },
    target: 'me',
    role: 'folkevalgt',
    kinds: ['hets', 'trussel'],
    where: { platform: 'Facebook' },
    when: '2026-11-30T21:15',
    description: 'Fikk en truende melding etter kommunestyremøtet.',
    links: ['https://www.facebook.com/post/123'],
    attachments: [],
    reportedTo: { platform: { reference: 'FB-991' } },
    help: ['samtale'],
    contact: { name: 'Per Hansen', email: 'per@example.no' },
    website: '',
    startedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    ...overrides,
  };
}

let counter = 0;
/** A new Idempotency-Key. */
export const newKey = () => `test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** POST a report (JSON) with an Idempotency-Key and the allowed origin unless overridden (`''` leaves a header out). */
export function postReport(server: { url: string }, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const all = { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': newKey(), ...headers };
  return fetch(`${server.url}/api/v1/reports`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The rows of the reports table, read from the database the way an operator would. */
export async function reportRows(
  db: string,
): Promise<Array<{ kommune: string; receipt: string; status: string; possible_spam: number; body: string; created_at: string }>> {
  return (await sql(db, 'SELECT * FROM reports ORDER BY id')) as any;
}

// ---- Attachments and encryption at rest (issue 11).

import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';

/** A running server on the database at `db` (new when omitted), with an optional report key and clock. */
export async function startStored(
  options: { db?: string; reportKey?: Uint8Array; now?: () => number; config?: ServerConfig } = {},
): Promise<RunningServer & { db: string }> {
  const db = options.db ?? (await newDatabase());
  const storage = openTestStorage(db, {
    ...(options.reportKey ? { reportKey: options.reportKey } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const server = await startServer({ config: options.config ?? testConfig(), storage, port: 0, hostname: '127.0.0.1', log: silentLogger });
  return { ...server, db };
}

/** POST a file to `/api/v1/attachments?kommune=…` from the allowed origin unless overridden (`''` leaves a header out). */
export function postAttachment(
  server: { url: string },
  bytes: Uint8Array,
  options: { type?: string; kommune?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  const query = options.kommune === null ? '' : `?kommune=${options.kommune ?? '3120'}`;
  const all = { 'Content-Type': options.type ?? 'image/jpeg', Origin: ORIGIN, ...options.headers };
  return fetch(`${server.url}/api/v1/attachments${query}`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')),
    // A copy on its own ArrayBuffer: what fetch's BodyInit types accept (the caller's view may share a larger buffer).
    body: new Uint8Array(bytes),
  });
}

/** The capture time written into {@link exifTiff}. */
export const CAPTURED_AT = '2026:11:30 21:15:42';
/** Latitude seconds ×100 in {@link exifTiff}: a value to look for in the bytes. */
export const GPS_MARKER = 0x5a17c0de;

/**
 * An Exif TIFF structure as a camera writes it: IFD0 with Make, an Exif IFD pointer (DateTimeOriginal) and a GPS IFD
 * pointer (latitude and longitude with values stored out of line). Offsets are fixed: GPS IFD at 94, its values up to 196.
 */
export function exifTiff(little = true): Uint8Array {
  const tiff = new Uint8Array(196);
  const view = new DataView(tiff.buffer);
  const u16 = (at: number, v: number) => view.setUint16(at, v, little);
  const u32 = (at: number, v: number) => view.setUint32(at, v, little);
  const text = (at: number, s: string) => tiff.set(new TextEncoder().encode(s), at);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    u16(at, tag);
    u16(at + 2, type);
    u32(at + 4, count);
    if (type === 2 && count <= 4) text(at + 8, String.fromCharCode(value, 0));
    else if (type === 3 && count === 1) u16(at + 8, value);
    else u32(at + 8, value);
  };
  text(0, little ? 'II' : 'MM');
  u16(2, 42);
  u32(4, 8);
  // IFD0 at 8: Make, ExifIFD, GPSInfo.
  u16(8, 3);
  entry(10, 0x010f, 2, 6, 50);
  entry(22, 0x8769, 4, 1, 56);
  entry(34, 0x8825, 4, 1, 94);
  u32(46, 0);
  text(50, 'KWCam\0');
  // Exif IFD at 56: DateTimeOriginal.
  u16(56, 1);
  entry(58, 0x9003, 2, 20, 74);
  u32(70, 0);
  text(74, `${CAPTURED_AT}\0`);
  // GPS IFD at 94: N, latitude, E, longitude.
  u16(94, 4);
  entry(96, 0x0001, 2, 2, 'N'.charCodeAt(0));
  entry(108, 0x0002, 5, 3, 148);
  entry(120, 0x0003, 2, 2, 'E'.charCodeAt(0));
  entry(132, 0x0004, 5, 3, 172);
  u32(144, 0);
  [59, 1, 33, 1, GPS_MARKER, 100, 11, 1, 20, 1, 5678, 100].forEach((v, i) => u32(148 + i * 4, v));
  return tiff;
}

/** What a reader finds in a TIFF structure: IFD0's tags, Make and the capture time. */
export function readTiff(tiff: Uint8Array): { tags: number[]; make?: string; capturedAt?: string } {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const ascii = (at: number, n: number) => new TextDecoder().decode(tiff.subarray(at, at + n - 1));
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, i) => ifd + 2 + i * 12).map((at) => ({ tag: u16(at), count: u32(at + 4), value: u32(at + 8) }));
  const ifd0 = entries(u32(4));
  const result: { tags: number[]; make?: string; capturedAt?: string } = { tags: ifd0.map((e) => e.tag) };
  const make = ifd0.find((e) => e.tag === 0x010f);
  if (make) result.make = ascii(make.value, make.count);
  const exif = ifd0.find((e) => e.tag === 0x8769);
  const original = exif && entries(exif.value).find((e) => e.tag === 0x9003);
  if (original) result.capturedAt = ascii(original.value, original.count);
  return result;
}

const bytesOf = (...parts: Array<Uint8Array | number[] | string>) => {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
const be16 = (n: number) => [n >> 8, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** An XMP packet that repeats the position, as phones write it. */
export const XMP_WITH_GPS =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="59,33.12N"/></rdf:RDF></x:xmpmeta>';

/**
 * The pixels of an 8×8 grey baseline JPEG (quantisation, frame, Huffman tables, scan, end): one DC and one AC code of
 * one bit each, so the scan is the bits `00` padded with ones.
 */
export const JPEG_PIXELS = bytesOf(
  [0xff, 0xdb, 0x00, 0x43, 0x00],
  new Array(64).fill(1),
  [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00],
  [0xff, 0xc4, 0x00, 0x14, 0x00, 1, ...new Array(15).fill(0), 0x00],
  [0xff, 0xc4, 0x00, 0x14, 0x10, 1, ...new Array(15).fill(0), 0x00],
  [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00],
  [0x3f, 0xff, 0xd9],
);

/** A JPEG: SOI, an APP1 Exif segment holding `tiff` (when given), an XMP APP1 segment (when asked), the pixels. */
export function jpegWith(options: { tiff?: Uint8Array; xmp?: boolean } = {}): Uint8Array {
  const app1 = (payload: Uint8Array) => bytesOf([0xff, 0xe1, ...be16(payload.length + 2)], payload);
  return bytesOf(
    [0xff, 0xd8],
    options.tiff ? app1(bytesOf('Exif\0\0', options.tiff)) : [],
    options.xmp ? app1(bytesOf('http://ns.adobe.com/xap/1.0/\0', XMP_WITH_GPS)) : [],
    JPEG_PIXELS,
  );
}

/** A 1×1 grey PNG with an `eXIf` chunk holding `tiff` and, when asked, an XMP `iTXt` chunk. */
export function pngWith(options: { tiff?: Uint8Array; xmp?: boolean; text?: string } = {}): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const typed = bytesOf(type, data);
    return bytesOf(be32(data.length), typed, be32(zlibCrc32(typed)));
  };
  return bytesOf(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', bytesOf(be32(1), be32(1), [8, 0, 0, 0, 0])),
    options.tiff ? chunk('eXIf', options.tiff) : [],
    options.xmp ? chunk('iTXt', bytesOf('XML:com.adobe.xmp\0\0\0\0\0', XMP_WITH_GPS)) : [],
    options.text ? chunk('tEXt', bytesOf('Comment\0', options.text)) : [],
    chunk('IDAT', Uint8Array.from(deflateSync(Uint8Array.from([0, 0x80])))),
    chunk('IEND', new Uint8Array()),
  );
}

/** A 1×1 lossless WebP in an extended (VP8X) container with an `EXIF` chunk holding `tiff` and an `XMP ` chunk. */
export function webpWith(options: { tiff?: Uint8Array; xmp?: boolean } = {}): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => bytesOf(type, le32(data.length), data, data.length % 2 ? [0] : []);
  const flags = (options.tiff ? 0x08 : 0) | (options.xmp ? 0x04 : 0);
  const body = bytesOf(
    chunk('VP8X', Uint8Array.from([flags, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    chunk('VP8L', Uint8Array.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07])),
    options.tiff ? chunk('EXIF', options.tiff) : [],
    options.xmp ? chunk('XMP ', new TextEncoder().encode(XMP_WITH_GPS)) : [],
  );
  return bytesOf('RIFF', le32(body.length + 4), 'WEBP', body);
}

/** Where `needle` occurs in `haystack`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array | string): number {
  const n = typeof needle === 'string' ? new TextEncoder().encode(needle) : needle;
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(n));
}
