// How well a mediator fits a case: what the case needs first (requirements), then a sum of named parts, each shown to
// the user like the engine's reasons. Each weight's source or judgement: src/domain/matching/README.md.
import type { Background, MediatorProfile } from '../registry/types.ts';
import type { CaseNeeds } from './case-needs.ts';
import { ANY_TECHNICAL, FIT_POINTS, LEGAL, TECHNICAL } from './fit-points.ts';
import type { DirectoryEntry } from './filters.ts';

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
export type MediatorFit<E extends DirectoryEntry = DirectoryEntry> = {
  readonly entry: E;
  readonly total: number;
  readonly parts: readonly FitPart[];
  /** The requirements this mediator misses: empty when they fit, otherwise they only partly fit. */
  readonly missing: readonly FitPart[];
};

type Add = (id: string, points: number, code: FitReasonCode, values?: Omit<FitReason, 'code'>) => void;
type Need = (id: string, met: boolean, code: FitReasonCode, values?: Omit<FitReason, 'code'>) => void;

function experiencePoints(p: MediatorProfile): number {
  const by = (value: number | undefined, steps: readonly (readonly [number, number])[]) =>
    value === undefined ? 0 : (steps.find(([at]) => value >= at)?.[1] ?? 0);
  return Math.max(
    by(p.yearsPractising, FIT_POINTS.experience.years),
    by(p.mediationsCount, FIT_POINTS.experience.mediations),
  );
}

/** The three things a case can need: its languages, a meeting in person, the certification sought. */
function needs(entry: DirectoryEntry, n: CaseNeeds, need: Need): void {
  const p = entry.profile;
  for (const l of n.languages)
    need(`language.${l}`, p.languages.includes(l), p.languages.includes(l) ? 'speaks-needed' : 'speaks-missing', {
      codes: [l],
    });
  if (!n.online) {
    // A hybrid mediator meets in person too.
    const meets = p.formats.some((f) => f !== 'online');
    need('format', meets, meets ? 'meets-in-person' : 'online-only');
  }
  const certified = entry.status.certified && p.certifications.some((c) => c.kind === n.certification);
  need(`cert.${n.certification}`, certified, certified ? 'certified' : 'not-certified', { codes: [n.certification] });
}

function availability(p: MediatorProfile, n: CaseNeeds, add: Add): void {
  const a = p.availability;
  if (!a) add('availability', 0, 'availability-unknown');
  else if (a.takingNewCases || (a.from && n.month && a.from <= n.month))
    add('availability', FIT_POINTS.available, 'available');
  else if (a.from) add('availability', 0, 'available-from', { codes: [a.from] });
  else add('availability', FIT_POINTS.notAvailable, 'not-available');
}

function style(p: MediatorProfile, n: CaseNeeds, add: Add): void {
  const matched = n.styles.find((s) => p.styles.includes(s));
  if (matched)
    add('style', matched === n.styles[0] ? FIT_POINTS.style.first : FIT_POINTS.style.other, 'style', {
      codes: [matched],
    });
  // One signal, counted once: a view on the merits stands in for the evaluative style, never adds to it.
  else if (n.styles[0] === 'evaluative' && p.givesEvaluations !== 'no')
    add('style', FIT_POINTS.style.evaluation, 'evaluation');
}

function background(p: MediatorProfile, n: CaseNeeds, add: Add): void {
  const has = (list: readonly Background[]) => list.find((b) => p.backgrounds?.includes(b));
  const technical = n.technical ? has((n.area && TECHNICAL[n.area]) || ANY_TECHNICAL) : undefined;
  const legal = n.legalQuestion ? has(LEGAL) : undefined;
  if (technical) add('background', FIT_POINTS.background.technical, 'background-technical', { codes: [technical] });
  else if (legal) add('background', FIT_POINTS.background.legal, 'background-legal', { codes: [legal] });
}

function location(p: MediatorProfile, n: CaseNeeds, add: Add): void {
  const local = n.countries.filter((c) => p.locations.some((l) => l.country === c));
  if (local.length) add('location', FIT_POINTS.location.works, 'works-in', { codes: local });
  else if (n.online && p.formats.some((f) => f !== 'in-person'))
    add('location', FIT_POINTS.location.online, 'online-distance');
  else if (n.countries.length) add('location', FIT_POINTS.location.not, 'not-where');
}

function specialisations(entry: DirectoryEntry, n: CaseNeeds, add: Add): void {
  const p = entry.profile;
  for (const kind of n.specialisations) {
    const has = entry.status.certified && p.certifications.some((c) => c.kind === kind);
    if (kind === 'investor-state')
      add(
        `cert.${kind}`,
        has ? FIT_POINTS.investorState.has : FIT_POINTS.investorState.not,
        has ? 'certified' : 'not-investor-state',
        has ? { codes: [kind] } : {},
      );
    else if (has) add(`cert.${kind}`, FIT_POINTS.intercultural, 'certified', { codes: [kind] });
  }
}

function safety(p: MediatorProfile, n: CaseNeeds, add: Add): void {
  if (!n.safety) return;
  if (p.safeguardingTrained) add('safeguarding', FIT_POINTS.safeguarding[n.safety], 'safeguarding');
  else add('safeguarding', 0, 'safeguarding-unknown');
  if (p.shuttle) add('shuttle', FIT_POINTS.shuttle[n.safety], 'shuttle');
}

export function fitParts(entry: DirectoryEntry, n: CaseNeeds): FitPart[] {
  const p = entry.profile;
  const parts: FitPart[] = [];
  const add: Add = (id, points, code, values = {}) => parts.push({ id, points, reason: { code, ...values } });
  const need: Need = (id, met, code, values = {}) =>
    parts.push({
      id,
      points: met ? FIT_POINTS.need.met : FIT_POINTS.need.missing,
      reason: { code, ...values },
      need: met ? 'met' : 'missing',
    });
  needs(entry, n, need);
  availability(p, n, add);
  // A profile that does not state its experience is not marked down for it: unknown is not zero.
  if (p.yearsPractising === undefined && p.mediationsCount === undefined) add('experience', 0, 'experience-unknown');
  else
    add('experience', experiencePoints(p), 'experience', {
      ...(p.yearsPractising !== undefined && { n: p.yearsPractising }),
      ...(p.mediationsCount !== undefined && { count: p.mediationsCount }),
    });
  if (n.area) {
    if (p.practiceAreas.includes(n.area)) add('area', FIT_POINTS.area.match, 'area-match');
    else add('area', FIT_POINTS.area.missing, 'area-missing');
  }
  if (n.costMatters) {
    if (p.fees) add('fees', FIT_POINTS.fees[p.fees.band], 'fees', { codes: [p.fees.band] });
    else add('fees', 0, 'fees-unknown');
  }
  style(p, n, add);
  background(p, n, add);
  location(p, n, add);
  specialisations(entry, n, add);
  if (n.multiParty && p.multiParty) add('multi-party', FIT_POINTS.multiParty, 'multi-party');
  if ((n.multiParty || n.crossCultural) && p.coMediation) add('co-mediation', FIT_POINTS.coMediation, 'co-mediation');
  safety(p, n, add);
  // A stale digest already fails the certification the case needs: shown, not counted twice.
  const digest = entry.status.digest;
  if (digest === 'current' || digest === 'grace' || digest === 'stale')
    add('digest', FIT_POINTS.digest[digest], `digest-${digest}`);
  if (new Set(n.partyNationalities).size >= 2 && p.nationality) {
    if (n.partyNationalities.includes(p.nationality))
      add('nationality', FIT_POINTS.nationality.shared, 'nationality-shared');
    else add('nationality', FIT_POINTS.nationality.neither, 'nationality-neither');
  }
  // Requirements first (missing before met), then the rest by weight.
  const rank = (part: FitPart) => (part.need === 'missing' ? 0 : part.need === 'met' ? 1 : 2);
  return parts.sort((a, b) => rank(a) - rank(b) || Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
}

/**
 * Listed mediators only (never revoked). Whoever meets every requirement comes before anyone who misses one, then
 * fewer missing before more; within that, best total first, ties by name so the order is stable.
 */
export function rankMediatorsForCase<E extends DirectoryEntry>(
  entries: readonly E[],
  needs: CaseNeeds,
  options: { limit?: number } = {},
): MediatorFit<E>[] {
  return entries
    .filter((e) => e.status.listed && !e.status.revoked)
    .map((entry) => {
      const parts = fitParts(entry, needs);
      const missing = parts.filter((part) => part.need === 'missing');
      return { entry, parts, missing, total: parts.reduce((sum, part) => sum + part.points, 0) };
    })
    .sort(
      (a, b) =>
        a.missing.length - b.missing.length ||
        b.total - a.total ||
        a.entry.profile.name.localeCompare(b.entry.profile.name),
    )
    .slice(0, options.limit);
}
