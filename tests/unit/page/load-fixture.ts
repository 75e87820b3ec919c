import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURE_DIR = join(__dirname, '../../fixtures/pages');

/**
 * Attaches `<template shadowrootmode="open">` as open shadow roots, innermost first, as Chromium's
 * parser does natively (declarative shadow DOM) and happy-dom's does not.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    const content = (template as HTMLTemplateElement).content;
    attachDeclarativeShadowRoots(content);
    if (host && !host.shadowRoot && template.getAttribute('shadowrootmode') === 'open') {
      host.attachShadow({ mode: 'open' }).appendChild(content);
    }
    template.remove();
  }
}

export interface LoadedPage {
  document: Document;
  window: Window;
}

/**
 * Parses a page as the browser would show it at `url`. Scripts do not run unless `runScripts`
 * (for the late-rendered fixture, whose inline script builds the page after load); network
 * loads are off either way.
 */
export async function loadPage(html: string, url: string, { runScripts = false } = {}): Promise<LoadedPage> {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: runScripts,
      // Our own fixtures only: the script of the late-rendered page is trusted test data.
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  attachDeclarativeShadowRoots(document);
  if (runScripts) await window.happyDOM.waitUntilComplete();
  return { document, window };
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}
