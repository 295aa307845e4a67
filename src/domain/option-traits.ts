// The closed vocabularies an option's characteristics use in the rules pack.
export const FAMILIES = ['consensual', 'advisory', 'adjudicative', 'hybrid'] as const;
export const BINDING = ['no', 'by-agreement', 'by-contract', 'interim', 'yes'] as const;
export const PRIVATE = ['yes', 'usually', 'no'] as const;
export const COSTS = ['low', 'medium', 'high'] as const;
