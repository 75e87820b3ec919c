import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  it('exposes only the order-page module, to Seller Central pages only, by a per-session URL', () => {
    const m = manifests.chrome as Manifest;
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['order-page.js'],
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

describe('built Firefox manifest', () => {
  it('keeps the same permissions, hosts and an add-on id', () => {
    const m = manifests.firefox as Manifest & { browser_specific_settings?: { gecko?: { id?: string } } };
    // Firefox MV2 lists hosts among permissions.
    expect([...(m.permissions ?? [])].sort()).toEqual([...EXPECTED_HOSTS, ...EXPECTED_PERMISSIONS].sort());
    expect(m.browser_specific_settings?.gecko?.id).toBe('mcf-desk@mcf-desk.invalid');
  });
});
