// The analysis as a plain-text table for people reading a terminal.
import type { Analysis } from '../domain/analysis.ts';
import { becauseText, reasonSentence } from '../domain/explain.ts';
import type { RulesPack } from '../domain/rules-pack.ts';

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

export function analysisTable(analysis: Analysis, rules: RulesPack): string {
  const rows = analysis.options.map((o) => [
    String(o.rank),
    rules.options[o.id].name,
    (o.score > 0 ? '+' : '') + String(o.score),
    o.available ? 'available' : `unavailable: ${o.unavailable.map((g) => g.reason).join(' ')}`,
    o.reasons
      .slice(0, 3)
      .map((r) => reasonSentence(rules, o.id, r))
      .join('; '),
    o.cautions.length ? `caution: ${o.cautions.map((c) => c.text).join(' ')}` : '',
  ]);
  const nameWidth = Math.max(6, ...rows.map((r) => r[1]!.length));
  const lines = [
    `Olé case analysis (rules ${analysis.rulesVersion}; ratings: ${rules.ratingsLabel})`,
    '',
    `${padStart('#', 2)}  ${pad('Option', nameWidth)}  ${padStart('Score', 5)}  Status / reasons`,
  ];
  for (const [rank, name, score, status, reasons, caution] of rows) {
    lines.push(`${padStart(rank!, 2)}  ${pad(name!, nameWidth)}  ${padStart(score!, 5)}  ${status}`);
    const indent = ' '.repeat(nameWidth + 13);
    if (reasons) lines.push(indent + reasons);
    if (caution) lines.push(indent + caution);
  }
  if (analysis.sensitivity.length) {
    lines.push('', 'What would change the top option:');
    for (const s of analysis.sensitivity.slice(0, 8)) {
      const change = becauseText(rules, s.newTop, { source: s.factor, value: s.to, points: 0 }) ?? '';
      const from = s.from === undefined ? 'not answered' : JSON.stringify(s.from);
      lines.push(`  ${s.factor}: ${from} -> ${JSON.stringify(s.to)} (${change}): ${rules.options[s.newTop].name} comes first`);
    }
  }
  if (analysis.unanswered.length) lines.push('', `Not answered: ${analysis.unanswered.join(', ')}`);
  return lines.join('\n');
}
