// @vitest-environment jsdom
import { render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { assessWorksheet } from '../../src/domain/worksheet/settlement-zone.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { SettlementChart } from '../../src/ui/worksheet/SettlementChart.tsx';
import { sampleWorksheet } from './helpers/worksheet-sample.ts';

const dots = (container: HTMLElement) =>
  [...container.querySelectorAll<SVGCircleElement>('.ws-row-self .ws-dot')].map((dot) => ({
    kind: dot.getAttribute('class')!,
    x: Number(dot.getAttribute('cx')),
  }));

describe('SettlementChart', () => {
  afterEach(() => setLocale('en'));

  it.each([
    ['en', 'right'],
    ['ar', 'left'],
  ] as const)('in %s puts more money for "self" further %s', (locale, side) => {
    setLocale(locale);
    const { container } = render(() => (
      <SettlementChart worksheet={sampleWorksheet} assessment={assessWorksheet(sampleWorksheet)} money={String} />
    ));
    const self = sampleWorksheet.sides!.self!.outcomes!;
    const best = dots(container).find((d) => d.kind.includes('best'))!;
    const worst = dots(container).find((d) => d.kind.includes('worst'))!;
    expect(self.best!.amount!).toBeGreaterThan(self.worst!.amount!);
    expect(side === 'right' ? best.x > worst.x : best.x < worst.x).toBe(true);
  });
});
