// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  guardScriptStartedEvent,
  scriptStartedEventName,
} from '../../../entrypoints/content/handshake-guard';

// WXT shuts a content script down when "a newer instance" announces itself by a document event the
// page can forge. The guard lets it through only when this instance has lost its runtime (the
// extension was updated or reloaded), the one case a genuine newer instance exists.

const forgeStarted = () =>
  document.dispatchEvent(
    new CustomEvent(scriptStartedEventName(), {
      detail: { contentScriptName: 'content', messageId: 'forged' },
    }),
  );

beforeEach(() => vi.stubEnv('ENTRYPOINT', 'content'));
afterEach(() => vi.unstubAllEnvs());

describe('guardScriptStartedEvent', () => {
  it('is needed: unguarded, a forged event shuts the context down', () => {
    const ctx = new ContentScriptContext('content');
    forgeStarted();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('keeps the context alive while it has its runtime', () => {
    const ctx = new ContentScriptContext('content');
    guardScriptStartedEvent(ctx);
    forgeStarted();
    forgeStarted();
    expect(ctx.signal.aborted).toBe(false);
    ctx.abort();
  });

  it('lets a newer instance shut down an orphaned one (runtime gone after an update)', () => {
    const ctx = new ContentScriptContext('content');
    guardScriptStartedEvent(ctx);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    forgeStarted();
    expect(ctx.signal.aborted).toBe(true);
  });
});
