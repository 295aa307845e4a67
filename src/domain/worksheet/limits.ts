// Bounds of a worksheet, shared by the validator and the form so what one accepts the other can store.
export const WORKSHEET_LIMITS = {
  shortText: 200,
  longText: 5000,
  parties: 50,
  actions: 100,
  /** Larger than any real dispute, small enough that sums stay exact in a double. */
  maxAmount: 1e13,
  maxMonths: 600,
  maxRatePercent: 100,
} as const;
