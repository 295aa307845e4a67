// Cases a person would answer, for the specs that need a whole case.

// Amara's case: a supplier she wants to keep, privacy matters, both still talk.
export const SUPPLIER_CASE = {
  'q.area': 'A contract between businesses',
  'q.amount': 'Medium: matters to a small business',
  'q.escalation': '2. Debate: we argue and each tries to win the point',
  'q.cross-border': 'No',
  'q.clause': 'No',
  'q.relationship': 'Essential',
  'q.control': 'Very important',
  'q.precedent': 'Not important',
  'q.vindication': 'Not important',
  'q.willing': 'Open to it',
  'q.cost': 'Very important',
  'q.speed': 'Very important',
  'q.privacy': 'Very important',
  'q.communication': 'Quite a lot',
  'q.emotions': 'A little',
  'q.safety': 'No',
  'q.urgent': 'No',
};
