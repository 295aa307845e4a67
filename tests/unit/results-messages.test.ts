// Reason phrases read as written in each language.
import { describe, expect, it } from 'vitest';
import { messagesIn } from './locale-texts.ts';
import { resultsMessages } from '../../src/ui/results/results.messages.ts';

const fr = messagesIn(resultsMessages, 'fr');

describe('results messages', () => {
  it('French elides "parce que" before a vowel, and only there', () => {
    expect(fr.because('un avocat veut autre chose')).toBe('parce qu’un avocat veut autre chose');
    expect(fr.because('il faut une décision')).toBe('parce qu’il faut une décision');
    expect(fr.because('la confidentialité compte pour vous')).toBe('parce que la confidentialité compte pour vous');
  });
});
