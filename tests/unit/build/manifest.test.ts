import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

// Builds the real extension (Chrome MV3 and Firefox) into a temporary folder and checks what a
// store reviewer and a seller would read: exactly these permissions and these hosts.

const EXPECTED_PERMISSIONS = ['alarms', 'notifications', 'storage', 'unlimitedStorage'];
const EXPECTED_HOSTS = [
  'https://sellercentral-europe.amazon.com/*',
  'https://sellercentral-japan.amazon.com/*',
  'https://sellercentral.amazon.ca/*',
  'https://sellercentral.amazon.co.uk/*',
  'https://sellercentral.amazon.com.be/*',
  'https://sellercentral.amazon.com.mx/*',
  'https://sellercentral.amazon.com.tr/*',
  'https://sellercentral.amazon.com/*',
  'https://sellercentral.amazon.de/*',
  'https://sellercentral.amazon.es/*',
  'https://sellercentral.amazon.fr/*',
  'https://sellercentral.amazon.ie/*',
  'https://sellercentral.amazon.it/*',
  'https://sellercentral.amazon.nl/*',
  'https://sellercentral.amazon.pl/*',
  'https://sellercentral.amazon.se/*',
];

interface Manifest {
  manifest_version: number;
  name: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  icons?: Record<string, string>;
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
}

let outDir: string;
const manifests: Record<string, Manifest> = {};

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mcf-desk-manifest-'));
  for (const browser of ['chrome', 'firefox'] as const) {
    await build({ browser, outDir });
  }
  manifests.chrome = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));
  manifests.firefox = JSON.parse(readFileSync(join(outDir, 'firefox-mv2', 'manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('built Chrome manifest', () => {
  it('asks for exactly the permissions and hosts MCF Desk needs', () => {
    const m = manifests.chrome as Manifest;
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(EXPECTED_PERMISSIONS);
    expect([...(m.host_permissions ?? [])].sort()).toEqual(EXPECTED_HOSTS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });
  it('exposes only the order-page module and the page-capture bundle it loads, to Seller Central pages only, by a per-session URL', () => {
    const m = manifests.chrome as Manifest;
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['order-page.js', 'page-capture.js'],
        matches: expect.arrayContaining(EXPECTED_HOSTS),
        use_dynamic_url: true,
      },
    ]);
    const [entry] = m.web_accessible_resources as { matches: string[] }[];
    expect([...(entry?.matches ?? [])].sort()).toEqual(EXPECTED_HOSTS);
  });
  it('runs content scripts on Seller Central hosts only', () => {
    const m = manifests.chrome as Manifest;
    for (const script of m.content_scripts ?? []) {
      expect(script.matches.every((match) => EXPECTED_HOSTS.includes(match))).toBe(true);
    }
  });
  it('is localised and has its icons', () => {
    const m = manifests.chrome as Manifest;
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });
});

type FirefoxManifest = Omit<Manifest, 'content_scripts'> & {
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
  background?: { scripts?: string[]; persistent?: boolean; service_worker?: string };
  browser_action?: { default_popup?: string; default_title?: string };
  action?: unknown;
  content_scripts?: { matches: string[]; world?: string }[];
};

describe('built Firefox manifest', () => {
  it('keeps the same permissions, hosts and an add-on id', () => {
    const m = manifests.firefox as FirefoxManifest;
    // Firefox MV2 lists hosts among permissions.
    expect([...(m.permissions ?? [])].sort()).toEqual([...EXPECTED_HOSTS, ...EXPECTED_PERMISSIONS].sort());
    expect(m.browser_specific_settings?.gecko?.id).toBe('mcf-desk@mcf-desk.invalid');
  });
  it('needs Firefox 128, the first to run a content script in the main world, which it does', () => {
    const m = manifests.firefox as FirefoxManifest;
    expect(m.browser_specific_settings?.gecko?.strict_min_version).toBe('128.0');
    expect((m.content_scripts ?? []).some((script) => script.world === 'MAIN')).toBe(true);
  });
  it('declares that it collects no data', () => {
    const m = manifests.firefox as FirefoxManifest;
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('exposes no file to web pages (MV2 would expose it to every site)', () => {
    expect((manifests.firefox as FirefoxManifest).web_accessible_resources).toBeUndefined();
  });
  it('has a toolbar button as `browser_action` (the code reaches it through one adapter)', () => {
    const m = manifests.firefox as FirefoxManifest;
    expect(m.manifest_version).toBe(2);
    expect(m.action).toBeUndefined();
    expect(m.browser_action?.default_popup).toBe('popup.html');
  });
  it('runs the background as an event page, with the lifetime of Chrome’s service worker', () => {
    const m = manifests.firefox as FirefoxManifest;
    expect(m.background).toEqual({ scripts: ['background.js'], persistent: false });
  });
});

describe('built bundles', () => {
  const scripts = (dir: string): string[] =>
    readdirSync(join(outDir, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, dir, file), 'utf8'));

  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    it(`${dir}: no bundle calls the Function constructor (zod runs jitless, its probe is left out)`, () => {
      for (const code of scripts(dir)) expect(code).not.toMatch(/(?<![\w$.])Function\s*\(/);
    });
    it(`${dir}: zod is told jitless wherever it is bundled`, () => {
      const all = scripts(dir).join('\n');
      // zod is in the background, the extension pages and the order-page module.
      expect(all).toContain('jitless');
      expect(all).toMatch(/jitless:!0/);
    });
  }
});
