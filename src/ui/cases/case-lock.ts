// Whether this page can read the stored cases: plain, unlocked with the passphrase (its key kept only in this page's
// memory), or locked. Tabs tell each other when protection changes, so a tab never writes with an outdated key.
import { createSignal } from 'solid-js';
import { plainCodec, type CaseCodec } from '../../storage/case-codec.ts';
import {
  changePassphrase,
  protectCases,
  readProtection,
  unlockCases,
  unprotectCases,
  type Refused,
} from '../../storage/case-protection.ts';
import { replaySealedLeaving } from '../../storage/leaving-journal.ts';
import { useDb } from '../app/db.ts';

export type CaseAccess =
  | { readonly status: 'checking' }
  | { readonly status: 'locked' }
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
  else if (current.status !== 'open' || current.codec.protection !== config.key.salt) setAccess({ status: 'locked' });
}

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

/** The codec to read and write cases with, or undefined while locked or still checking. */
export function caseCodec(): CaseCodec | undefined {
  const current = caseAccess();
  return current.status === 'open' ? current.codec : undefined;
}

export function casesProtected(): boolean {
  return caseCodec()?.protection != null;
}

const [idleMinutesOfLock, setLockedAfterIdle] = createSignal<number>();
/** The minutes without use after which the cases locked themselves, while they stay locked for that reason. */
export const lockedAfterIdle = (): number | undefined => idleMinutesOfLock();

/** Locks now; `idleMinutes` says it locked itself after that long without use (the lock screen tells why). */
export function lockCases(idleMinutes?: number): void {
  if (!casesProtected()) return;
  setLockedAfterIdle(idleMinutes);
  setAccess({ status: 'locked' });
}

function announce(): void {
  channel?.postMessage('changed');
}

type Outcome = { readonly ok: true } | Refused;

async function apply(result: Promise<{ ok: true; codec?: CaseCodec } | Refused>): Promise<Outcome> {
  const outcome = await result;
  if (!outcome.ok) return outcome;
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
    setLockedAfterIdle(undefined);
    setAccess({ status: 'open', codec: outcome.codec });
  }
  return outcome.ok ? { ok: true } : outcome;
}

export const turnOnProtection = async (passphrase: string) => apply(protectCases(await useDb(), passphrase));
export const changeCasePassphrase = async (current: string, replacement: string) =>
  apply(changePassphrase(await useDb(), current, replacement));
export const turnOffProtection = async (passphrase: string) => apply(unprotectCases(await useDb(), passphrase));
