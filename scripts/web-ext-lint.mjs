// Runs Mozilla's add-on linter (`web-ext lint`) on the built Firefox extension and fails on any
// error, and on any warning or notice that is not one of the few listed below with the reason it
// must stay. Each allowed warning is pinned by its code, its message and the source it points at,
// so that a new warning of the same kind elsewhere (say, our own innerHTML) still fails.
// Usage: node scripts/web-ext-lint.mjs [extension dir]  (default: $MCF_DESK_OUT_DIR/firefox-mv2)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** @typedef {{ code: string, message: string, description?: string, file?: string, line?: number, column?: number }} LintMessage */

/** Warnings that stay, and why (the README quotes these reasons). */
export const ALLOWED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /^Unsafe assignment to innerHTML /,
    // Preact's renderer: `dangerouslySetInnerHTML` support, in every Preact bundle.
    source: /\.innerHTML=\w+\.__html/,
    reason:
      "Preact's own renderer (its dangerouslySetInnerHTML support). MCF Desk never uses dangerouslySetInnerHTML: page text is rendered as text.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /^Unsafe call to import for argument 0 /,
    source: /import\(\w+\.runtime\.getURL\(`\/order-page\.js`\)\)/,
    reason:
      "The content script loads the extension's own order-page module with import(browser.runtime.getURL('/order-page.js')), only on pages that may show an order: a constant, packaged file, not a dynamic value.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /^Unsafe call to import for argument 0 /,
    source: /import\(\w+\.runtime\.getURL\(`\/page-capture\.js`\)\)/,
    reason:
      "The order-page module loads the extension's own page-capture bundle with import(browser.runtime.getURL('/page-capture.js')), only when the seller asks for a capture: a constant, packaged file, not a dynamic value.",
  },
  {
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    message: /data_collection_permissions/,
    reason:
      'Firefox 128–139 ignore data_collection_permissions (introduced in 140); 128 is the real floor (main-world content scripts), so the key is declared for 140+ and harmless before.',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    message: /data_collection_permissions/,
    reason: 'The same for Firefox for Android 128–141 (the key arrived in 142).',
  },
];

/** The source text a message points at (minified files: one long line, so a window around the column). */
function sourceAt(dir, { file, line, column }) {
  if (!file || !line) return '';
  const path = join(dir, file);
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8').split('\n')[line - 1] ?? '';
  const at = Math.max(0, (column ?? 1) - 1);
  return text.slice(Math.max(0, at - 200), at + 200);
}

/** Splits the linter's messages into allowed (with their rule) and refused. */
export function judge(dir, messages) {
  const allowed = [];
  const refused = [];
  for (const m of messages) {
    const rule = ALLOWED.find(
      (a) =>
        a.code === m.code &&
        a.message.test(`${m.message} ${m.description ?? ''}`) &&
        (!a.source || a.source.test(sourceAt(dir, m))),
    );
    if (rule) allowed.push({ m, rule });
    else refused.push(m);
  }
  return { allowed, refused };
}

function where(m) {
  return m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '';
}

function main() {
  const dir = resolve(process.argv[2] ?? join(process.env.MCF_DESK_OUT_DIR ?? '.output', 'firefox-mv2'));
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`web-ext lint: no built Firefox extension in ${dir} (run \`npm run build:firefox\`)`);
    process.exit(1);
  }
  const started = Date.now();
  let out;
  try {
    out = execFileSync(
      process.execPath,
      [
        'node_modules/web-ext/bin/web-ext.js',
        'lint',
        '--source-dir',
        dir,
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    // web-ext exits non-zero when the linter finds errors; its JSON report is still on stdout.
    out = error.stdout ?? '';
    if (!out.trim().startsWith('{')) throw error;
  }
  const report = JSON.parse(out);
  const errors = report.errors ?? [];
  const { allowed, refused } = judge(dir, [...(report.warnings ?? []), ...(report.notices ?? [])]);
  for (const m of errors) console.error(`  error ${m.code}${where(m)}: ${m.message}`);
  for (const m of refused) console.error(`  warning ${m.code}${where(m)}: ${m.message}`);
  for (const { m, rule } of allowed) console.log(`  kept ${m.code}${where(m)}: ${rule.reason}`);
  const unused = ALLOWED.filter((rule) => !allowed.some((a) => a.rule === rule));
  for (const rule of unused)
    console.log(`  note: allowed ${rule.code} no longer occurs; remove it from the list`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const line = `web-ext lint: ${errors.length} errors, ${refused.length} warnings not allowed, ${allowed.length} allowed (${seconds} s)`;
  if (errors.length || refused.length) {
    console.error(line);
    process.exit(1);
  }
  console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
