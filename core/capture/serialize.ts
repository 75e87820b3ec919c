import {
  COMMENT_NODE,
  childrenOf,
  DOCTYPE_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  FRAGMENT_NODE,
  isOwnUi,
  TEXT_NODE,
} from './walk';

// A page written back as one self-contained HTML file, as the reader sees it: open shadow roots
// as declarative shadow DOM (`<template shadowrootmode="open">` first in their host), custom
// elements kept as elements, nothing that runs or loads (scripts, frames, plugins, `on*`
// handlers, `javascript:` URLs, stylesheets, images' sources) and, of the styles, only what
// decides whether something shows. Iterative: pages may nest thousands of levels. Comments are
// dropped (they may hold anything, and they would end our own header early), and so are
// templates and datalists, which never show.

/** What decides whether an element shows, as `getComputedStyle` says it. */
export interface ComputedVisibility {
  display: string;
  visibility: string;
}

export interface SerializeOptions {
  /** The text written for a text node (before escaping). Default: its data. */
  text?: (node: Text) => string;
  /** The value written for an attribute (before escaping). Default: its value. */
  attribute?: (element: Element, name: string, value: string) => string;
  /**
   * When given, computed hiddenness becomes an inline `display:none` / `visibility:hidden` and
   * stylesheets are dropped; without it, a stylesheet keeps its rules that hide something.
   */
  getComputedStyle?: (element: Element) => ComputedVisibility | null | undefined;
}

/** Elements left out with everything in them. */
const DROPPED = new Set([
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'link',
  'base',
  'meta',
  'plaintext',
  'xmp',
  'noembed',
  'noframes',
  // Suggestions typed before (recent recipients), never shown as the page.
  'datalist',
  // SVG animation can set an attribute (an `href`) to a script URL.
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'handler',
  'listener',
]);
/** SVG elements whose `href` loads a resource: kept only when it points inside the file. */
const LOADING_HREF = new Set(['image', 'use', 'feimage']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Attributes that load something or carry secrets: a capture opened later must load nothing. */
const DROPPED_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'srcdoc',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'ping',
  'nonce',
  'integrity',
  'imagesrcset',
  'codebase',
  'archive',
  'manifest',
]);
/** Inline style properties that decide whether, and how much of, something shows. */
const KEPT_STYLE = new Set([
  'display',
  'visibility',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'overflow',
  'overflow-x',
  'overflow-y',
  'opacity',
  'content-visibility',
]);
const SAFE_STYLE_VALUE = /^[-\w\s.%#(),!]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the HTML syntax forbids control characters in attribute names
const ATTRIBUTE_NAME = /^[^\s"'>/=\u0000-\u001f\u007f]+$/;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;
/** What a URL is once its control characters and spaces are gone (as browsers read it). */
const SCRIPT_URL = /^(?:javascript|vbscript|livescript):/i;

export function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}

export const isScriptUrl = (value: string): boolean =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip control characters and spaces in a URL's scheme
  SCRIPT_URL.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));

/** The declarations of an inline style that decide visibility. */
export function visibilityStyle(style: string): string[] {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!KEPT_STYLE.has(property) || !SAFE_STYLE_VALUE.test(value) || /url|expression/i.test(value)) continue;
    kept.push(`${property}:${value}`);
  }
  return kept;
}

/**
 * The rules of a stylesheet that hide something (`display:none`, `visibility:hidden`), nothing
 * else. Rules inside `@media` and other conditional blocks are left out: they may only apply in
 * print or on another screen; `@layer` and `@supports` blocks are read.
 */
export function hidingRules(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  const blocks = [text];
  while (blocks.length > 0) {
    const block = blocks.pop()!;
    let i = 0;
    while (i < block.length) {
      const open = block.indexOf('{', i);
      const semicolon = block.indexOf(';', i);
      // A statement at-rule (@import, @charset…) ends at its semicolon.
      if (
        semicolon >= 0 &&
        (open < 0 || semicolon < open) &&
        block.slice(i, semicolon).trim().startsWith('@')
      ) {
        i = semicolon + 1;
        continue;
      }
      if (open < 0) break;
      let depth = 1;
      let close = open + 1;
      for (; close < block.length && depth > 0; close++) {
        if (block[close] === '{') depth++;
        else if (block[close] === '}') depth--;
      }
      const prelude = block.slice(i, open).trim();
      const body = block.slice(open + 1, close - 1);
      i = close;
      if (prelude.startsWith('@')) {
        if (/^@(layer|supports)\b/i.test(prelude)) blocks.push(body);
        continue;
      }
      // `<` could close the style element; the others cannot be part of a selector we keep.
      if (prelude === '' || prelude.length > 1000 || /[<{}\\]/.test(prelude)) continue;
      const declarations = body.toLowerCase();
      if (/(^|;)\s*display\s*:\s*none\s*(!\s*important\s*)?(;|$)/.test(declarations))
        out.push(`${prelude}{display:none}`);
      if (/(^|;)\s*visibility\s*:\s*hidden\s*(!\s*important\s*)?(;|$)/.test(declarations))
        out.push(`${prelude}{visibility:hidden}`);
    }
  }
  return out.join('\n');
}

type Step = { node: Node } | { close: string };

/** The page `doc` as one HTML document string (no header). */
export function serializePage(doc: Document, options: SerializeOptions = {}): string {
  return `<!DOCTYPE html>\n${serializeNode(doc.documentElement ?? doc, options)}\n`;
}

/** One node and what it shows, serialized without recursion. */
export function serializeNode(root: Node, options: SerializeOptions = {}): string {
  const out: string[] = [];
  const textOf = options.text ?? ((node: Text) => node.data);
  const attributeOf = options.attribute ?? ((_: Element, __: string, value: string) => value);
  const computed = options.getComputedStyle;
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      out.push(step.close);
      continue;
    }
    const node = step.node;
    switch (node.nodeType) {
      case TEXT_NODE:
        out.push(escapeText(textOf(node as Text)));
        continue;
      case COMMENT_NODE:
      case DOCTYPE_NODE:
        continue;
      case DOCUMENT_NODE:
      case FRAGMENT_NODE: {
        const children = childrenOf(node);
        for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
        continue;
      }
      case ELEMENT_NODE:
        break;
      default:
        continue;
    }
    const element = node as Element;
    const name = element.localName;
    if (isOwnUi(element) || DROPPED.has(name.toLowerCase()) || !TAG_NAME.test(name)) continue;
    // A template is never shown: what it holds (a review's full text, a dialog quoting it) would
    // be a second copy of the page to clean. A shadow root the parser did not attach stays.
    if (name === 'template' && !element.hasAttribute('shadowrootmode')) continue;
    if (name === 'style') {
      if (computed) continue;
      const rules = hidingRules(element.textContent ?? '');
      if (rules) out.push(`<style>${rules}</style>`);
      continue;
    }
    out.push(`<${name}${attributesOf(element, attributeOf, computed)}>`);
    if (name === 'head') out.push('<meta charset="utf-8">');
    if (VOID.has(name)) continue;
    stack.push({ close: `</${name}>` });
    const children = childrenOf(element);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.nodeType === FRAGMENT_NODE && child === element.shadowRoot) {
        stack.push({ close: '</template>' });
        stack.push({ node: child });
        stack.push({ close: '<template shadowrootmode="open">' });
      } else stack.push({ node: child });
    }
  }
  return out.join('');
}

function attributesOf(
  element: Element,
  attributeOf: (element: Element, name: string, value: string) => string,
  computed: SerializeOptions['getComputedStyle'],
): string {
  let out = '';
  const hiddenInput =
    element.localName === 'input' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden';
  let style: string[] = [];
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name;
    const lower = name.toLowerCase();
    if (!ATTRIBUTE_NAME.test(name) || lower.startsWith('on') || DROPPED_ATTRIBUTES.has(lower)) continue;
    if (lower === 'style') {
      style = visibilityStyle(attribute.value);
      continue;
    }
    // Hidden inputs carry the page's tokens (CSRF and session), never something the reader reads.
    if (hiddenInput && lower === 'value') continue;
    if (element.localName === 'template' && lower === 'shadowrootmode') continue;
    if (isScriptUrl(attribute.value)) continue;
    if ((lower === 'href' || lower === 'xlink:href') && LOADING_HREF.has(element.localName.toLowerCase()))
      if (!attribute.value.trim().startsWith('#')) continue;
    const value = attributeOf(element, name, attribute.value);
    if (isScriptUrl(value)) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  const shown = computed?.(element);
  if (shown) {
    style = style.filter((d) => !d.startsWith('display:') && !d.startsWith('visibility:'));
    if (shown.display === 'none') style.push('display:none');
    else if (shown.visibility === 'hidden' || shown.visibility === 'collapse')
      style.push('visibility:hidden');
  }
  if (style.length > 0) out += ` style="${escapeAttribute(style.join(';'))}"`;
  return out;
}
