// @vitest-environment jsdom
// A shared shortlist names who is no longer listed and why, instead of dropping them without a word.
import { render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { goneFromShortlist } from '../../src/domain/registry/shortlist-gone.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { goneText, ShortlistGone } from '../../src/ui/directory/ShortlistGone.tsx';
import { entry, revoked } from './helpers/directory-entries.ts';
import { makeProfile } from './helpers/make-feed.ts';

const listed = entry(makeProfile('m-ok', { name: 'Ola Listed' }));
const stale = entry(makeProfile('m-stale', { name: 'Sam Stale' }), '2023-01-01');
const lapsed = entry(makeProfile('m-lapsed', { name: 'Lee Lapsed' }), null);
const withdrawn = revoked(makeProfile('m-revoked', { name: 'Rae Revoked' }));

describe('who on a shortlist is no longer listed', () => {
  afterEach(() => setLocale('en'));

  it('keeps the listed (a stale digest is flagged on the list, not dropped)', () => {
    expect(goneFromShortlist('m-ok', listed, undefined)).toBeUndefined();
    expect(goneFromShortlist('m-stale', stale, undefined)).toBeUndefined();
  });

  it('names the revoked, the no longer listed, and says which ids this device does not hold', () => {
    expect(goneFromShortlist('m-revoked', withdrawn, undefined)).toEqual({
      id: 'm-revoked',
      name: 'Rae Revoked',
      why: 'revoked',
      date: '2026-01-01',
      reasonCode: 'conduct',
    });
    expect(goneFromShortlist('m-lapsed', lapsed, undefined)).toMatchObject({ name: 'Lee Lapsed', why: 'not-listed' });
    const revocation = { mediatorId: 'm-gone', date: '2026-03-02', reasonCode: 'lapsed' as const };
    expect(goneFromShortlist('m-gone', undefined, revocation)).toEqual({
      id: 'm-gone',
      why: 'revoked',
      date: '2026-03-02',
      reasonCode: 'lapsed',
    });
    expect(goneFromShortlist('m-new', undefined, undefined)).toEqual({ id: 'm-new', why: 'not-held' });
  });

  it('says it in words, in every language', () => {
    const gone = goneFromShortlist('m-revoked', withdrawn, undefined)!;
    expect(goneText(gone)).toBe(
      'Rae Revoked is no longer certified: certification withdrawn on January 1, 2026 (a breach of the code of conduct).',
    );
    expect(goneText(goneFromShortlist('m-lapsed', lapsed, undefined)!)).toMatch(
      /^Lee Lapsed is no longer listed: no Feedback Digest, and the 6-month grace period/,
    );
    expect(goneText({ id: 'm-new', why: 'not-held' })).toMatch(
      /^A mediator on this list \(m-new\) is not in the registry/,
    );
    setLocale('fr');
    expect(goneText(gone)).toMatch(/^Rae Revoked n’est plus certifié\u00a0: certification retirée le 1 janvier 2026/);
    setLocale('es');
    expect(goneText(gone)).toMatch(/^Rae Revoked ya no está certificado: certificación retirada el 1 de enero de 2026/);
  });

  it('lists them under a heading, each removable from one’s own list', () => {
    const removed: string[] = [];
    const gone = [goneFromShortlist('m-revoked', withdrawn, undefined)!, { id: 'm-new', why: 'not-held' as const }];
    const { getByRole, getAllByRole } = render(() => <ShortlistGone gone={gone} onRemove={(id) => removed.push(id)} />);
    expect(getByRole('heading', { name: 'No longer listed' })).toBeTruthy();
    getAllByRole('button', { name: /Remove from the list/ })[0]!.click();
    expect(removed).toEqual(['m-revoked']);
  });
});
