import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// No word the seller reads is written in a component: every one comes from a text table, so
// that every language has it. Scans components/**/*.tsx for JSX text and for string literals
// given to the attributes a seller reads (title, aria-label, placeholder, alt, label, value of
// a button), directly or as `{'…'}`.

const ROOT = 'components';
/** Attributes whose text is read by the seller or a screen reader. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label']);
/** Words that are the same in every language. */
const ALLOWED = new Set(['MCF Desk', 'Swiship', 'RMA', 'SKU', 'ASIN', 'FNSKU', 'CSV', 'JSON']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Text with letters in it, once the allowed words are taken out. */
function hasWords(text: string): boolean {
  let rest = text;
  for (const word of ALLOWED) rest = rest.replaceAll(word, '');
  return /\p{L}{2,}/u.test(rest);
}

function strayStrings(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literalText = (node: ts.Node | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isJsxExpression(node)) return literalText(node.expression);
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    if (ts.isTemplateExpression(node))
      return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${at(node)} text "${node.text.trim()}"`);
    if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text = literalText(node.expression);
      if (text !== undefined && hasWords(text)) found.push(`${at(node)} text {"${text}"}`);
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      const text = literalText(node.initializer);
      if (READ_ATTRIBUTES.has(name) && text !== undefined && hasWords(text))
        found.push(`${at(node)} ${name}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI strings', () => {
  const files = tsxFiles(ROOT);

  it('scans every component', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('are all written in the text tables, none in a component', () => {
    expect(files.flatMap(strayStrings)).toEqual([]);
  });

  it('the scan finds a stray string (self-check)', () => {
    const found = strayStrings('tests/unit/i18n/stray-sample.tsx.txt');
    expect(found.map((f) => f.replace(/^.*?:\d+ /, ''))).toEqual([
      'text "Hello there"',
      'text {"Literal child"}',
      'title="A tooltip"',
      'aria-label="Close the panel"',
      'placeholder="Type here"',
    ]);
  });
});
