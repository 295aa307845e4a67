// How well a mediator fits a case: a sum of named parts, each shown to the user, like the engine's reasons.
import type { Analysis } from '../analysis.ts';
import type { FactorProfile } from '../factors.ts';
import type { CertificationKind, MediationStyle, PracticeArea } from '../registry/types.ts';
import type { DirectoryEntry } from './filters.ts';

export type CaseNeeds = {
  readonly area?: PracticeArea;
  readonly languages: readonly string[];
  readonly countries: readonly string[];
  readonly online: boolean;
  readonly certifications: readonly CertificationKind[];
  readonly style?: MediationStyle;
  readonly wantsEvaluation: boolean;
  readonly multiParty: boolean;
  /** Prefer a mediator whose nationality is neither party's, as some institutions do. */
  readonly partyNationalities: readonly string[];
};

/**
 * Why a part counts, as a code and the values it names, so the interface phrases it in the person's language:
 * `codes` are ISO languages or countries, certification kinds, a style, a practice area or a YMI role; `n` a count.
 */
export type FitReasonCode =
  | 'area-match'
  | 'area-missing'
  | 'speaks-needed'
  | 'speaks-none'
  | 'works-in'
  | 'online-distance'
  | 'not-where'
  | 'certified'
  | 'not-investor-state'
  | 'style'
  | 'evaluation'
  | 'multi-party'
  | 'experience-unknown'
  | 'experience'
  | 'mediations'
  | 'digest-current'
  | 'digest-grace'
  | 'digest-missing'
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
export type FitReason = { readonly code: FitReasonCode; readonly codes?: readonly string[]; readonly n?: number };
export type FitPart = { readonly id: string; readonly points: number; readonly reason: FitReason };
export type MediatorFit<E extends DirectoryEntry = DirectoryEntry> = {
  readonly entry: E;
  readonly total: number;
  readonly parts: readonly FitPart[];
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
};

/** What the case asks of a mediator, from its factors and ranking plus what the user told the matcher. */
export function caseNeedsFromAnalysis(profile: FactorProfile, analysis: Analysis, extra: CaseExtras): CaseNeeds {
  const top = analysis.options.find((o) => o.available && o.id.startsWith('mediation-'))?.id;
  const differsOnFactsOrLaw =
    (profile['imp.facts'] ?? 0) >= 2 || (profile['imp.law'] ?? 0) >= 2 || (profile['goal.neutral-opinion'] ?? 0) >= 2;
  const style: MediationStyle | undefined =
    top === 'mediation-evaluative' || differsOnFactsOrLaw
      ? 'evaluative'
      : (profile['goal.relationship'] ?? 0) >= 2 || top === 'mediation-facilitative'
        ? 'facilitative'
        : undefined;
  const certifications: CertificationKind[] = [];
  // Parties of different nationalities make a case cross-cultural even inside one country.
  const crossCultural = new Set(extra.partyNationalities ?? []).size >= 2;
  if (profile['ctx.cross-border'] || crossCultural) certifications.push('intercultural');
  const topId = analysis.options.find((o) => o.available)?.id;
  if (profile['ctx.investor-state'] || extra.area === 'investor-state' || topId === 'investor-state-mediation')
    certifications.push('investor-state');
  if (extra.lookingFor === 'advocate') certifications.push('mediation-advocate');
  return {
    area: extra.area,
    languages: extra.languages ?? [],
    countries: extra.countries ?? [],
    online: extra.wantOnline ?? extra.online ?? true,
    certifications,
    style,
    wantsEvaluation: style === 'evaluative',
    multiParty: (profile['imp.multi-party'] ?? 0) >= 2,
    partyNationalities: extra.partyNationalities ?? [],
  };
}

export function fitParts(entry: DirectoryEntry, needs: CaseNeeds): FitPart[] {
  const p = entry.profile;
  const parts: FitPart[] = [];
  const add = (id: string, points: number, code: FitReasonCode, values: Omit<FitReason, 'code'> = {}) =>
    parts.push({ id, points, reason: { code, ...values } });
  if (needs.area) {
    if (p.practiceAreas.includes(needs.area)) add('area', 20, 'area-match');
    else add('area', -5, 'area-missing');
  }
  const spoken = needs.languages.filter((l) => p.languages.includes(l));
  for (const l of spoken) add(`language.${l}`, 10, 'speaks-needed', { codes: [l] });
  if (needs.languages.length && !spoken.length) add('language', -20, 'speaks-none');
  const local = needs.countries.filter((c) => p.locations.some((l) => l.country === c));
  if (local.length) add('location', 10, 'works-in', { codes: local });
  else if (needs.online && p.formats.some((f) => f !== 'in-person')) add('location', 4, 'online-distance');
  else if (needs.countries.length) add('location', -5, 'not-where');
  for (const kind of needs.certifications) {
    const has = entry.status.certified && p.certifications.some((c) => c.kind === kind);
    if (has)
      add(`cert.${kind}`, kind === 'investor-state' ? 20 : kind === 'mediation-advocate' ? 15 : 8, 'certified', {
        codes: [kind],
      });
    else if (kind === 'investor-state') add(`cert.${kind}`, -15, 'not-investor-state');
  }
  if (needs.style && p.styles.includes(needs.style)) add('style', 8, 'style', { codes: [needs.style] });
  if (needs.wantsEvaluation && p.givesEvaluations !== 'no') add('evaluation', 4, 'evaluation');
  if (needs.multiParty && p.multiParty) add('multi-party', 5, 'multi-party');
  // A profile that does not state its experience is not marked down for it: unknown is not zero.
  const years = p.yearsPractising;
  if (years === undefined) add('experience', 0, 'experience-unknown');
  else add('experience', years >= 10 ? 6 : years >= 5 ? 3 : 0, 'experience', { n: years });
  const count = p.mediationsCount;
  if (count !== undefined) add('mediations', count >= 100 ? 4 : count >= 20 ? 2 : 0, 'mediations', { n: count });
  if (entry.status.digest === 'current') add('digest', 6, 'digest-current');
  else if (entry.status.digest === 'grace') add('digest', 1, 'digest-grace');
  else add('digest', -8, 'digest-missing');
  if (needs.partyNationalities.length && p.nationality) {
    if (needs.partyNationalities.includes(p.nationality)) add('nationality', -5, 'nationality-shared');
    else add('nationality', 5, 'nationality-neither');
  }
  return parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
}

/** Listed mediators only (never revoked), best fit first; ties by name so the order is stable. */
export function rankMediatorsForCase<E extends DirectoryEntry>(
  entries: readonly E[],
  needs: CaseNeeds,
  options: { limit?: number } = {},
): MediatorFit<E>[] {
  return entries
    .filter((e) => e.status.listed && !e.status.revoked)
    .map((entry) => {
      const parts = fitParts(entry, needs);
      return { entry, parts, total: parts.reduce((sum, part) => sum + part.points, 0) };
    })
    .sort((a, b) => b.total - a.total || a.entry.profile.name.localeCompare(b.entry.profile.name))
    .slice(0, options.limit);
}
