// English words for registry codes, so a search for "spanish" or "construction" finds the right people.
import type { CertificationKind, PracticeArea } from '../registry/types.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A country (ISO alpha-2) or a world region (UN M49 code): Intl names both. */
export const countryWord = (code: string) => regionNames.of(code) ?? code;
export const languageWord = (code: string) => languageNames.of(code) ?? code;
export const areaWords = (area: PracticeArea) => area.replace(/-/g, ' ');
export const certificationWords = (kind: CertificationKind) => kind.replace(/-/g, ' ');
