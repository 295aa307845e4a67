// The analysis as a plain-text table for people reading a terminal.
import type { Analysis } from '../domain/analysis.ts';
import type { OptionEstimate, PartEstimate } from '../domain/costs/estimate.ts';
import { becauseText, reasonSentence } from '../domain/explain.ts';
import type { PlaceNotes } from '../domain/place-notes.ts';
import type { RulesPack } from '../domain/rules-pack.ts';

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

const UNKNOWN = {
  'needs-amount': 'needs the amount claimed in figures',
  'place-unknown': 'depends on where',
  'place-not-covered': "we don't know for this jurisdiction",
  'no-source': "we don't know for this jurisdiction",
  'not-for-this-case': 'no published figure for a case of this size or kind here',
} as const;

function partText(p: PartEstimate, percentOf = '% of the total'): string {
  if (!p.known) return UNKNOWN[p.why];
  return p.ranges
    .map((r) => {
      const [low, high] = [Math.floor(r.low), Math.ceil(r.high)];
      const value = low === high ? String(low) : `${low}-${high}`;
      const unit = r.unit === 'percent' ? percentOf : ` ${r.unit}`;
      const cites = r.used.map((u) => `${u.stat}, ${u.source.citation}, ${u.year}`).join('; ');
      return `${value}${unit} [${cites}]`;
    })
    .join(' + ');
}

/** How often it settles, printed only where a source gives it: most processes have none. */
const settles = (e: OptionEstimate) => (e.settles.known ? [`settles: ${partText(e.settles, '% of cases')}`] : []);

function costLines(e: OptionEstimate | undefined): string[] {
  if (!e) return [];
  const parts = [e.fees, e.partyCosts, e.time];
  if (parts.every((p) => !p.known)) {
    const texts = new Set(parts.map((p) => partText(p)));
    if (texts.size === 1) return [`cost and time: ${[...texts][0]}`, ...settles(e)];
  }
  return [
    `fees: ${partText(e.fees)}`,
    `own costs: ${partText(e.partyCosts)}`,
    `time: ${partText(e.time)}`,
    ...settles(e),
  ];
}

export function analysisTable(
  analysis: Analysis,
  rules: RulesPack,
  place: PlaceNotes,
  costs: Readonly<Record<string, OptionEstimate>> = {},
): string {
  const rows = analysis.options.map((o) => [
    o.id,
    o.available ? (o.tiedWith.length ? `=${o.sharedRank}` : String(o.sharedRank)) : '-',
    rules.options[o.id].name,
    (o.score > 0 ? '+' : '') + String(o.score),
    o.available
      ? [
          o.leads ? 'first for safety' : '',
          ...o.lacks.map((g) => `lacks an essential: ${rules.essentials?.find((e) => e.goal === g)?.lacks ?? g}`),
        ]
          .filter(Boolean)
          .join('; ') || 'available'
      : `unavailable: ${o.unavailable.map((g) => g.reason).join(' ')}`,
    o.reasons
      .slice(0, 3)
      .map((r) => reasonSentence(rules, o.id, r))
      .join('; '),
    o.cautions.length ? `caution: ${o.cautions.map((c) => c.text).join(' ')}` : '',
  ]);
  const nameWidth = Math.max(6, ...rows.map((r) => r[2]!.length));
  const lines = [`Olé case analysis (rules ${analysis.rulesVersion}; ratings: ${rules.ratingsLabel})`, ''];
  if (analysis.protection) {
    lines.push(
      `${analysis.protection.title.toUpperCase()}: ${analysis.protection.text}`,
      ...analysis.protection.steps.map((s) => `  - ${s}`),
      '',
    );
  }
  lines.push(
    'Stages: ruled out -> safety first -> essential goals -> scores -> ties ("=" marks options about as good as each other,',
    `within ${rules.scoring.tieMargin ?? 0} points in the same stage)`,
    ...analysis.stageRules.map((r) => `  ${r.kind === 'lead' ? 'first' : 'held'}: ${r.reason}`),
    '',
    `${padStart('#', 3)}  ${pad('Option', nameWidth)}  ${padStart('Score', 5)}  Status / reasons`,
  );
  for (const [id, rank, name, score, status, reasons, caution] of rows) {
    lines.push(`${padStart(rank!, 3)}  ${pad(name!, nameWidth)}  ${padStart(score!, 5)}  ${status}`);
    const indent = ' '.repeat(nameWidth + 14);
    if (reasons) lines.push(indent + reasons);
    if (caution) lines.push(indent + caution);
    for (const line of costLines(costs[id!])) lines.push(indent + line);
  }
  if (analysis.sensitivity.length) {
    lines.push('', 'What would change the top option:');
    for (const s of analysis.sensitivity.slice(0, 8)) {
      const change = becauseText(rules, s.newTop, { source: s.factor, value: s.to, points: 0 }) ?? '';
      const from = s.from === undefined ? 'not answered' : JSON.stringify(s.from);
      lines.push(
        `  ${s.factor}: ${from} -> ${JSON.stringify(s.to)} (${change}): ${rules.options[s.newTop].name} comes first`,
      );
    }
  }
  if (analysis.firmness) {
    const f = analysis.firmness;
    lines.push(
      '',
      f.robust
        ? `Firm: none of the ${f.checked} unanswered factors, at any value, changes the top option.`
        : 'Not firm: these unanswered factors could change the top option:',
    );
    for (const u of f.unsure)
      lines.push(
        `  ${u.factor} = ${u.to.map((v) => JSON.stringify(v)).join(' or ')}: ${u.newTops.map((id) => rules.options[id].name).join(', ')}`,
      );
  }
  if (place.known) {
    lines.push('', `Where it would be decided: ${place.name} (checked ${place.checked})`);
    for (const n of place.notes) {
      const what =
        n.kind === 'treaty'
          ? `${n.treaty}: ${n.party === true ? `in force${n.since ? ` since ${n.since}` : ''}` : n.party === false ? 'not in force' : 'not confirmed'}`
          : n.text;
      lines.push(`  ${n.kind}: ${what}${n.citation ? ` [${n.citation}, ${n.year}]` : ''}`);
    }
  } else
    lines.push(
      '',
      place.other
        ? 'Where it would be decided: a country Olé has no data for; nothing ruled out for the place.'
        : 'Where it would be decided: not sure; nothing ruled out for the place, it depends on where.',
    );
  if (analysis.unanswered.length) lines.push('', `Not answered: ${analysis.unanswered.join(', ')}`);
  return lines.join('\n');
}
