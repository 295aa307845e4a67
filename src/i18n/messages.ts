// Message catalogues: one per feature, in English, the source and the fallback. Each other locale carries a
// translation of every catalogue in src/ui/locales/<locale>/, one chunk per locale, so a page ships only its language.

/** A message is a string, or a function of its values for interpolation and plurals. */
export type Message = string | ((...values: never[]) => string);
export type Messages = { readonly [key: string]: Message };

/** A feature's English messages under the id its translations are filed by (src/ui/locales/<locale>/index.ts). */
export type Catalogue<T extends Messages> = { readonly id: string; readonly en: T };

/** A translation has English's keys, strings for strings and functions of the same values for functions. */
export type Translation<T extends Messages> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] };
export type TranslationOf<C> = C extends Catalogue<infer T> ? Translation<T> : never;

/** Declares a feature's catalogue from its English messages; translations are required by each locale's bundle type. */
export function defineMessages<T extends Messages>(id: string, en: T): Catalogue<T> {
  return { id, en };
}
