// Message catalogues: one per feature; English is the source and every other locale must carry exactly its keys.
import type { Locale } from './locale.ts';

/** A message is a string, or a function of its values for interpolation and plurals. */
export type Message = string | ((...values: never[]) => string);
export type Messages = { readonly [key: string]: Message };
export type Catalogue<T extends Messages> = { readonly [L in Locale]: T };

/** A translation has English's keys, strings for strings and functions of the same values for functions. */
export type Translation<T extends Messages> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] };

/** Declares a feature's catalogue from its English messages and their translations (a missing key fails the typecheck). */
export function defineMessages<T extends Messages>(
  en: T,
  translations: { readonly [L in Exclude<Locale, 'en'>]: NoInfer<Translation<T>> },
): Catalogue<T> {
  return { en, ...translations } as Catalogue<T>;
}
