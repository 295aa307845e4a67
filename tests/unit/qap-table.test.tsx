// @vitest-environment jsdom
// The Standards page's table of assessment programmes names what each programme assesses, in the interface's language.
import { render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { QapTable } from '../../src/ui/directory/QapTable.tsx';
import qaps from '../fixtures/feeds/good/standards/qaps.json';

describe('QapTable', () => {
  afterEach(() => setLocale('en'));

  it('shows certification names, never their ids', () => {
    setLocale('en');
    const { container } = render(() => <QapTable qaps={qaps as never} />);
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(qaps.qaps.length);
    const first = rows[0]!.querySelectorAll('td');
    expect(first[0]!.textContent).toBe('Demo QAP — UK and Ireland');
    expect(first[2]!.textContent).toBe('IMI Certified Mediator and Mediation Advocate');
    expect(container.textContent).not.toMatch(/certified-mediator|mediation-advocate/);
  });

  it('in French and Spanish too', () => {
    setLocale('fr');
    const { container, unmount } = render(() => <QapTable qaps={qaps as never} />);
    expect(container.querySelector('tbody td:nth-child(3)')!.textContent).toMatch(/^Médiateur certifié IMI et /);
    unmount();
    setLocale('es');
    const es = render(() => <QapTable qaps={qaps as never} />);
    expect(es.container.querySelector('tbody td:nth-child(3)')!.textContent).toMatch(/^Mediador certificado IMI y /);
  });
});
