// What a case asks of a mediator: what it needs (languages, a meeting in person, a certification) and what it calls
// for (styles, backgrounds, safeguards), from the analysis and what the user told the matcher.
import type { Analysis } from '../analysis.ts';
import type { FactorProfile } from '../factors.ts';
import type { CertificationKind, MediationStyle, PracticeArea } from '../registry/types.ts';

export type CaseNeeds = {
  readonly area?: PracticeArea;
  /** Needed, every one: the parties must be able to speak with the mediator. */
  readonly languages: readonly string[];
  readonly countries: readonly string[];
  /** False: the parties need to meet in person, so a mediator who works online only does not meet the need. */
  readonly online: boolean;
  /** Needed: an IMI Certified Mediator, or a certified Mediation Advocate when that is whom the user seeks. */
  readonly certification: 'certified-mediator' | 'mediation-advocate';
  /** Specialisations the case calls for (weighed, not needed). */
  readonly specialisations: readonly CertificationKind[];
  /** The styles the analysis calls for, the best first; empty when it calls for none. */
  readonly styles: readonly MediationStyle[];
  readonly multiParty: boolean;
  /** Across borders, or parties of different nationalities. */
  readonly crossCultural: boolean;
  /** The parties' nationalities: a mediator of neither is preferred only when they differ. */
  readonly partyNationalities: readonly string[];
  /** A technical question (or expertise sought): a matching professional background helps. */
  readonly technical: boolean;
  /** The parties differ on the law: a legal background helps. */
  readonly legalQuestion: boolean;
  /** A safety risk, or a serious imbalance of power without one. */
  readonly safety?: 'risk' | 'power';
  readonly costMatters: boolean;
  /** YYYY-MM: a mediator taking new cases from this month or before counts as taking them. */
  readonly month?: string;
};

/** What the user tells the matcher beside the questionnaire; `wantOnline` and `online` mean the same. */
export type CaseExtras = {
  readonly area?: PracticeArea;
  readonly languages?: readonly string[];
  readonly countries?: readonly string[];
  readonly online?: boolean;
  readonly wantOnline?: boolean;
  readonly lookingFor?: 'mediator' | 'advocate';
  readonly partyNationalities?: readonly string[];
  /** ISO date the case is matched on (for availability). */
  readonly today?: string;
};

/** What the case asks of a mediator, from its factors and ranking plus what the user told the matcher. */
export function caseNeedsFromAnalysis(profile: FactorProfile, analysis: Analysis, extra: CaseExtras): CaseNeeds {
  const top = analysis.options.find((o) => o.available && o.id.startsWith('mediation-'))?.id;
  const differsOnFactsOrLaw =
    (profile['imp.facts'] ?? 0) >= 2 || (profile['imp.law'] ?? 0) >= 2 || (profile['goal.neutral-opinion'] ?? 0) >= 2;
  // Transformative mediation works on the relationship and recognition (Bush & Folger), narrative on the parties'
  // stories (Winslade & Monk): what a case about a relationship, strong feelings or a community calls for.
  const relational =
    (profile['goal.relationship'] ?? 0) >= 2 ||
    (profile['imp.emotions'] ?? 0) >= 2 ||
    extra.area === 'community' ||
    profile['ctx.area'] === 'community';
  const styles: MediationStyle[] =
    top === 'mediation-evaluative' || differsOnFactsOrLaw
      ? ['evaluative']
      : relational
        ? ['transformative', 'narrative', 'facilitative']
        : top === 'mediation-facilitative'
          ? ['facilitative']
          : [];
  const nationalities = extra.partyNationalities ?? [];
  // Parties of different nationalities make a case cross-cultural even inside one country.
  const crossCultural = Boolean(profile['ctx.cross-border']) || new Set(nationalities).size >= 2;
  const specialisations: CertificationKind[] = [];
  if (crossCultural) specialisations.push('intercultural');
  const topId = analysis.options.find((o) => o.available)?.id;
  if (profile['ctx.investor-state'] || extra.area === 'investor-state' || topId === 'investor-state-mediation')
    specialisations.push('investor-state');
  return {
    area: extra.area,
    languages: extra.languages ?? [],
    countries: extra.countries ?? [],
    online: extra.wantOnline ?? extra.online ?? true,
    certification: extra.lookingFor === 'advocate' ? 'mediation-advocate' : 'certified-mediator',
    specialisations,
    styles,
    multiParty: (profile['imp.multi-party'] ?? 0) >= 2,
    crossCultural,
    partyNationalities: nationalities,
    technical: Boolean(profile['ctx.technical-question']) || (profile['goal.expertise'] ?? 0) >= 2,
    legalQuestion: (profile['imp.law'] ?? 0) >= 2,
    safety: profile['ctx.safety-risk'] ? 'risk' : (profile['imp.power-imbalance'] ?? 0) >= 2 ? 'power' : undefined,
    costMatters: (profile['goal.cost'] ?? 0) >= 2 || profile['ctx.amount'] === 'small',
    month: extra.today?.slice(0, 7),
  };
}
