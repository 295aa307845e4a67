import { createSignal, onMount } from 'solid-js';
import { t } from '../app/i18n.ts';
import { layoutMessages } from './layout.messages.ts';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'ole.theme';

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follows the system until the person picks a theme; the pick is remembered on this device. */
export function ThemeToggle() {
  const [theme, setTheme] = createSignal<Theme>('light');
  const apply = (next: Theme) => {
    setTheme(next);
    document.documentElement.dataset.theme = next;
  };
  onMount(() => apply((localStorage.getItem(STORAGE_KEY) as Theme | null) ?? systemTheme()));
  const toggle = () => {
    const next = theme() === 'dark' ? 'light' : 'dark';
    localStorage.setItem(STORAGE_KEY, next);
    apply(next);
  };
  return (
    <button type="button" class="theme-toggle" aria-pressed={theme() === 'dark'} onClick={toggle}>
      <span aria-hidden="true">◐</span>
      <span class="visually-hidden">{t(layoutMessages).darkTheme}</span>
    </button>
  );
}
