import { For } from 'solid-js';
import { isLocale, localeName } from '../../i18n/locale.ts';
import { appMessages } from '../app/app.messages.ts';
import { locale, LOCALES, setLocale, t } from '../app/i18n.ts';

/** Each language named in itself (with its own lang), so a person who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  return (
    // aria-label rather than a wrapping label: a wrapping label would add every option's name to the select's name.
    <div class="language-switch">
      <select
        aria-label={t(appMessages).language}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLocale(next)) void setLocale(next);
        }}
      >
        <For each={LOCALES}>
          {(code) => (
            <option value={code} lang={code} selected={locale() === code}>
              {localeName(code)}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
