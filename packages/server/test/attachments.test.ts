import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTACHMENT_LIMIT, removeLocation } from '../src/index.js';
import {
  CAPTURED_AT,
  FOREIGN,
  GPS_MARKER,
  JPEG_PIXELS,
  exifTiff,
  indexOfBytes,
  jpegWith,
  newKey,
  pngWith,
  postAttachment,
  postReport,
  readTiff,
  reportRows,
  start,
  startStored,
  testConfig,
  validReport,
  webpWith,
} from './helpers.js';
import { sql } from './backend.js';

const GPS_INFO = 0x8825;
const EXIF_IFD = 0x8769;
const MARKER_BYTES = Uint8Array.from([0xde, 0xc0, 0x17, 0x5a]); // GPS_MARKER little-endian
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The TIFF structure after `header` in `bytes` (196 bytes, as {@link exifTiff} writes it). */
const tiffAfter = (bytes: Uint8Array, header: string, skip = header.length) => {
  const at = indexOfBytes(bytes, header);
  assert.ok(at >= 0, `${header} is still there`);
  return bytes.subarray(at + skip, at + skip + 196);
};

/** Asserts the location is gone and the capture time kept in a cleaned TIFF structure. */
function assertNoLocation(tiff: Uint8Array) {
  const read = readTiff(tiff);
  assert.ok(!read.tags.includes(GPS_INFO), 'IFD0 no longer points to a GPS IFD');
  assert.ok(read.tags.includes(EXIF_IFD), 'the Exif IFD is kept');
  assert.equal(read.capturedAt, CAPTURED_AT, 'DateTimeOriginal is kept');
  assert.equal(read.make, 'KWCam', 'other tags are kept');
  assert.ok(
    tiff.subarray(94, 196).every((b) => b === 0),
    'the GPS IFD and its values are zeroed',
  );
}

describe('removing location from images (pure)', () => {
  test('a JPEG loses its GPS IFD and XMP, keeps DateTimeOriginal, and its pixels are byte-identical', () => {
    for (const little of [true, false]) {
      const input = jpegWith({ tiff: exifTiff(little), xmp: true });
      const before = input.slice();
      const output = removeLocation(input, 'image/jpeg');
      assert.deepEqual(input, before, 'the input is not changed');
      assertNoLocation(tiffAfter(output, 'Exif\0\0'));
      assert.equal(indexOfBytes(output, 'GPSLatitude'), -1, 'the XMP packet is gone');
      assert.equal(indexOfBytes(output, little ? MARKER_BYTES : MARKER_BYTES.slice().reverse()), -1);
      assert.deepEqual(output.subarray(output.length - JPEG_PIXELS.length), JPEG_PIXELS, 'pixels unchanged');
      assert.equal(output.length, jpegWith({ tiff: exifTiff(little) }).length, 'the Exif segment keeps its size');
    }
  });

  test('a PNG’s eXIf chunk is cleaned with a valid CRC, and XMP is dropped', async () => {
    const { crc32 } = await import('node:zlib');
    const output = removeLocation(pngWith({ tiff: exifTiff(), xmp: true }), 'image/png');
    const at = indexOfBytes(output, 'eXIf');
    const view = new DataView(output.buffer, output.byteOffset);
    const length = view.getUint32(at - 4);
    assert.equal(view.getUint32(at + 4 + length), crc32(output.subarray(at, at + 4 + length)), 'CRC matches');
    assertNoLocation(output.subarray(at + 4, at + 4 + length));
    assert.equal(indexOfBytes(output, 'GPSLatitude'), -1);
    assert.ok(indexOfBytes(output, 'IDAT') > 0 && indexOfBytes(output, 'IEND') > 0);
  });

  test('a WebP’s EXIF chunk is cleaned, XMP dropped, and the RIFF size and VP8X flags follow', () => {
    const output = removeLocation(webpWith({ tiff: exifTiff(), xmp: true }), 'image/webp');
    assertNoLocation(tiffAfter(output, 'EXIF', 8));
    assert.equal(indexOfBytes(output, 'GPSLatitude'), -1);
    const view = new DataView(output.buffer, output.byteOffset);
    assert.equal(view.getUint32(4, true), output.length - 8, 'RIFF size');
    assert.equal(output[20]! & 0x04, 0, 'XMP flag cleared');
    assert.equal(output[20]! & 0x08, 0x08, 'EXIF flag kept');
  });

  test('a malformed Exif block is removed whole instead of crashing', () => {
    const broken = exifTiff();
    new DataView(broken.buffer).setUint32(34 + 8, 0xfffff0, true); // GPS IFD offset far outside the block
    const output = removeLocation(jpegWith({ tiff: broken }), 'image/jpeg');
    assert.equal(indexOfBytes(output, 'Exif\0\0'), -1);
    assert.deepEqual(output, jpegWith({}), 'only the Exif segment is gone');
    const garbage = removeLocation(jpegWith({ tiff: new TextEncoder().encode('not a tiff at all') }), 'image/jpeg');
    assert.deepEqual(garbage, jpegWith({}));
  });
});

describe('POST /api/v1/attachments', () => {
  let server: Awaited<ReturnType<typeof start>>;
  before(async () => {
    server = await start();
  });
  after(() => server.close());

  test('a photo is answered 201 with an id valid for 24 h, and stored without its location', async () => {
    const res = await postAttachment(server, jpegWith({ tiff: exifTiff(), xmp: true }));
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.json();
    assert.match(body.id, /^[A-Za-z0-9_-]{22,}$/);
    assert.equal(body.type, 'image/jpeg');
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 23.9 && hours <= 24, `expires in 24 h (${hours})`);
    const stored = await server.storage.getAttachment('3120', body.id);
    assert.ok(stored);
    assert.equal(stored.size, body.size);
    assert.equal(stored.bytes.length, body.size);
    assertNoLocation(tiffAfter(stored.bytes, 'Exif\0\0'));
    assert.equal(indexOfBytes(stored.bytes, 'GPSLatitude'), -1);
    assert.deepEqual(stored.bytes.subarray(stored.bytes.length - JPEG_PIXELS.length), JPEG_PIXELS);
    assert.equal(await server.storage.getAttachment('3101', body.id), undefined, 'another kommune cannot read it');
  });

  test('PNG, WebP and PDF are taken; a PDF is stored as sent', async () => {
    for (const [type, bytes] of [
      ['image/png', pngWith({ tiff: exifTiff() })],
      ['image/webp', webpWith({ tiff: exifTiff() })],
      ['application/pdf', PDF],
    ] as const) {
      const res = await postAttachment(server, bytes, { type: `${type}; name=x` });
      assert.equal(res.status, 201, type);
      const stored = await server.storage.getAttachment('3120', (await res.json()).id);
      assert.equal(stored?.type, type);
      if (type === 'application/pdf') assert.deepEqual(stored?.bytes, PDF);
      else assert.equal(indexOfBytes(stored!.bytes, MARKER_BYTES), -1, `${type} without GPS`);
    }
  });

  test('a type outside the four, or content that is not what Content-Type says, is answered 415 unsupported-type', async () => {
    for (const [type, bytes] of [
      ['text/plain', PDF],
      ['image/gif', new TextEncoder().encode('GIF89a')],
      ['image/png', jpegWith()],
      ['image/jpeg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
      ['application/pdf', new Uint8Array()],
    ] as const) {
      const res = await postAttachment(server, bytes, { type });
      assert.equal(res.status, 415, type);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      assert.equal((await res.json()).type, 'unsupported-type');
    }
  });

  test('a JPEG whose structure cannot be walked is refused 415, not stored unchecked', async () => {
    const cut = jpegWith({ tiff: exifTiff() }).slice(0, 30);
    const res = await postAttachment(server, cut);
    assert.equal(res.status, 415);
  });

  test('a file over 8 MiB is answered 413 too-large, by Content-Length and when chunked', async () => {
    const big = new Uint8Array(ATTACHMENT_LIMIT + 1);
    big.set(jpegWith());
    const declared = await postAttachment(server, big);
    assert.equal(declared.status, 413);
    assert.equal((await declared.json()).type, 'too-large');

    const chunk = new Uint8Array(256 * 1024);
    chunk.set(jpegWith());
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 33) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/api/v1/attachments?kommune=3120`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/jpeg', Origin: 'https://www.rakkestad.kommune.no' },
      body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    assert.equal((await chunked.json()).type, 'too-large');
  });

  test('a missing or unknown kommune is answered 400 validation', async () => {
    const missing = await postAttachment(server, jpegWith(), { kommune: null });
    assert.equal(missing.status, 400);
    assert.deepEqual(
      (await missing.json()).issues.map((i: any) => [i.path, i.code]),
      [['kommune', 'required']],
    );
    const unknown = await postAttachment(server, jpegWith(), { kommune: '0301', headers: { Origin: '' } });
    assert.equal(unknown.status, 400);
    assert.equal((await unknown.json()).issues[0].code, 'unknown_reference');
  });

  test('a foreign origin, or another kommune’s origin, is answered 403 origin-not-allowed', async () => {
    for (const origin of [FOREIGN, 'https://www.halden.kommune.no']) {
      const res = await postAttachment(server, jpegWith(), { headers: { Origin: origin } });
      assert.equal(res.status, 403);
      assert.equal((await res.json()).type, 'origin-not-allowed');
    }
  });

  test('a retried upload with the same Idempotency-Key gets the first answer and is stored once', async () => {
    const key = newKey();
    const bytes = jpegWith({ tiff: exifTiff() });
    const first = await postAttachment(server, bytes, { headers: { 'Idempotency-Key': key } });
    const second = await postAttachment(server, bytes, { headers: { 'Idempotency-Key': key } });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    const answer = await first.json();
    assert.deepEqual(await second.json(), answer);
    assert.equal((await sql(server.db, 'SELECT count(*) AS n FROM attachments WHERE size = ?', [answer.size]))[0]!['n'] >= 1, true);
    const rows = await sql(server.db, 'SELECT id FROM attachments');
    assert.equal(rows.filter((r) => r['id'] === answer.id).length, 1);
    assert.equal(rows.length, new Set(rows.map((r) => r['id'])).size);
    const other = await postAttachment(server, pngWith(), { type: 'image/png', headers: { 'Idempotency-Key': key } });
    assert.equal(other.status, 422);
    assert.equal((await other.json()).type, 'idempotency-mismatch');
  });

  test('a report links its attachments in its own commit; a used, unknown or other kommune’s id is refused 400', async () => {
    const upload = async (kommune = '3120') =>
      (await (await postAttachment(server, pngWith(), { type: 'image/png', kommune, headers: { Origin: '' } })).json()).id as string;
    const [a, b, halden] = [await upload(), await upload(), await upload('3101')];

    const res = await postReport(server, validReport({ attachments: [a, b] }));
    assert.equal(res.status, 201);
    const { receipt } = await res.json();
    const report = await server.storage.getReport('3120', receipt);
    assert.deepEqual(
      report?.attachments.map((x) => [x.id, x.type]),
      [
        [a, 'image/png'],
        [b, 'image/png'],
      ],
    );
    assert.equal((await server.storage.getAttachment('3120', a))?.receipt, receipt);

    const c = await upload();
    const refused = await postReport(server, validReport({ attachments: [c, a, 'no-such-file', halden] }));
    assert.equal(refused.status, 400);
    assert.deepEqual(
      (await refused.json()).issues.map((i: any) => [i.path, i.code]),
      [
        ['attachments[1]', 'unknown_reference'],
        ['attachments[2]', 'unknown_reference'],
        ['attachments[3]', 'unknown_reference'],
      ],
    );
    assert.equal((await reportRows(server.db)).filter((r) => JSON.parse(r.body).attachments?.includes(c)).length, 0, 'nothing stored');
    const retried = await postReport(server, validReport({ attachments: [c] }));
    assert.equal(retried.status, 201, 'the good attachment of the refused report is still free');
  });
});

test('an attachment not referenced within 24 h is refused in a report and then deleted', async () => {
  let now = Date.now();
  const server = await startStored({ now: () => now });
  try {
    const id = (await (await postAttachment(server, jpegWith())).json()).id;
    const kept = (await (await postAttachment(server, jpegWith())).json()).id;
    assert.equal((await postReport(server, validReport({ attachments: [kept] }))).status, 201);
    now += 24 * 60 * 60 * 1000 + 1;
    assert.equal(await server.storage.getAttachment('3120', id), undefined, 'no longer served');
    const res = await postReport(server, validReport({ attachments: [id] }));
    assert.equal(res.status, 400);
    assert.equal((await res.json()).issues[0].path, 'attachments[0]');
    assert.equal(await server.storage.deleteExpiredAttachments(), 1, 'the sweep deletes it');
    assert.ok(await server.storage.getAttachment('3120', kept), 'a linked attachment is kept');
  } finally {
    await server.close();
  }
});

test('uploads over the per-address or per-kommune limit are answered 429 with Retry-After', async () => {
  for (const limit of ['attachmentsPerIp', 'attachmentsPerKommune']) {
    const server = await start({ config: testConfig({ rateLimits: { [limit]: { max: 2, windowSeconds: 60 } } }) });
    try {
      assert.equal((await postAttachment(server, jpegWith())).status, 201);
      assert.equal((await postAttachment(server, jpegWith())).status, 201);
      const res = await postAttachment(server, jpegWith());
      assert.equal(res.status, 429, limit);
      assert.equal((await res.json()).type, 'rate-limited');
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      assert.equal((await postReport(server, validReport())).status, 201, 'reports count apart');
    } finally {
      await server.close();
    }
  }
});

test('GPS_MARKER is what the fixtures write', () => {
  assert.equal(new DataView(MARKER_BYTES.buffer).getUint32(0, true), GPS_MARKER);
});
