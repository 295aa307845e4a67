import { SyncFailure } from './sync-failure.ts';

/** Fetches one feed file past every HTTP cache: a stale manifest would hide an update or a revocation. */
export async function fetchBytes(fetchFn: typeof fetch, url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store' });
  } catch {
    throw new SyncFailure('offline', `could not fetch ${url}`);
  }
  if (!response.ok) throw new SyncFailure('http', `${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
