// Fetches one feed file past every HTTP cache, bounded in size and in time: a feed server is not trusted to behave.
import { SyncFailure } from './sync-failure.ts';

/** A request that brings no byte for this long is dropped; the next trigger (or a reload) tries again. */
export const STALL_TIMEOUT_MS = 20_000;

export type FetchLimits = {
  /** More bytes than this and the download is cancelled at once (the signed size, or a bound for the manifest). */
  readonly maxBytes: number;
  readonly stallMs?: number;
};

/** A stale manifest would hide an update or a revocation, so nothing comes from a cache. */
export async function fetchBytes(fetchFn: typeof fetch, url: string, limits: FetchLimits): Promise<Uint8Array> {
  const controller = new AbortController();
  const stallMs = limits.stallMs ?? STALL_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled = false;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  // A network error after our own abort is the stall, not the network.
  const lost = (what: string) =>
    stalled
      ? new SyncFailure('timeout', `${url}: no data for ${stallMs / 1000} s, gave up`)
      : new SyncFailure('offline', `could not ${what} ${url}`);
  const tooLarge = (bytes: string) =>
    new SyncFailure('too-large', `${url}: ${bytes} bytes, more than the ${limits.maxBytes} expected; download stopped`);
  arm();
  try {
    let response: Response;
    try {
      response = await fetchFn(url, { cache: 'no-store', signal: controller.signal });
    } catch {
      throw lost('fetch');
    }
    if (!response.ok) throw new SyncFailure('http', `${url} answered ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) {
      controller.abort();
      throw tooLarge(String(declared));
    }
    return await readBounded(response, limits.maxBytes, arm, controller, lost, tooLarge);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body chunk by chunk, so an endless or oversized answer costs at most `maxBytes` of memory. */
async function readBounded(
  response: Response,
  maxBytes: number,
  progressed: () => void,
  controller: AbortController,
  lost: (what: string) => SyncFailure,
  tooLarge: (bytes: string) => SyncFailure,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  // Cancelling ends a pending read even where the body ignores the fetch's signal (a service worker's stream).
  controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw lost('read');
    }
    if (controller.signal.aborted) throw lost('read');
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      throw tooLarge(`over ${total}`);
    }
    chunks.push(chunk.value);
    progressed();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
