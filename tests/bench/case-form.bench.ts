import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { locateCaseForm } from '../../core/support/find-case-form';
import { loadPage } from '../unit/page/load-fixture';

// How long the contact-page script's look for the case form takes (it runs after each batch of
// the page's mutations, at most every 250 ms, while it waits): the native English fixture form
// below a Help Hub page of 2,000 other elements (links, buttons, one search box), and the same
// page before the form is drawn (the look that finds nothing, the common case while waiting).
// Run: npx vitest bench --run tests/bench/case-form.bench.ts

const form = readFileSync(join(process.cwd(), 'tests/fixtures/support-forms/native-en.html'), 'utf8');
const body = form
  .slice(form.indexOf('<body>') + 6, form.indexOf('</body>'))
  .replace(/<script>[\s\S]*?<\/script>/g, '');
const noise = Array.from(
  { length: 500 },
  (_, i) =>
    `<div class="topic"><a href="#t${i}">Topic ${i}</a><span>Help ${i}</span><button>Open ${i}</button></div>`,
).join('');
const url = 'https://sellercentral.amazon.com/help/hub/support';
const withForm = (await loadPage(`<!doctype html><html><body>${noise}${body}</body></html>`, url)).document;
const withoutForm = (await loadPage(`<!doctype html><html><body>${noise}</body></html>`, url)).document;

let _sink = 0;
describe('locateCaseForm on a 2,000-element Help Hub page', () => {
  bench('form drawn (found)', () => {
    _sink += locateCaseForm(withForm).ok ? 1 : 0;
  });
  bench('form not drawn yet (nothing found)', () => {
    _sink += locateCaseForm(withoutForm).ok ? 1 : 0;
  });
});
