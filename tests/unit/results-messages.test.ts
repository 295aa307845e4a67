// Reason phrases read as written in each language.
import { describe, expect, it } from 'vitest';
import { resultsMessages } from '../../src/ui/results/results.messages.ts';

describe('results messages', () => {
  it('French elides "parce que" before a vowel, and only there', () => {
    expect(resultsMessages.fr.because('un avocat veut autre chose')).toBe('parce qu’un avocat veut autre chose');
    expect(resultsMessages.fr.because('il faut une décision')).toBe('parce qu’il faut une décision');
    expect(resultsMessages.fr.because('la confidentialité compte pour vous')).toBe(
      'parce que la confidentialité compte pour vous',
    );
  });
});
