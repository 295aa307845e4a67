// The exported case file: a versioned envelope around one case, so a newer Olé can read an older file and say why not the reverse.
import type { Case } from '../case.ts';

export const CASE_FILE_FORMAT = 'ole-case';
/** Bump when the shape changes; parseCaseFile then needs a step that reads the older version. */
export const CASE_FILE_VERSION = 1;

/** Generous limits that no real case reaches, so a hostile file cannot fill the device. */
export const CASE_FILE_LIMITS = {
  fileChars: 2_000_000,
  titleChars: 120,
  idChars: 64,
  versionChars: 40,
  codes: 50,
} as const;

export type CaseFile = {
  readonly format: typeof CASE_FILE_FORMAT;
  readonly version: typeof CASE_FILE_VERSION;
  readonly exportedAt: string;
  readonly case: Case;
};
