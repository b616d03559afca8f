/**
 * Removing location from uploaded images without touching their pixels (evidence must stay pixel-identical).
 *
 * Exif keeps the position in a GPS IFD that IFD0 points to with tag 0x8825 (GPSInfo); the capture time
 * (DateTimeOriginal, 0x9003) lives in the separate Exif IFD (0x8769) and is kept. We drop the GPSInfo entry from IFD0
 * and zero the GPS IFD and the values it points to, in place, so no offset in the file moves. XMP packets can repeat
 * the position in text, so they are removed whole. A malformed Exif block is removed whole, never half-read.
 *
 * Pure functions over `Uint8Array`: the input is never changed, the result is a new array.
 */

/** The image types whose metadata {@link removeLocation} cleans. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The container itself (not just its metadata) cannot be walked: the file is refused rather than stored unchecked. */
export class ImageStructureError extends Error {
  override name = 'ImageStructureError';
}

/** An Exif block that cannot be read safely; its whole segment or chunk is then dropped. */
class MalformedExif extends Error {}

const TAG_GPS_INFO = 0x8825;
/** Bytes per value of each TIFF field type (1 BYTE … 13 IFD); unknown types are malformed. */
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

/** A copy of `bytes` with location metadata removed (see the module comment). */
export function removeLocation(bytes: Uint8Array, type: ImageType): Uint8Array {
  switch (type) {
    case 'image/jpeg':
      return cleanJpeg(bytes);
    case 'image/png':
      return cleanPng(bytes);
    case 'image/webp':
      return cleanWebp(bytes);
  }
}

/**
 * Remove the GPS IFD from a TIFF structure (the body of an Exif block), in place. Throws {@link MalformedExif} for
 * anything out of bounds; the caller then drops the block.
 */
export function stripGpsFromTiff(tiff: Uint8Array): void {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const check = (offset: number, length: number) => {
    if (!Number.isInteger(offset) || offset < 0 || length < 0 || offset + length > tiff.byteLength) throw new MalformedExif();
  };
  check(0, 8);
  const order = String.fromCharCode(tiff[0]!, tiff[1]!);
  if (order !== 'II' && order !== 'MM') throw new MalformedExif();
  const little = order === 'II';
  const u16 = (at: number) => (check(at, 2), view.getUint16(at, little));
  const u32 = (at: number) => (check(at, 4), view.getUint32(at, little));
  if (u16(2) !== 42) throw new MalformedExif();

  const ifd0 = u32(4);
  const count = u16(ifd0);
  check(ifd0 + 2, count * 12 + 4);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (u16(entry) !== TAG_GPS_INFO) continue;
    const gpsIfd = u32(entry + 8);
    zeroIfd(tiff, gpsIfd, u16, u32, check);
    // Close the gap: later entries and the next-IFD offset move up 12 bytes, and the freed tail is zeroed.
    const end = ifd0 + 2 + count * 12 + 4;
    tiff.copyWithin(entry, entry + 12, end);
    tiff.fill(0, end - 12, end);
    view.setUint16(ifd0, count - 1, little);
    return;
  }
}

/** Zero an IFD: its entry count, entries, next-IFD offset and every value stored outside the entries. */
function zeroIfd(
  tiff: Uint8Array,
  at: number,
  u16: (at: number) => number,
  u32: (at: number) => number,
  check: (offset: number, length: number) => void,
): void {
  const count = u16(at);
  check(at + 2, count * 12 + 4);
  for (let i = 0; i < count; i++) {
    const entry = at + 2 + i * 12;
    const size = TYPE_SIZES[u16(entry + 2)];
    if (size === undefined) throw new MalformedExif();
    const length = size * u32(entry + 4);
    if (length > 4) {
      const offset = u32(entry + 8);
      check(offset, length);
      tiff.fill(0, offset, offset + length);
    }
  }
  tiff.fill(0, at, at + 2 + count * 12 + 4);
}

/** Strip GPS from a copy of `tiff`; undefined when it is malformed (drop the block). */
function cleanedTiff(tiff: Uint8Array): Uint8Array | undefined {
  const copy = tiff.slice();
  try {
    stripGpsFromTiff(copy);
    return copy;
  } catch (error) {
    if (error instanceof MalformedExif) return undefined;
    throw error;
  }
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(bytes.length, from + length)));

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// ---- JPEG: markers up to the start of scan; the scan and everything after it are copied unchanged.

const EXIF_HEADER = 'Exif\0\0';
const XMP_HEADERS = ['http://ns.adobe.com/xap/1.0/\0', 'http://ns.adobe.com/xmp/extension/\0'];

function cleanJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new ImageStructureError('Not a JPEG.');
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at + 2 > bytes.length || bytes[at] !== 0xff) throw new ImageStructureError('JPEG markers end early.');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) {
      // End of image, or start of scan: the compressed pixels follow; nothing after this is metadata we touch.
      parts.push(bytes.subarray(at));
      return concat(parts);
    }
    if (at + 4 > bytes.length) throw new ImageStructureError('JPEG markers end early.');
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new ImageStructureError('A JPEG segment runs past the end of the file.');
    const segment = bytes.subarray(at, end);
    const payload = bytes.subarray(at + 4, end);
    if (marker === 0xe1 && ascii(payload, 0, EXIF_HEADER.length) === EXIF_HEADER) {
      const tiff = cleanedTiff(payload.subarray(EXIF_HEADER.length));
      if (tiff) parts.push(concat([segment.subarray(0, 4 + EXIF_HEADER.length), tiff]));
    } else if (marker === 0xe1 && XMP_HEADERS.some((header) => ascii(payload, 0, header.length) === header)) {
      // XMP may repeat the position (exif:GPSLatitude): dropped whole.
    } else {
      parts.push(segment);
    }
    at = end;
  }
}

// ---- PNG: chunks with a CRC each; eXIf is cleaned (new CRC), XMP and raw Exif/XMP text profiles are dropped.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function cleanPng(bytes: Uint8Array): Uint8Array {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new ImageStructureError('Not a PNG.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new ImageStructureError('A PNG chunk is cut off.');
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) throw new ImageStructureError('A PNG chunk runs past the end of the file.');
    const type = ascii(bytes, at + 4, 4);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'eXIf') {
      const tiff = cleanedTiff(data);
      if (tiff) parts.push(pngChunk(bytes.subarray(at, at + 8), tiff));
    } else if (!isPngMetadataText(type, data)) {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
    if (type === 'IEND') break;
  }
  if (at < bytes.length) parts.push(bytes.subarray(at));
  return concat(parts);
}

/** XMP (`iTXt` `XML:com.adobe.xmp`) and the Exif/XMP text profiles some tools write (`Raw profile type exif`). */
function isPngMetadataText(type: string, data: Uint8Array): boolean {
  if (type !== 'iTXt' && type !== 'tEXt' && type !== 'zTXt') return false;
  const nul = data.indexOf(0);
  const keyword = ascii(data, 0, nul < 0 ? Math.min(data.length, 79) : nul).toLowerCase();
  return keyword === 'xml:com.adobe.xmp' || keyword.startsWith('raw profile type');
}

/** A PNG chunk with the length and type of `header` (8 bytes), new data, and its CRC computed over type and data. */
function pngChunk(header: Uint8Array, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  chunk.set(header, 0);
  chunk.set(data, 8);
  new DataView(chunk.buffer).setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

let crcTable: Uint32Array | undefined;
/** CRC-32 as PNG uses it (ISO 3309, polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// ---- WebP: RIFF chunks; EXIF is cleaned in place, XMP dropped (then the RIFF size and the VP8X flags follow).

const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function cleanWebp(bytes: Uint8Array): Uint8Array {
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') throw new ImageStructureError('Not a WebP.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const parts: Uint8Array[] = [];
  let dropped = 0;
  let at = 12;
  while (at < riffEnd) {
    if (at + 8 > riffEnd) throw new ImageStructureError('A WebP chunk is cut off.');
    const type = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > riffEnd) throw new ImageStructureError('A WebP chunk runs past the end of the file.');
    const chunk = bytes.subarray(at, Math.min(end, riffEnd));
    if (type === 'EXIF') {
      const data = chunk.subarray(8, 8 + size);
      // Some writers put the JPEG-style "Exif\0\0" header before the TIFF structure.
      const skip = ascii(data, 0, EXIF_HEADER.length) === EXIF_HEADER ? EXIF_HEADER.length : 0;
      const tiff = cleanedTiff(data.subarray(skip));
      if (tiff) {
        const copy = chunk.slice();
        copy.set(tiff, 8 + skip);
        parts.push(copy);
      } else {
        dropped |= VP8X_EXIF;
      }
    } else if (type === 'XMP ') {
      dropped |= VP8X_XMP;
    } else {
      parts.push(chunk);
    }
    at = end;
  }
  const body = concat(parts);
  // Clear the VP8X flags (VP8X is the first chunk) of what is gone, so readers do not look for it.
  if (dropped && ascii(body, 0, 4) === 'VP8X' && body.length > 8) body[8] = body[8]! & ~dropped;
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, 4 + body.length, true);
  return concat([header, body, bytes.subarray(riffEnd)]);
}
