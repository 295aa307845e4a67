// Builds small signed feeds in memory, served by a fake fetch that counts requests: the sync tests' test bench.
import type { FeedbackDigest, MediatorProfile, Revocation } from '../../../src/domain/registry/types.ts';
import {
  jwkThumbprint,
  publicJwkOf,
  sha256Hex,
  signManifest,
  type Jwk,
  type TrustedKey,
} from '../../../src/feed/crypto.ts';

export type TestKey = { privateJwk: Jwk; trusted: TrustedKey };

export async function makeTestKey(label = 'test key'): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const privateJwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as Jwk;
  const jwk = publicJwkOf(privateJwk);
  return { privateJwk, trusted: { keyId: await jwkThumbprint(jwk), jwk, label } };
}

export function makeProfile(id: string, overrides: Partial<MediatorProfile> = {}): MediatorProfile {
  return {
    id,
    name: `Test Mediator ${id}`,
    locations: [{ country: 'FR', city: 'Lyon' }],
    languages: ['fr', 'en'],
    practiceAreas: ['commercial-contracts'],
    styles: ['facilitative'],
    formats: ['in-person', 'online'],
    givesEvaluations: 'on-request',
    certifications: [{ kind: 'certified-mediator', qapId: 'qap-demo', certifiedOn: '2020-01-15' }],
    ymi: { acceptsMentees: false, roles: [] },
    codeOfConduct: 'IMI Code of Professional Conduct',
    complaintsRoute: 'IMI complaints process',
    contact: { email: `${id}@example.org` },
    bio: 'A test profile.',
    demo: true,
    ...overrides,
  };
}

export function makeDigest(mediatorId: string, date = '2026-03-01'): FeedbackDigest {
  return {
    mediatorId,
    text: 'Parties found the process clear.',
    reviewer: { name: 'Test Reviewer', role: 'mediator' },
    date,
  };
}

export type FeedContent = {
  sequence: number;
  shards: Record<string, MediatorProfile[]>;
  digests?: FeedbackDigest[];
  revocations?: Revocation[];
  formatVersion?: number;
  /** What a later publisher might add within format 1: manifest keys and file entries this build does not know. */
  later?: { manifest?: Record<string, unknown>; files?: { path: string; kind: string; records: unknown }[] };
};

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export async function buildFeed(content: FeedContent, key: TestKey): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const entries: { path: string; sha256: string; size: number; kind: string; records: number }[] = [];
  const add = async (path: string, kind: string, records: unknown[]) => {
    const bytes = encode(records);
    files.set(path, bytes);
    entries.push({ path, sha256: await sha256Hex(bytes), size: bytes.byteLength, kind, records: records.length });
  };
  for (const [name, profiles] of Object.entries(content.shards))
    await add(`registry/${name}.json`, 'registry', profiles);
  await add('digests/00.json', 'digests', content.digests ?? []);
  await add('revocations.json', 'revocations', content.revocations ?? []);
  for (const file of content.later?.files ?? []) {
    const bytes = encode(file.records);
    files.set(file.path, bytes);
    entries.push({
      path: file.path,
      sha256: await sha256Hex(bytes),
      size: bytes.byteLength,
      kind: file.kind,
      records: 1,
    });
  }
  const manifest = {
    ...content.later?.manifest,
    formatVersion: content.formatVersion ?? 1,
    sequence: content.sequence,
    publishedAt: '2026-11-01T00:00:00Z',
    keyId: key.trusted.keyId,
    demo: true,
    files: entries,
  };
  const manifestBytes = encode(manifest);
  files.set('manifest.json', manifestBytes);
  files.set('manifest.sig', await signManifest(manifestBytes, key.privateJwk));
  return files;
}

export const BASE_URL = 'https://feed.test/feed/';

/** A fetch over an in-memory feed; `requested` lists the paths asked for, in order. */
export function serveFeed(files: () => Map<string, Uint8Array>) {
  const requested: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const path = String(input).slice(BASE_URL.length);
    requested.push(path);
    const body = files().get(path);
    return body ? new Response(body.slice()) : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fetch: fetchFn, requested };
}
