// Glasl's nine stages of conflict escalation in three phases (sources in ./README.md); the UI words each stage.
export type GlaslPhase = 'win-win' | 'win-lose' | 'lose-lose';
export type GlaslStage = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const GLASL_STAGES: readonly GlaslStage[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Stages 1-3 can still end with both sides gaining, 4-6 with one winning, 7-9 only with both losing. */
export function glaslPhase(stage: GlaslStage): GlaslPhase {
  return stage <= 3 ? 'win-win' : stage <= 6 ? 'win-lose' : 'lose-lose';
}

export function isGlaslStage(value: unknown): value is GlaslStage {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9;
}
