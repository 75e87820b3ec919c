import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toolbarButtonOf } from '../../../entrypoints/background/toolbar-button';

// The toolbar button is `action` in Chrome (MV3) and `browserAction` in Firefox (MV2). The badge
// goes through one adapter; here the background's platform runs against each browser's shape.

const calls: string[] = [];
const fakeButton = (name: string) => ({
  setBadgeBackgroundColor: vi.fn(
    async ({ color }: { color: string }) => void calls.push(`${name}.color ${color}`),
  ),
  setBadgeText: vi.fn(async ({ text }: { text: string }) => void calls.push(`${name}.text ${text}`)),
  setTitle: vi.fn(async ({ title }: { title: string }) => void calls.push(`${name}.title ${title}`)),
  getBadgeText: vi.fn(async () => ''),
  getTitle: vi.fn(async () => ''),
});

const current: { browser: Record<string, unknown> } = { browser: {} };
vi.mock('wxt/browser', () => ({
  get browser() {
    return current.browser;
  },
}));

beforeEach(() => {
  calls.length = 0;
});

describe('toolbarButtonOf', () => {
  it('is `action` in Chrome MV3', () => {
    const action = fakeButton('action');
    expect(toolbarButtonOf({ action })).toBe(action);
  });
  it('is `browserAction` in Firefox MV2, where `action` is undefined', () => {
    const browserAction = fakeButton('browserAction');
    expect(toolbarButtonOf({ action: undefined, browserAction })).toBe(browserAction);
  });
  it('prefers `action` when a browser has both', () => {
    const action = fakeButton('action');
    expect(toolbarButtonOf({ action, browserAction: fakeButton('browserAction') })).toBe(action);
  });
  it('says so when a browser has neither', () => {
    expect(() => toolbarButtonOf({})).toThrow(/neither action nor browserAction/);
  });
});

describe('the background platform sets the badge through the adapter', () => {
  const badge = { text: '3', color: '#c62828', title: 'MCF Desk: 3 commandes' };

  it('in Firefox (browserAction only)', async () => {
    current.browser = { browserAction: fakeButton('browserAction') };
    const { browserPlatform } = await import('../../../entrypoints/background/platform');
    await browserPlatform.setBadge(badge);
    expect(calls).toEqual([
      'browserAction.color #c62828',
      'browserAction.text 3',
      'browserAction.title MCF Desk: 3 commandes',
    ]);
  });

  it('in Chrome (action)', async () => {
    current.browser = { action: fakeButton('action') };
    const { browserPlatform } = await import('../../../entrypoints/background/platform');
    await browserPlatform.setBadge(badge);
    expect(calls).toEqual(['action.color #c62828', 'action.text 3', 'action.title MCF Desk: 3 commandes']);
  });
});
