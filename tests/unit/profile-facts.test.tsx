// @vitest-environment jsdom
// A profile says what users weigh (availability, fees, background, safeguarding) and in which language its texts are.
import { render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { CertificationStatus } from '../../src/domain/registry/certification-status.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { CompareTable } from '../../src/ui/directory/CompareTable.tsx';
import { DigestView } from '../../src/ui/directory/DigestView.tsx';
import { WeighedFacts } from '../../src/ui/directory/WeighedFacts.tsx';
import { availabilityText } from '../../src/ui/directory/weighed-text.ts';
import { makeDigest, makeProfile } from './helpers/make-feed.ts';

const current: CertificationStatus = { listed: true, certified: true, revoked: false, digest: 'current', reasons: [] };
const weighed = makeProfile('w', {
  availability: { takingNewCases: false, from: '2099-03' },
  fees: { basis: 'daily', band: 'medium' },
  backgrounds: ['engineer', 'lawyer'],
  safeguardingTrained: true,
  shuttle: true,
});
const facts = (profile = weighed) => {
  const { container, unmount } = render(() => (
    <dl>
      <WeighedFacts profile={profile} />
    </dl>
  ));
  const text = [...container.querySelectorAll('div')].map((d) => d.textContent);
  unmount();
  return text;
};

describe('what users weigh, on a profile', () => {
  afterEach(() => setLocale('en'));

  it('writes each stated fact, and leaves out what the profile does not state', () => {
    expect(facts()).toEqual([
      'AvailabilityTaking new cases from March 2099',
      'FeesMid-range fees, by the dayThe bands are the registry’s own, relative to fees where this mediator works: ask for the amount.',
      'Professional backgroundEngineer and Lawyer',
      'SafeguardingTrained in safeguarding · offers shuttle mediation, with the parties apart',
    ]);
    expect(facts(makeProfile('plain'))).toEqual([]);
  });

  it('counts a month that has come as taking new cases, and says when someone is not taking any', () => {
    const from = makeProfile('f', { availability: { takingNewCases: false, from: '2026-11' } });
    expect(availabilityText(from, '2026-10-31')).toBe('Taking new cases from November 2026');
    expect(availabilityText(from, '2026-11-01')).toBe('Taking new cases');
    expect(availabilityText(makeProfile('n', { availability: { takingNewCases: false } }), '2026-11-01')).toBe(
      'Not taking new cases',
    );
  });

  it('in French and Spanish', () => {
    setLocale('fr');
    expect(facts()[0]).toBe('DisponibilitéAccepte de nouveaux dossiers à partir de mars 2099');
    expect(facts()[2]).toBe('Parcours professionnelIngénieur et Avocat ou juriste');
    setLocale('es');
    expect(facts()[1]).toMatch(/^HonorariosHonorarios medios, por díaLas franjas/);
  });

  it('puts them in the compare view, saying what a profile does not state', () => {
    const { container } = render(() => (
      <CompareTable
        entries={[
          { profile: weighed, status: current },
          { profile: makeProfile('plain', { name: 'Plain' }), status: current },
        ]}
      />
    ));
    const row = (title: string) =>
      [...container.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === title);
    expect([...row('Fees')!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Mid-range fees, by the day',
      'Not stated',
    ]);
    expect(row('Availability')).toBeDefined();
    expect(row('Professional background')).toBeDefined();
    expect(row('Safeguarding')).toBeDefined();
  });
});

describe('the language a text is published in', () => {
  afterEach(() => setLocale('en'));
  const digest = { ...makeDigest('w'), language: 'en' };

  it('is said in French and Spanish when the digest is in English, and marked on the text', () => {
    setLocale('fr');
    const fr = render(() => <DigestView digest={digest} status={current} />);
    expect(fr.container.textContent).toContain('Synthèse publiée en anglais.');
    expect(fr.container.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
    fr.unmount();
    setLocale('es');
    const es = render(() => <DigestView digest={digest} status={current} />);
    expect(es.container.textContent).toContain('Resumen publicado en inglés.');
  });

  it('is not said when it is the interface’s language, or not known', () => {
    const en = render(() => <DigestView digest={digest} status={current} />);
    expect(en.container.textContent).not.toContain('published in');
    en.unmount();
    setLocale('fr');
    const unknown = render(() => <DigestView digest={makeDigest('w')} status={current} />);
    expect(unknown.container.textContent).not.toContain('publiée');
  });
});
