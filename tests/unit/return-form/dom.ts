import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorText } from '../../../core/forms/editor-text';
import { defineKatal } from '../../fixtures/return-forms/katal-imitation.js';

// DOM helpers for the return-form unit tests (happy-dom). happy-dom does not run a fixture's
// scripts the way a browser does, so pages are built here: fixture bodies without their scripts,
// and Katal components from our imitation, their shadow roots made in JS.

export function pageWindow(): Window & typeof globalThis {
  return globalThis.window as Window & typeof globalThis;
}

/** A fixture page's body (under tests/fixtures/<folder>/), without scripts, into the test document. */
export function loadFixtureBody(name: string, folder = 'return-forms'): Document {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures', folder, name), 'utf8');
  const body = html
    .slice(html.indexOf('<body>') + 6, html.indexOf('</body>'))
    .replace(/<script>[\s\S]*?<\/script>/g, '');
  // Parsed apart, then inserted whole, as a browser's parser does: a custom element already
  // defined is connected with its children (a kat-dropdown's `value="0"` needs its options).
  // happy-dom's `innerHTML` connects it before its children, and the initial value is lost.
  const template = document.createElement('template');
  template.innerHTML = body;
  document.body.replaceChildren(document.importNode(template.content, true));
  attachDeclarativeShadowRoots(document.body);
  // happy-dom selects the wrong option of a <select> parsed through innerHTML; a browser takes
  // the one marked `selected`.
  for (const option of Array.from(document.querySelectorAll<HTMLOptionElement>('option[selected]')))
    option.selected = true;
  return document;
}

/**
 * `<template shadowrootmode="open">` made into its host's shadow root, as a browser's parser does
 * (`innerHTML` leaves it a template).
 */
function attachDeclarativeShadowRoots(root: Element | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export function withKatal(): void {
  defineKatal(pageWindow());
}

/** A host element of the page's own with an open shadow root holding `html`. */
export function shadowHost(html: string, tag = 'div'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  document.body.append(host);
  return { host, root };
}

/**
 * Pages of an independently written fixture folder (tests/fixtures/<folder>), each with its
 * `.expected.json`: their names, sorted, and a reader for a page's expected file.
 */
export function independentFixtures<Expected>(folder: string): {
  pages: string[];
  expectedOf: (page: string) => Expected;
} {
  const dir = join(process.cwd(), 'tests/fixtures', folder);
  const pages = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  const expectedOf = (page: string) =>
    JSON.parse(readFileSync(join(dir, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
  return { pages, expectedOf };
}

/** A control's value as the page's own scripts see it (Katal components keep it in a property). */
export function controlValue(selector: string): string | undefined {
  const element = deepQuery(selector) as (Element & { value?: unknown }) | null;
  if (!element) return undefined;
  // A rich-text box: its text as the seller reads it.
  if (element.hasAttribute('contenteditable')) return editorText(element);
  if (typeof element.value === 'string') return element.value;
  // Not a control (a stepper's number, a listbox's option): the text the seller reads.
  return element.getAttribute('value') ?? element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** `host >>> inner`: a selector going down into open shadow roots (Puppeteer's notation). */
function deepQuery(selector: string): Element | null {
  let scope: Document | ShadowRoot = document;
  const steps = selector.split('>>>').map((step) => step.trim());
  for (const [i, step] of steps.entries()) {
    const found: Element | null = scope.querySelector(step);
    if (!found || i === steps.length - 1) return found;
    if (!found.shadowRoot) return null;
    scope = found.shadowRoot;
  }
  return null;
}
