import { createSignal } from 'solid-js';
import { t } from '../app/i18n.ts';
import { currentTheme, saveTheme } from '../app/theme.ts';
import { layoutMessages } from './layout.messages.ts';

/** Switches between light and dark; main.tsx applied the saved or system theme before the first render. */
export function ThemeToggle() {
  const [theme, setTheme] = createSignal(currentTheme());
  const toggle = () => {
    const next = theme() === 'dark' ? 'light' : 'dark';
    saveTheme(next);
    setTheme(next);
  };
  return (
    <button type="button" class="theme-toggle" aria-pressed={theme() === 'dark'} onClick={toggle}>
      <span aria-hidden="true">◐</span>
      <span class="visually-hidden">{t(layoutMessages).darkTheme}</span>
    </button>
  );
}
