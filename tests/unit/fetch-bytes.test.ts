// Downloads are bounded by size (streamed, cancelled past the bound) and by time (a stalled request is dropped).
import { describe, expect, it } from 'vitest';
import { fetchBytes } from '../../src/sync/fetch-bytes.ts';

/** A body that never ends; `pulled` counts the chunks the reader asked for. */
function endlessBody(chunkBytes = 1024) {
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return { body, counter };
}

/** A fetch that answers only when its request is aborted, as a stalled server does. */
const stalledFetch = ((_url: string, init?: RequestInit) =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  )) as typeof fetch;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 'none' }),
    (error: { code?: string; message: string }) => error,
  );

describe('fetchBytes', () => {
  it('reads a body of the expected size', async () => {
    const fetchFn = (async () => new Response(new Uint8Array(100))) as typeof fetch;
    expect((await fetchBytes(fetchFn, 'https://x.test/a', { maxBytes: 100 })).byteLength).toBe(100);
  });

  it('stops an endless body just past the bound instead of reading it whole', async () => {
    const { body, counter } = endlessBody();
    const fetchFn = (async () => new Response(body)) as typeof fetch;
    expect(await failure(fetchBytes(fetchFn, 'https://x.test/a', { maxBytes: 10 * 1024 }))).toMatchObject({
      code: 'too-large',
    });
    expect(counter.pulled).toBeLessThan(20);
  });

  it('refuses a declared length over the bound before reading a byte', async () => {
    const { body, counter } = endlessBody();
    const fetchFn = (async () => new Response(body, { headers: { 'content-length': '3000000000' } })) as typeof fetch;
    expect(await failure(fetchBytes(fetchFn, 'https://x.test/a', { maxBytes: 1000 }))).toMatchObject({
      code: 'too-large',
    });
    expect(counter.pulled).toBeLessThanOrEqual(1); // a stream may pull once when made; nothing is read
  });

  it('gives up on a server that never answers, and names it a timeout', async () => {
    expect(await failure(fetchBytes(stalledFetch, 'https://x.test/a', { maxBytes: 10, stallMs: 30 }))).toMatchObject({
      code: 'timeout',
    });
  });

  it('gives up on a body that stops arriving half-way', async () => {
    const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(10)) }); // then nothing
    const fetchFn = (async () => new Response(body)) as typeof fetch;
    expect(await failure(fetchBytes(fetchFn, 'https://x.test/a', { maxBytes: 100, stallMs: 30 }))).toMatchObject({
      code: 'timeout',
    });
  });

  it('says offline when the network fails, and names a server error', async () => {
    const offline = (async () => Promise.reject(new TypeError('network'))) as typeof fetch;
    expect(await failure(fetchBytes(offline, 'https://x.test/a', { maxBytes: 10 }))).toMatchObject({ code: 'offline' });
    const broken = (async () => new Response('', { status: 503 })) as typeof fetch;
    expect(await failure(fetchBytes(broken, 'https://x.test/a', { maxBytes: 10 }))).toMatchObject({ code: 'http' });
  });
});
