// Properties of analyse() over arbitrary valid profiles (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledRules } from '../../src/domain/compiled-rules.ts';
import type { Condition } from '../../src/domain/conditions.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import {
  AMOUNTS,
  FACTOR_IDS,
  GOAL_IDS,
  NEVER_SUGGESTED_AWAY,
  factorValues,
  type Amount,
  type FactorProfile,
  type FactorValue,
} from '../../src/domain/factors.ts';
import { OPTION_IDS } from '../../src/domain/options.ts';
import type { Place } from '../../src/domain/places.ts';
import { profileValues } from '../../src/domain/profile-values.ts';
import { effectiveRatings } from '../../src/domain/scoring.ts';

const rules = defaultRules;
const profiles: fc.Arbitrary<FactorProfile> = fc.record(
  Object.fromEntries(FACTOR_IDS.map((id) => [id, fc.constantFrom(...factorValues(id))])),
  { requiredKeys: [] },
) as fc.Arbitrary<FactorProfile>;

// An interpreter written apart from the engine's compiled conditions, so the two check each other.
const rank = (v: FactorValue | number) => (typeof v === 'string' ? AMOUNTS.indexOf(v as Amount) : Number(v));
// Place facts read straight from the data files, apart from places.ts.
function placeFact(feature: string, p: FactorProfile): boolean | null | undefined {
  const place = (rules.places as Record<string, Place | undefined>)[p['ctx.jurisdiction'] ?? ''];
  if (!place || !Object.hasOwn(rules.places!, p['ctx.jurisdiction']!)) return undefined;
  const treaty = {
    'new-york': 'newYork',
    singapore: 'singapore',
    'hague-2005': 'hague2005',
    'hague-2019': 'hague2019',
    'brussels-ibis': 'brusselsIbis',
    lugano: 'lugano',
  }[feature];
  if (treaty) return place.treaties[treaty as keyof Place['treaties']].party;
  if (feature === 'statutory-adjudication') return place.statutoryAdjudication.exists;
  if (feature === 'adjudication-excludes-residential') return place.statutoryAdjudication.residentialOccupiersExcluded;
  if (feature === 'small-claims') return place.smallClaims?.limit == null ? undefined : true;
  if (feature === 'public-ombudsman') return place.publicOmbudsman.exists;
  const steps = place.compulsoryAdr.filter((step) =>
    feature === 'compulsory-mediation'
      ? step.options.some((o) => o.startsWith('mediation-'))
      : feature === 'compulsory-conciliation'
        ? step.options.includes('conciliation')
        : true,
  );
  const [area, amount] = [p['ctx.area'], p['ctx.amount']];
  const fits = (step: (typeof steps)[number], strict: boolean) =>
    (area === undefined ? !strict : step.areas.includes(area)) &&
    (!step.amounts || (amount === undefined ? !strict : step.amounts.includes(amount)));
  if (steps.some((step) => fits(step, true))) return true;
  return steps.some((step) => fits(step, false)) ? undefined : false;
}

function holds(c: Condition, p: FactorProfile): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, p));
  if ('any' in c) return c.any.some((x) => holds(x, p));
  if ('place' in c) {
    const fact = placeFact(c.place, p);
    return fact === undefined || fact === null ? c.unknown : fact === (c.is ?? true);
  }
  const v = (p as Record<string, FactorValue | undefined>)[c.factor];
  if ('answered' in c) return (v !== undefined) === c.answered;
  if (v === undefined) return c.unanswered;
  if ('equals' in c) return v === c.equals;
  if ('isNot' in c) return v !== c.isNot;
  if ('in' in c) return c.in.includes(v);
  if ('atLeast' in c) return rank(v) >= rank(c.atLeast);
  return rank(v) <= rank(c.atMost);
}

describe('analyse: properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        expect(analyse(p, rules)).toEqual(analyse(p, rules));
      }),
    );
  });

  it('does not depend on the key order of the profile', () => {
    fc.assert(
      fc.property(
        profiles,
        fc.array(fc.double({ noNaN: true }), { minLength: FACTOR_IDS.length, maxLength: FACTOR_IDS.length }),
        (p, keys) => {
          const entries = Object.entries(p).map((e, i) => [keys[i]!, e] as const);
          const shuffled = Object.fromEntries(entries.sort((a, b) => a[0] - b[0]).map(([, e]) => e)) as FactorProfile;
          expect(JSON.stringify(analyse(shuffled, rules))).toBe(JSON.stringify(analyse(p, rules)));
        },
      ),
    );
  });

  it('lists every option exactly once, ranked 1..n: available first, then safety leads, then fewer essentials missed, then score', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const { options } = analyse(p, rules, { sensitivity: false });
        expect(options.map((o) => o.id).sort()).toEqual([...OPTION_IDS].sort());
        expect(options.map((o) => o.rank)).toEqual(options.map((_, i) => i + 1));
        for (let i = 1; i < options.length; i++) {
          const [a, b] = [options[i - 1]!, options[i]!];
          const key = (o: typeof a) => [Number(!o.available), Number(!o.leads), o.lacks.length] as const;
          const [ka, kb] = [key(a), key(b)];
          const stage = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
          expect(stage).toBeLessThanOrEqual(0);
          if (stage === 0) expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
        }
      }),
    );
  });

  it('reasons add up to the score, one per source, none zero, largest first', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        for (const o of analyse(p, rules, { sensitivity: false }).options) {
          expect(o.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(o.score);
          expect(new Set(o.reasons.map((r) => r.source)).size).toBe(o.reasons.length);
          expect(o.reasons.every((r) => Number.isInteger(r.points) && r.points !== 0)).toBe(true);
          const order = [...o.reasons].sort(
            (a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.source < b.source ? -1 : 1),
          );
          expect(o.reasons).toEqual(order);
        }
      }),
    );
  });

  it('gates always hold, and only gates make an option unavailable', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const byId = new Map(analyse(p, rules, { sensitivity: false }).options.map((o) => [o.id, o]));
        for (const gate of rules.gates) {
          for (const id of gate.options) {
            const hit = byId.get(id)!.unavailable.some((g) => g.gateId === gate.id);
            expect(hit).toBe(holds(gate.when, p));
          }
        }
        for (const o of byId.values()) expect(o.available).toBe(o.unavailable.length === 0);
      }),
    );
  });

  it('raising a goal never lowers an option against one rated lower on it', () => {
    const goals = fc.constantFrom(...GOAL_IDS);
    fc.assert(
      fc.property(profiles, goals, fc.integer({ min: 1, max: 3 }), (p, goal, raised) => {
        const from = p[goal] ?? 0;
        fc.pre(raised > from);
        const before = analyse(p, rules, { sensitivity: false }).options;
        const after = analyse({ ...p, [goal]: raised }, rules, { sensitivity: false }).options;
        const score = (list: typeof before, id: string) => list.find((o) => o.id === id)!.score;
        // The rating that counts here: the pack's, shifted by the circumstances in this profile.
        const compiled = compiledRules(rules);
        const row = effectiveRatings(compiled, profileValues(p))[compiled.rated.findIndex((r) => r.factor === goal)]!;
        OPTION_IDS.forEach((a, i) =>
          OPTION_IDS.forEach((b, j) => {
            if (row[i]! < row[j]!) return;
            expect(score(after, a) - score(after, b)).toBeGreaterThanOrEqual(score(before, a) - score(before, b));
          }),
        );
      }),
    );
  });

  it('sensitivity is exactly the set of single changes that move the top, smallest first', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const a = analyse(p, rules);
        const top = a.options[0]!.available ? a.options[0]!.id : undefined;
        const expected = new Set<string>();
        for (const factor of FACTOR_IDS) {
          // A safety risk once said is never offered as something to take back.
          if (NEVER_SUGGESTED_AWAY.has(factor) && p[factor] !== undefined) continue;
          for (const to of factorValues(factor)) {
            if (to === p[factor]) continue;
            const first = analyse({ ...p, [factor]: to }, rules, { sensitivity: false }).options[0]!;
            if (first.available && first.id !== top) expected.add(`${factor} ${first.id}`);
          }
        }
        expect(new Set(a.sensitivity.map((s) => `${s.factor} ${s.newTop}`))).toEqual(expected);
        expect(a.sensitivity).toHaveLength(expected.size);
        for (const s of a.sensitivity) expect(s.from).toBe(p[s.factor]);
      }),
      { numRuns: 40 },
    );
  });
});
