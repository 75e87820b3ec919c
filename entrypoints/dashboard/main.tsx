// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { render } from 'preact';
import { App } from './App';
import './dashboard.css';

render(<App />, document.getElementById('app') as HTMLElement);
