// What reading a priorities code gives: a profile, or a named error and, for a typo, the groups it is in.
import type { FactorProfile } from '../factors.ts';

export type CodeError =
  | 'empty'
  | 'not-a-code'
  | 'wrong-length'
  | 'checksum'
  | 'newer-version'
  | 'unknown-version'
  | 'bad-level';

export type CodeFailure = {
  readonly ok: false;
  readonly error: CodeError;
  /** 1-based groups a typo or a wrong-sized group is in, when the code's groups say where. */
  readonly groups?: readonly number[];
  /** Those groups as typed, in upper case, to say back. */
  readonly typed?: readonly string[];
};

export type Decoded = { readonly ok: true; readonly profile: FactorProfile } | CodeFailure;
