// The dispute-resolution option ids: a contract (more may be added, none renamed).
export const OPTION_IDS = [
  'negotiation',
  'mediation-facilitative',
  'mediation-evaluative',
  'conciliation',
  'early-neutral-evaluation',
  'mini-trial',
  'expert-determination',
  'adjudication',
  'dispute-board',
  'arbitration',
  'expedited-arbitration',
  'med-arb',
  'arb-med-arb',
  'litigation',
  'online-dispute-resolution',
  'investor-state-mediation',
  'ombudsman',
] as const;

export type OptionId = (typeof OPTION_IDS)[number];
