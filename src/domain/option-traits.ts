// The closed vocabularies an option's characteristics use in the rules pack.
export const FAMILIES = ['consensual', 'advisory', 'adjudicative', 'hybrid'] as const;
export const BINDING = ['no', 'by-agreement', 'by-contract', 'interim', 'yes'] as const;
export const PRIVATE = ['yes', 'usually', 'no'] as const;
export const COSTS = ['low', 'medium', 'high'] as const;
/** How soon an option usually reaches an outcome, at the short end of its time phrase: for ordering, not a forecast. */
export const SPEEDS = ['days', 'weeks', 'months', 'years'] as const;
