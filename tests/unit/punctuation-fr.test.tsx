// @vitest-environment jsdom
// Parts a screen joins are joined in the reader's typography: in French, no breakable space before ; or :.
import { render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { RankedOption } from '../../src/domain/analysis.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { UnavailableList } from '../../src/ui/results/UnavailableList.tsx';

describe('joined parts in French', () => {
  afterEach(() => setLocale('en'));

  it('put a no-break space before the colon and the semicolons', () => {
    setLocale('fr');
    const option = {
      id: 'arbitration',
      unavailable: [{ reason: 'il faut une convention' }, { reason: 'l’autre partie refuse' }],
    } as unknown as RankedOption;
    const { container } = render(() => <UnavailableList options={[option]} rules={defaultRules} />);
    const text = container.textContent ?? '';
    expect(text).toContain('il faut une convention\u202f; l’autre partie refuse');
    expect(text).not.toMatch(/ [:;]/);
  });
});
