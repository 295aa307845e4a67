// The parts of a case fit, one function per signal: what the case needs, then what it calls for and how each weighs.
import type { Background } from '../registry/types.ts';
import type { CaseNeeds } from './case-needs.ts';
import type { FitPart, FitReason, FitReasonCode } from './fit-reasons.ts';
import { ANY_TECHNICAL, FIT_POINTS, LEGAL, TECHNICAL } from './fit-points.ts';
import type { DirectoryEntry, ProfileSummary } from './filters.ts';

/** Parts are pushed as plain literals: this runs for every listed mediator on each change of the case page. */
type Parts = FitPart[];
/** A reason without values, made once: most parts share one, which spares 10,000s of objects a ranking. */
const plainReasons = new Map<FitReasonCode, FitReason>();
function plain(code: FitReasonCode): FitReason {
  let reason = plainReasons.get(code);
  if (!reason) {
    reason = Object.freeze({ code });
    plainReasons.set(code, reason);
  }
  return reason;
}
const add = (parts: Parts, id: string, points: number, reason: FitReason) => void parts.push({ id, points, reason });
const need = (parts: Parts, id: string, met: boolean, reason: FitReason) =>
  void parts.push({
    id,
    points: met ? FIT_POINTS.need.met : FIT_POINTS.need.missing,
    reason,
    need: met ? 'met' : 'missing',
  });

function stepPoints(value: number | undefined, steps: readonly (readonly [number, number])[]): number {
  if (value === undefined) return 0;
  for (const [at, points] of steps) if (value >= at) return points;
  return 0;
}

function experience(parts: Parts, p: ProfileSummary): void {
  const years = p.yearsPractising;
  const count = p.mediationsCount;
  // A profile that does not state its experience is not marked down for it: unknown is not zero.
  if (years === undefined && count === undefined) {
    add(parts, 'experience', 0, plain('experience-unknown'));
    return;
  }
  const points = Math.max(
    stepPoints(years, FIT_POINTS.experience.years),
    stepPoints(count, FIT_POINTS.experience.mediations),
  );
  const reason: { code: 'experience'; n?: number; count?: number } = { code: 'experience' };
  if (years !== undefined) reason.n = years;
  if (count !== undefined) reason.count = count;
  add(parts, 'experience', points, reason);
}

/** Part ids a case gives every mediator, made once per ranking rather than once per mediator. */
const idsOf = new WeakMap<CaseNeeds, { languages: string[]; cert: string }>();
function needIds(n: CaseNeeds) {
  let ids = idsOf.get(n);
  if (!ids) {
    ids = { languages: n.languages.map((l) => `language.${l}`), cert: `cert.${n.certification}` };
    idsOf.set(n, ids);
  }
  return ids;
}

function holds(entry: DirectoryEntry, kind: string): boolean {
  if (!entry.status.certified) return false;
  for (const c of entry.profile.certifications) if (c.kind === kind) return true;
  return false;
}

/** The three things a case can need: its languages, a meeting in person, the certification sought. */
function needs(parts: Parts, entry: DirectoryEntry, n: CaseNeeds): void {
  const p = entry.profile;
  const ids = needIds(n);
  n.languages.forEach((l, i) => {
    const speaks = p.languages.includes(l);
    need(parts, ids.languages[i]!, speaks, { code: speaks ? 'speaks-needed' : 'speaks-missing', codes: [l] });
  });
  if (!n.online) {
    // A hybrid mediator meets in person too.
    const meets = p.formats.includes('in-person') || p.formats.includes('hybrid');
    need(parts, 'format', meets, plain(meets ? 'meets-in-person' : 'online-only'));
  }
  const certified = holds(entry, n.certification);
  need(parts, ids.cert, certified, { code: certified ? 'certified' : 'not-certified', codes: [n.certification] });
}

function availability(parts: Parts, p: ProfileSummary, n: CaseNeeds): void {
  const a = p.availability;
  if (!a) add(parts, 'availability', 0, plain('availability-unknown'));
  else if (a.takingNewCases || (a.from && n.month && a.from <= n.month))
    add(parts, 'availability', FIT_POINTS.available, plain('available'));
  else if (a.from) add(parts, 'availability', 0, { code: 'available-from', codes: [a.from] });
  else add(parts, 'availability', FIT_POINTS.notAvailable, plain('not-available'));
}

function style(parts: Parts, p: ProfileSummary, n: CaseNeeds): void {
  const matched = n.styles.find((s) => p.styles.includes(s));
  if (matched)
    add(parts, 'style', matched === n.styles[0] ? FIT_POINTS.style.first : FIT_POINTS.style.other, {
      code: 'style',
      codes: [matched],
    });
  // One signal, counted once: a view on the merits stands in for the evaluative style, never adds to it.
  else if (n.styles[0] === 'evaluative' && p.givesEvaluations !== 'no')
    add(parts, 'style', FIT_POINTS.style.evaluation, plain('evaluation'));
}

function background(parts: Parts, p: ProfileSummary, n: CaseNeeds): void {
  const has = (list: readonly Background[]) => list.find((b) => p.backgrounds?.includes(b));
  if (!p.backgrounds) return;
  const technical = n.technical ? has((n.area && TECHNICAL[n.area]) || ANY_TECHNICAL) : undefined;
  const legal = n.legalQuestion ? has(LEGAL) : undefined;
  if (technical)
    add(parts, 'background', FIT_POINTS.background.technical, { code: 'background-technical', codes: [technical] });
  else if (legal) add(parts, 'background', FIT_POINTS.background.legal, { code: 'background-legal', codes: [legal] });
}

function location(parts: Parts, p: ProfileSummary, n: CaseNeeds): void {
  const local = n.countries.length ? n.countries.filter((c) => p.locations.some((l) => l.country === c)) : [];
  if (local.length) add(parts, 'location', FIT_POINTS.location.works, { code: 'works-in', codes: local });
  else if (n.online && p.formats.some((f) => f !== 'in-person'))
    add(parts, 'location', FIT_POINTS.location.online, plain('online-distance'));
  else if (n.countries.length) add(parts, 'location', FIT_POINTS.location.not, plain('not-where'));
}

function specialisations(parts: Parts, entry: DirectoryEntry, n: CaseNeeds): void {
  for (const kind of n.specialisations) {
    const has = holds(entry, kind);
    if (kind === 'investor-state')
      add(
        parts,
        `cert.${kind}`,
        has ? FIT_POINTS.investorState.has : FIT_POINTS.investorState.not,
        has ? { code: 'certified', codes: [kind] } : plain('not-investor-state'),
      );
    else if (has) add(parts, `cert.${kind}`, FIT_POINTS.intercultural, { code: 'certified', codes: [kind] });
  }
}

function safety(parts: Parts, p: ProfileSummary, n: CaseNeeds): void {
  if (!n.safety) return;
  // Where someone's safety is at risk, training is a requirement: a mediator should not take such a case without it
  // (Model Standards of Practice for Family and Divorce Mediation, 2000, Standard X). With a power gap, a bonus.
  const trained = Boolean(p.safeguardingTrained);
  if (n.safety === 'risk')
    need(parts, 'safeguarding', trained, plain(trained ? 'safeguarding' : 'safeguarding-unknown'));
  else if (trained) add(parts, 'safeguarding', FIT_POINTS.safeguarding[n.safety], plain('safeguarding'));
  else add(parts, 'safeguarding', 0, plain('safeguarding-unknown'));
  if (p.shuttle) add(parts, 'shuttle', FIT_POINTS.shuttle[n.safety], plain('shuttle'));
}

/** Every part of one mediator's fit, in the order collected (fit.ts puts them in their shown order). */
export function collectParts(entry: DirectoryEntry, n: CaseNeeds): FitPart[] {
  const p = entry.profile;
  const parts: Parts = [];
  needs(parts, entry, n);
  availability(parts, p, n);
  experience(parts, p);
  if (n.area) {
    if (p.practiceAreas.includes(n.area)) add(parts, 'area', FIT_POINTS.area.match, plain('area-match'));
    else add(parts, 'area', FIT_POINTS.area.missing, plain('area-missing'));
  }
  if (n.costMatters) {
    if (p.fees) add(parts, 'fees', FIT_POINTS.fees[p.fees.band], { code: 'fees', codes: [p.fees.band] });
    else add(parts, 'fees', 0, plain('fees-unknown'));
  }
  style(parts, p, n);
  background(parts, p, n);
  location(parts, p, n);
  specialisations(parts, entry, n);
  if (n.multiParty && p.multiParty) add(parts, 'multi-party', FIT_POINTS.multiParty, plain('multi-party'));
  if ((n.multiParty || n.crossCultural) && p.coMediation)
    add(parts, 'co-mediation', FIT_POINTS.coMediation, plain('co-mediation'));
  safety(parts, p, n);
  // A stale digest already fails the certification the case needs: shown, not counted twice.
  const digest = entry.status.digest;
  if (digest === 'current' || digest === 'grace' || digest === 'stale')
    add(parts, 'digest', FIT_POINTS.digest[digest], plain(`digest-${digest}`));
  if (p.nationality && n.partyNationalities.length >= 2 && differ(n.partyNationalities)) {
    if (n.partyNationalities.includes(p.nationality))
      add(parts, 'nationality', FIT_POINTS.nationality.shared, plain('nationality-shared'));
    else add(parts, 'nationality', FIT_POINTS.nationality.neither, plain('nationality-neither'));
  }
  return parts;
}

/** The parties' nationalities differ: a preference for a mediator of neither only makes sense then. */
const differ = (nationalities: readonly string[]) => nationalities.some((c) => c !== nationalities[0]);
