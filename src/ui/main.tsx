import { render } from 'solid-js/web';
import { applyTheme, savedOrSystemTheme } from './app/theme.ts';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/components.css';
// All styles in the first stylesheet: a lazy page that injects its own makes the whole page restyle when it lands.
import './styles/results.css';
import './styles/directory.css';
import './styles/worksheet.css';
import './styles/workshop.css';
import './styles/together.css';

applyTheme(savedOrSystemTheme());
render(() => <App />, document.getElementById('root')!);
