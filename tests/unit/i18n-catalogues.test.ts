// Missing translations are caught here, not by a user: every catalogue in src/ has every English key in every locale.
import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locale.ts';
import type { Messages } from '../../src/i18n/messages.ts';
import { bundles, catalogues, messagesIn, TRANSLATED_LOCALES } from './locale-texts.ts';

describe('message catalogues', () => {
  it('are found (files named *.messages.ts), each under its own id', () => {
    expect(catalogues.length).toBeGreaterThan(20);
    const ids = catalogues.map((c) => c.catalogue.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every locale of the list has a bundle, and every bundle is a locale of the list', () => {
    expect([...bundles.keys()].sort()).toEqual([...TRANSLATED_LOCALES].sort());
    expect(LOCALES).toContain(SOURCE_LOCALE);
  });

  it.each(TRANSLATED_LOCALES)('%s translates every catalogue and nothing else', (locale) => {
    const bundle = bundles.get(locale)!;
    expect(Object.keys(bundle).sort()).toEqual(catalogues.map((c) => c.catalogue.id).sort());
  });

  it.each(catalogues.map((c) => [c.name, c.catalogue] as const))(
    '%s has every key in every locale, none empty',
    (_name, catalogue) => {
      const english = Object.keys(catalogue.en).sort();
      for (const locale of LOCALES) {
        const messages: Messages = messagesIn(catalogue, locale) ?? {};
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
      const bad = Object.entries(messagesIn(catalogue, 'fr')).flatMap(([key, message]) => {
        const text =
          typeof message === 'string'
            ? message
            : String((message as (...v: unknown[]) => string)(...Array.from({ length: message.length }, () => 'X')));
        return BREAKABLE.test(text) ? [`${key}: ${text}`] : [];
      });
      expect(bad).toEqual([]);
    },
  );

  it.each(['rules', 'questions', 'scenarios'])('data/i18n/fr/%s.json: no breakable space either', (file) => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(frenchData[`../../data/i18n/fr/${file}.json`]);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((text) => BREAKABLE.test(text))).toEqual([]);
  });
});

const frenchData = import.meta.glob<unknown>('../../data/i18n/fr/*.json', { eager: true, import: 'default' });
