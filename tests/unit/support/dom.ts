import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The support case-form fixtures (tests/fixtures/support-forms) in happy-dom: the body without its
// scripts (happy-dom does not run them as a browser does), and a late form's template drawn here.

export function loadSupportFixture(name: string): Document {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/support-forms', name), 'utf8');
  document.body.innerHTML = html
    .slice(html.indexOf('<body>') + 6, html.indexOf('</body>'))
    .replace(/<script>[\s\S]*?<\/script>/g, '');
  return document;
}

/** Draws a fixture's `<template>` into its `#app`, as the page's script does after a while. */
export function drawTemplate(id: string): void {
  const template = document.getElementById(id) as HTMLTemplateElement;
  document.getElementById('app')?.replaceChildren(template.content.cloneNode(true));
}
