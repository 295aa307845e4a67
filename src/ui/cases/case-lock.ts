// Whether this page can read the stored cases: plain, unlocked with the passphrase (its key kept only in this page's
// memory), or locked (plain cases only). Tabs tell each other when protection changes, so none writes with an old key.
import { createSignal } from 'solid-js';
import { makeLockedCodec, plainCodec, type CaseCodec } from '../../storage/case-codec.ts';
import {
  changePassphrase,
  protectCases,
  readProtection,
  sealPlainCases,
  unlockCases,
  unprotectCases,
  type Refused,
} from '../../storage/case-protection.ts';
import { eraseProtectedCases, type Erased, type ProtectedShelf } from '../../storage/case-forgetting.ts';
import { announceCaseChange } from './case-changes.ts';
import { replaySealedLeaving } from '../../storage/leaving-journal.ts';
import { useDb } from '../app/db.ts';

export type CaseAccess =
  | { readonly status: 'checking' }
  /** The codec writes and opens plain cases only: new and imported ones, until the next unlock seals them. */
  | { readonly status: 'locked'; readonly codec: CaseCodec }
  | { readonly status: 'open'; readonly codec: CaseCodec };

const CHANNEL = 'ole-case-protection';

const [access, setAccess] = createSignal<CaseAccess>({ status: 'checking' });
let listening = false;
let channel: BroadcastChannel | undefined;

/** Reads the setting again: keeps this page's key only while it is still the one protecting the cases. */
export async function recheckCaseAccess(): Promise<void> {
  const config = await readProtection(await useDb());
  const current = access();
  if (!config) setAccess({ status: 'open', codec: plainCodec });
  else if (current.status === 'checking' || current.codec.protection !== config.key.salt) lockWith(config.key.salt);
}

const lockWith = (salt: string) => setAccess({ status: 'locked', codec: makeLockedCodec(salt) });

function listen(): void {
  if (listening) return;
  listening = true;
  void recheckCaseAccess();
  if (typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => void recheckCaseAccess();
}

export function caseAccess(): CaseAccess {
  listen();
  return access();
}

/** The codec to read and write cases with (while locked, the plain ones only), or undefined while still checking. */
export function caseCodec(): CaseCodec | undefined {
  const current = caseAccess();
  return current.status === 'checking' ? undefined : current.codec;
}

/** Unlocked, with protection on. */
export function casesProtected(): boolean {
  const current = caseAccess();
  return current.status === 'open' && current.codec.protection !== null;
}

const [idleMinutesOfLock, setLockedAfterIdle] = createSignal<number>();
/** The minutes without use after which the cases locked themselves, while they stay locked for that reason. */
export const lockedAfterIdle = (): number | undefined => idleMinutesOfLock();

/** Locks now; `idleMinutes` says it locked itself after that long without use (the lock screen tells why). */
export function lockCases(idleMinutes?: number): void {
  const salt = caseCodec()?.protection;
  if (!casesProtected() || !salt) return;
  setLockedAfterIdle(idleMinutes);
  setSealedAtUnlock(0);
  lockWith(salt);
}

function announce(): void {
  channel?.postMessage('changed');
}

type Outcome = { readonly ok: true } | Refused;

async function apply(result: Promise<{ ok: true; codec?: CaseCodec } | Refused>): Promise<Outcome> {
  const outcome = await result;
  if (!outcome.ok) return outcome;
  setErased(undefined);
  setAccess({ status: 'open', codec: outcome.codec ?? plainCodec });
  announce();
  return { ok: true };
}

export async function unlock(passphrase: string): Promise<Outcome> {
  const db = await useDb();
  const outcome = await unlockCases(db, passphrase);
  if (outcome.ok) {
    // What a page closed mid-write left sealed in the journal is stored before any case is read.
    await replaySealedLeaving(db, outcome.codec).catch(() => undefined);
    // Cases started or imported while locked: sealed now (or, should this fail, on their next write).
    const sealed = await sealPlainCases(db, outcome.codec).catch(() => []);
    for (const id of sealed) announceCaseChange(id);
    setSealedAtUnlock(sealed.length);
    setLockedAfterIdle(undefined);
    setErased(undefined);
    setAccess({ status: 'open', codec: outcome.codec });
  }
  return outcome.ok ? { ok: true } : outcome;
}

export const turnOnProtection = async (passphrase: string) => apply(protectCases(await useDb(), passphrase));
export const changeCasePassphrase = async (current: string, replacement: string) =>
  apply(changePassphrase(await useDb(), current, replacement));
export const turnOffProtection = async (passphrase: string) => apply(unprotectCases(await useDb(), passphrase));

const [sealedCount, setSealedAtUnlock] = createSignal(0);
/** How many plain cases (started or imported while locked) the last unlock sealed. */
export const sealedAtUnlock = (): number => sealedCount();

const [erasedCount, setErased] = createSignal<number>();
/** How many protected cases "I forgot my passphrase" erased, once it has. */
export const erasedOnForgetting = (): number | undefined => erasedCount();

/** Erases the protected cases and the protection, if they are still those shown; every tab then opens plain. */
export async function forgetPassphrase(seen: ProtectedShelf): Promise<Erased> {
  const outcome = await eraseProtectedCases(await useDb(), seen);
  if (outcome.ok) {
    setLockedAfterIdle(undefined);
    setErased(outcome.erased);
    setAccess({ status: 'open', codec: plainCodec });
    announce();
  }
  return outcome;
}
