/** Reading a request body with a size limit that holds for `Content-Length` and for chunked bodies alike. */

/** The most bytes a JSON body may have. */
export const JSON_BODY_LIMIT = 64 * 1024;

/**
 * The body's bytes, or `'too-large'` as soon as more than `limit` bytes are announced (`Content-Length`) or, for a
 * chunked body, have arrived (it is read as a stream and cancelled there).
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | 'too-large'> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return 'too-large';
  if (declared !== null) {
    // The length is known and within the limit (Node's HTTP parser delivers no more than it): read it in one piece.
    // Under @hono/node-server that reads Node's request directly, without a web stream (a tenth of the server's time
    // in the bench went to the stream).
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > limit ? 'too-large' : bytes;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
