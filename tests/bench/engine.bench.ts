// The case analyser: analyse() alone and with its sensitivity search, on profiles from empty to full.
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { FACTOR_IDS, factorValues, type FactorProfile } from '../../src/domain/factors.ts';
import { measure, type BenchRow } from './measure.ts';

// Every factor answered, each with a value picked by a fixed rule so the run is repeatable.
const full = Object.fromEntries(
  FACTOR_IDS.map((id, i) => {
    const values = factorValues(id);
    return [id, values[(i * 7) % values.length]];
  }),
) as FactorProfile;

const PROFILES: Record<string, FactorProfile> = {
  'empty profile': {},
  'family business (8 answers)': {
    'goal.relationship': 3,
    'goal.privacy': 3,
    'goal.cost': 2,
    'imp.communication': 3,
    'imp.emotions': 2,
    'ctx.other-party-willing': 2,
    'ctx.escalation': 3,
    'ctx.amount': 'medium',
  },
  'cross-border supply (9 answers)': {
    'goal.enforce-abroad': 3,
    'goal.binding-outcome': 3,
    'goal.expertise': 2,
    'imp.law': 2,
    'ctx.cross-border': true,
    'ctx.arbitration-clause': true,
    'ctx.other-party-willing': 1,
    'ctx.escalation': 6,
    'ctx.amount': 'very-large',
  },
  'safety, precedent essential, England (9 answers)': {
    'ctx.safety-risk': true,
    'ctx.urgent-interim-relief': true,
    'goal.precedent': 3,
    'goal.relationship': 2,
    'imp.emotions': 3,
    'imp.power-imbalance': 3,
    'ctx.area': 'family',
    'ctx.jurisdiction': 'gb-eng',
    'ctx.other-party-willing': 1,
  },
  [`every factor answered (${FACTOR_IDS.length})`]: full,
};

export function engineBench(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [name, profile] of Object.entries(PROFILES)) {
    rows.push(measure('analyse', name, () => analyse(profile, defaultRules, { sensitivity: false })));
    rows.push(measure('analyse + sensitivity and firmness', name, () => analyse(profile, defaultRules)));
  }
  return rows;
}
