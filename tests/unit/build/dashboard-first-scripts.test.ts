import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

// What the dashboard evaluates before its first rows, in the real build: the page's script and
// every chunk it imports statically (chunks imported with `import()` load later, on use). zod and
// the schemas built with it were the largest part of that (about 35 ms of the page's start-up at
// 100,000 orders, README): they must stay out of it, and so must the other tabs' code.

let chunksDir: string;
let outDir: string;
/** File name → source of every chunk the dashboard's first script reaches by static imports. */
const firstScripts = new Map<string, string>();

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g,
  ))
    found.add(match[1] as string);
  return [...found];
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mcf-desk-first-scripts-'));
  await build({ browser: 'chrome', outDir });
  chunksDir = join(outDir, 'chrome-mv3', 'chunks');
  const html = readFileSync(join(outDir, 'chrome-mv3', 'dashboard.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/chunks\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('dashboard.html names no module script');
  const queue = [entry];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (firstScripts.has(name)) continue;
    const source = readFileSync(join(chunksDir, name), 'utf8');
    firstScripts.set(name, source);
    queue.push(...staticImports(source));
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the dashboard’s first scripts', () => {
  it('are found by following the page script’s imports', () => {
    // The page script, Preact's runtime and Dexie's chunk at least.
    expect(firstScripts.size).toBeGreaterThanOrEqual(3);
    expect([...firstScripts.values()].some((source) => source.includes('Dexie'))).toBe(true);
  });

  it('build no zod schema', () => {
    // zod's classic and core schema classes are named by these strings in any build of it.
    const withSchemas = [...firstScripts].filter(
      ([, source]) => source.includes('ZodObject') || source.includes('$ZodString'),
    );
    expect(withSchemas.map(([name]) => name)).toEqual([]);
  });

  it('hold none of the other tabs’ code: the report parser, the claims tab, the backup', () => {
    const all = [...firstScripts.values()].join('\n');
    // Papa Parse's own error text, and the data-testids of the Claims and Backup tabs.
    expect(all).not.toContain('UndetectableDelimiter');
    expect(all).not.toContain('claims-list');
    expect(all).not.toContain('backup-download');
  });
});
