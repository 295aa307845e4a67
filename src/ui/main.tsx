import { render } from 'solid-js/web';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/components.css';

render(() => <App />, document.getElementById('root')!);
