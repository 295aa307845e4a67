// The standards the feed carries for the offline Standards screen: levels, specialisations, criteria, conduct, QAPs.
import type { CertificationKind } from './types.ts';

export const LEVEL_IDS = ['imi-qualified', 'ymi-member', 'imi-certified'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export type CertificationLevel = {
  readonly id: LevelId;
  readonly name: string;
  readonly summary: string;
  readonly requirements: readonly string[];
};

export type Specialisation = {
  readonly kind: CertificationKind;
  readonly name: string;
  readonly summary: string;
  readonly requirements: readonly string[];
};

/** The digest rules the app applies (see certification-status.ts), stated for people. */
export type DigestRules = { readonly renewalMonths: number; readonly graceMonths: number; readonly text: string };

/** standards/levels.json */
export type LevelsStandard = {
  readonly levels: readonly CertificationLevel[];
  readonly specialisations: readonly Specialisation[];
  readonly digestRules: DigestRules;
};

export const COMPETENCY_AREAS = ['experience', 'knowledge', 'skills', 'assessment'] as const;
export type CompetencyCriterion = {
  readonly id: string;
  readonly area: (typeof COMPETENCY_AREAS)[number];
  readonly title: string;
  readonly text: string;
};

/** standards/competencies.json */
export type CompetenciesStandard = { readonly criteria: readonly CompetencyCriterion[] };

export type ComplaintStep = { readonly step: number; readonly title: string; readonly text: string };

/** standards/conduct.json: the code of conduct in summary, and the complaints route step by step. */
export type ConductStandard = {
  readonly codeOfConduct: { readonly name: string; readonly summary: string; readonly points: readonly string[] };
  readonly complaintsRoute: readonly ComplaintStep[];
};

/** A Qualifying Assessment Program: one organisation's approved assessment, for some certification kinds. */
export type Qap = {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly kinds: readonly CertificationKind[];
};

/** standards/qaps.json */
export type QapsStandard = { readonly qaps: readonly Qap[] };

/**
 * Every standards file by its path in the feed. The rules pack is not among them: it ships with the app, where its
 * translations and the expert case library are tested with it (data/README.md).
 */
export const STANDARDS_FILES = {
  levels: 'standards/levels.json',
  competencies: 'standards/competencies.json',
  conduct: 'standards/conduct.json',
  qaps: 'standards/qaps.json',
} as const;
