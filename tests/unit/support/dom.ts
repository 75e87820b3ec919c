import { loadFixtureBody } from '../return-form/dom';

// The support case-form fixtures (tests/fixtures/support-forms) in happy-dom: the body without its
// scripts (happy-dom does not run them as a browser does), and a late form's template drawn here.

export const loadSupportFixture = (name: string): Document => loadFixtureBody(name, 'support-forms');

/** Draws a fixture's `<template>` into its `#app`, as the page's script does after a while. */
export function drawTemplate(id: string): void {
  const template = document.getElementById(id) as HTMLTemplateElement;
  document.getElementById('app')?.replaceChildren(template.content.cloneNode(true));
}
