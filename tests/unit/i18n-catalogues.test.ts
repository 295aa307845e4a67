// Missing translations are caught here, not by a user: every catalogue in src/ has every English key in every locale.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.ts';
import type { Catalogue, Messages } from '../../src/i18n/messages.ts';

const modules = import.meta.glob<Record<string, unknown>>('../../src/**/*.messages.ts', { eager: true });

function isCatalogue(value: unknown): value is Catalogue<Messages> {
  return (
    typeof value === 'object' &&
    value !== null &&
    LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'object')
  );
}

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalogue(value))
    .map(([name, value]) => ({
      name: `${file.replace('../../', '')}#${name}`,
      catalogue: value as Catalogue<Messages>,
    })),
);

describe('message catalogues', () => {
  it('are found (files named *.messages.ts)', () => {
    expect(catalogues.length).toBeGreaterThan(0);
  });

  it.each(catalogues.map((c) => [c.name, c.catalogue] as const))(
    '%s has every key in every locale, none empty',
    (_name, catalogue) => {
      const english = Object.keys(catalogue.en).sort();
      for (const locale of LOCALES) {
        const messages = catalogue[locale];
        expect(Object.keys(messages).sort(), `keys of ${locale}`).toEqual(english);
        for (const key of english) {
          const message = messages[key]!;
          const source = catalogue.en[key]!;
          expect(typeof message, `${locale}.${key}`).toBe(typeof source);
          if (typeof message === 'string') expect(message.trim(), `${locale}.${key} is empty`).not.toBe('');
          else
            expect(message.length, `${locale}.${key} takes other values than English`).toBe(
              (source as (...v: never[]) => string).length,
            );
        }
      }
    },
  );
});

describe('French typography', () => {
  // A space before : ; ? ! and inside « » must not break: an ordinary one lets the sign start a line.
  const BREAKABLE = /(?: [:;?!»])|(?:« )/;
  it.each(catalogues.map((c) => [c.name, c.catalogue] as const))(
    '%s: no breakable space before : ; ? ! or inside « »',
    (_name, catalogue) => {
      const bad = Object.entries(catalogue.fr).flatMap(([key, message]) => {
        const text =
          typeof message === 'string'
            ? message
            : String((message as (...v: unknown[]) => string)(...Array.from({ length: message.length }, () => 'X')));
        return BREAKABLE.test(text) ? [`${key}: ${text}`] : [];
      });
      expect(bad).toEqual([]);
    },
  );
});
