// `npm run feed:keygen -- <private.jwk.json> [--label text]`: a new ECDSA P-256 signing key, and its trusted-keys entry.
import { existsSync, writeFileSync } from 'node:fs';
import { jwkThumbprint, publicJwkOf, type Jwk } from '../feed/crypto.ts';

function fail(message: string): never {
  process.stderr.write(`feed:keygen: ${message}\nusage: npm run feed:keygen -- <private.jwk.json> [--label text]\n`);
  process.exit(2);
}

async function main(args: string[]): Promise<void> {
  const labelAt = args.indexOf('--label');
  const label = labelAt >= 0 ? args[labelAt + 1] : undefined;
  if (labelAt >= 0 && !label) fail('--label needs a value');
  const files = args.filter((a, i) => !a.startsWith('--') && i !== labelAt + 1);
  if (files.length !== 1) fail('expected one output file');
  const out = files[0]!;
  if (existsSync(out)) fail(`${out} exists; refusing to overwrite a key`);
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as Jwk;
  const keyId = await jwkThumbprint(jwk);
  writeFileSync(out, `${JSON.stringify({ ...jwk, kid: keyId }, null, 2)}\n`, { mode: 0o600 });
  const entry = {
    keyId,
    jwk: publicJwkOf(jwk),
    label: label ?? `feed key made ${new Date().toISOString().slice(0, 10)}`,
  };
  process.stderr.write(
    `feed:keygen: private key written to ${out} (keep it secret). Add this entry to the trusted keys:\n`,
  );
  process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
}

await main(process.argv.slice(2));
