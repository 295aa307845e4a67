// The "How Olé works" page is read by lawyers and trainers in French too: its typography must be right.
import { describe, expect, it } from 'vitest';
import { messagesIn } from './locale-texts.ts';
import { howMessages } from '../../src/ui/pages/how.messages.ts';

describe('How Olé works, in French', () => {
  it('puts a no-break space before : ; ? ! and inside « »', () => {
    const wrong = Object.entries(messagesIn(howMessages, 'fr')).filter(([, text]) =>
      /[^\u00a0][:;?!]|«[^\u00a0]|[^\u00a0]»/u.test(text),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });
});
