// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { render } from 'preact';
import { App } from './App';
import { db } from './connection';
import { openedOrWaited } from './open-first';
import './dashboard.css';

void openedOrWaited(db.open(), 250).then(() =>
  render(<App />, document.getElementById('app') as HTMLElement),
);
