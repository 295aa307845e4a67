// Why a part of a fit counts, as codes the interface phrases: shared by the case fit and the mentor match.

/**
 * Why a part counts, as a code and the values it names, so the interface phrases it in the person's language:
 * `codes` are ISO languages or countries, certification kinds, a style, a background, a fee band, a month (YYYY-MM),
 * a practice area or a YMI role; `n` a count (years), `count` a second one (mediations).
 */
export type FitReasonCode =
  | 'area-match'
  | 'area-missing'
  | 'speaks-needed'
  | 'speaks-missing'
  | 'meets-in-person'
  | 'online-only'
  | 'works-in'
  | 'online-distance'
  | 'not-where'
  | 'certified'
  | 'not-certified'
  | 'not-investor-state'
  | 'available'
  | 'available-from'
  | 'not-available'
  | 'availability-unknown'
  | 'style'
  | 'evaluation'
  | 'background-technical'
  | 'background-legal'
  | 'fees'
  | 'fees-unknown'
  | 'multi-party'
  | 'co-mediation'
  | 'safeguarding'
  | 'safeguarding-unknown'
  | 'shuttle'
  | 'experience-unknown'
  | 'experience'
  | 'digest-current'
  | 'digest-grace'
  | 'digest-stale'
  | 'nationality-shared'
  | 'nationality-neither'
  | 'mentor-near'
  | 'mentor-region'
  | 'mentor-online'
  | 'mentor-speaks'
  | 'mentor-no-language'
  | 'mentor-area'
  | 'mentor-role'
  | 'mentor-no-role'
  | 'mentor-digest-stale';
export type FitReason = {
  readonly code: FitReasonCode;
  readonly codes?: readonly string[];
  readonly n?: number;
  readonly count?: number;
};
/** `need`: this part is a requirement of the case, met or missing. */
export type FitPart = {
  readonly id: string;
  readonly points: number;
  readonly reason: FitReason;
  readonly need?: 'met' | 'missing';
};
