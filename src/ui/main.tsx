import { render } from 'solid-js/web';
import { startLocale } from './app/i18n.ts';
import { applyTheme, savedOrSystemTheme } from './app/theme.ts';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/components.css';
// The case screens' styles in the first stylesheet: a lazy page that injects its own makes the whole page restyle when it
// lands. The workshop, the two-party comparison and the report bring their own: few people open them, on purpose.
import './styles/results.css';
import './styles/directory.css';
import './styles/worksheet.css';

applyTheme(savedOrSystemTheme());
// The language's texts first, so the first paint is in it and never flashes English.
void startLocale().then(() => render(() => <App />, document.getElementById('root')!));
