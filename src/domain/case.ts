// A case as the person made it: what is stored on the device and what a case file carries.
import type { Answers } from './questions.ts';
import type { Worksheet } from './worksheet/types.ts';

export type Case = {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly answers: Answers;
  /** The question the person was on, so reopening a case resumes there. */
  readonly lastQuestionId?: string;
  /** Rules pack version of the last analysis shown for this case. */
  readonly rulesVersion?: string;
  /** What the mediator search needs beyond the answers: codes only. */
  readonly matching?: MatchingPreferences;
  /** The Olé case-analysis worksheet; absent on cases made before it existed (no migration needed). */
  readonly worksheet?: Worksheet;
  /** The other party's priorities code, kept so reopening the case shows the comparison; levels only, never their words. */
  readonly otherPartyCode?: string;
};

export type MatchingPreferences = {
  readonly languages: readonly string[];
  readonly countries: readonly string[];
  readonly online: boolean;
  readonly lookingFor: 'mediator' | 'advocate';
  /** Nationalities of the parties, to prefer a mediator of neither. */
  readonly partyNationalities: readonly string[];
};
