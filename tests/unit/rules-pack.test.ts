// The rules pack loader: the shipped pack is valid, and broken packs are refused with the path named.
import { describe, expect, it } from 'vitest';
import { assembleDefaultPack, defaultRules } from '../../src/domain/default-rules.ts';
import { FACTOR_IDS } from '../../src/domain/factors.ts';
import { OPTION_IDS } from '../../src/domain/options.ts';
import { parseRulesPack } from '../../src/domain/rules-pack.ts';

type Json = Record<string, any>;
const fresh = (): Json => structuredClone(assembleDefaultPack()) as Json;

function problemsOf(change: (pack: Json) => void): string[] {
  const pack = fresh();
  change(pack);
  const result = parseRulesPack(pack);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('the shipped rules pack', () => {
  it('is valid, versioned and labelled as the project’s own matrix', () => {
    const result = parseRulesPack(assembleDefaultPack());
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(defaultRules.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(defaultRules.ratingsLabel).toMatch(/own.*after Sander & Goldberg/);
  });

  it('covers every option and factor of the contract', () => {
    expect(Object.keys(defaultRules.options).sort()).toEqual([...OPTION_IDS].sort());
    expect(Object.keys(defaultRules.factors).sort()).toEqual([...FACTOR_IDS].sort());
  });

  it('cites a known source for every fact', () => {
    for (const option of Object.values(defaultRules.options)) {
      for (const fact of option.facts) expect(defaultRules.sources).toHaveProperty([fact.source]);
    }
  });
});

describe('parseRulesPack refuses broken packs', () => {
  it('names a rating out of range by its path', () => {
    expect(problemsOf((p) => (p['ratings'].arbitration['goal.speed'] = 7))).toEqual([
      'ratings.arbitration.goal.speed: expected integer -2..2, got 7',
    ]);
  });

  it('names a missing rating and a missing option', () => {
    expect(problemsOf((p) => delete p['ratings'].litigation['imp.law'])).toEqual([
      'ratings.litigation.imp.law: missing (every goal or impediment needs an entry)',
    ]);
    expect(problemsOf((p) => delete p['options'].ombudsman)).toContain(
      'options.ombudsman: missing (every option needs an entry)',
    );
  });

  it('refuses unknown option and factor ids', () => {
    expect(problemsOf((p) => (p['options'].duel = p['options'].negotiation))).toContain(
      'options.duel: unknown option id',
    );
    expect(problemsOf((p) => (p['gates'][0].options = ['duel']))).toContain(
      'gates[0].options[0]: unknown option id "duel"',
    );
    expect(problemsOf((p) => (p['gates'][0].when.factor = 'ctx.moon'))).toContain(
      'gates[0].when.factor: unknown factor id "ctx.moon"',
    );
  });

  it('needs every condition to say what an unanswered factor gives', () => {
    expect(problemsOf((p) => delete p['gates'][1].when.unanswered)).toEqual([
      'gates[1].when.unanswered: say what the test gives when ctx.investor-state is not answered (true or false), got nothing',
    ]);
  });

  it('refuses malformed conditions', () => {
    expect(
      problemsOf(
        (p) => (p['gates'][0].when = { factor: 'ctx.consumer', equals: true, isNot: false, unanswered: false }),
      ),
    ).toEqual(['gates[0].when: expected exactly one of equals, isNot, atLeast, atMost, in (or answered), got 2']);
    expect(
      problemsOf((p) => (p['gates'][0].when = { factor: 'ctx.consumer', atLeast: 1, unanswered: false }))[0],
    ).toMatch(/^gates\[0\]\.when\.atLeast: ctx.consumer has no order/);
    expect(problemsOf((p) => (p['gates'][0].when = { factor: 'goal.cost', equals: 4, unanswered: false }))[0]).toMatch(
      /^gates\[0\]\.when\.equals: goal.cost never takes 4/,
    );
    expect(problemsOf((p) => (p['gates'][0].when = { all: [] }))).toEqual([
      'gates[0].when.all: expected a non-empty list of conditions',
    ]);
    expect(
      problemsOf((p) => (p['gates'][0].when = { factor: 'ctx.consumer', equals: true, unaswered: false })),
    ).toContain('gates[0].when.unaswered: unknown key (allowed: factor, unanswered, equals)');
  });

  it('keeps modifiers to circumstances so goal scores stay linear', () => {
    expect(
      problemsOf((p) => (p['modifiers'][0].when = { factor: 'goal.cost', atLeast: 2, unanswered: false })),
    ).toEqual(['modifiers[0].when.factor: goal.cost may not be tested here']);
    expect(problemsOf((p) => (p['modifiers'][0].factor = 'goal.cost'))).toContain(
      'modifiers[0].factor: points are credited to a circumstance (ctx.*), not goal.cost',
    );
  });

  it('checks versions, sources, texts and ids', () => {
    expect(problemsOf((p) => (p['version'] = 'v1'))).toEqual([
      'version: expected year.month.n such as "2026.11.1", got "v1"',
    ]);
    expect(problemsOf((p) => (p['options'].arbitration.facts[0].source = 'a blog'))).toEqual([
      'options.arbitration.facts[0].source: "a blog" is not a key of sources',
    ]);
    expect(problemsOf((p) => (p['factors']['goal.cost'].because = ''))).toEqual([
      'factors.goal.cost.because: expected non-empty text, got ""',
    ]);
    expect(problemsOf((p) => p['cautions'].push(p['cautions'][0]))).toContain(
      `cautions[${fresh()['cautions'].length as number}].id: "safety-risk-safeguards" is used twice in cautions`,
    );
    expect(problemsOf((p) => (p['options'].litigation.family = 'duel'))).toEqual([
      'options.litigation.family: expected one of consensual | advisory | adjudicative | hybrid, got "duel"',
    ]);
  });

  it('refuses input that is not a pack at all', () => {
    expect(parseRulesPack(null)).toEqual({ ok: false, problems: ['rules pack: expected an object'] });
    const result = parseRulesPack({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain('version: expected non-empty text, got nothing');
  });
});
