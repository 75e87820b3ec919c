import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeState } from '../../../entrypoints/background/attention';
import { browserPlatform } from '../../../entrypoints/background/platform';
import { createBackground, notificationContent } from '../../../entrypoints/background/service';
import { UI_LANGUAGE_STORAGE_KEY } from '../../../entrypoints/background/storage-keys';
import { freshDb, inTransit, recordingPlatform } from './helpers';

// The badge tooltip and the notifications in the seller's language, and the `uiLanguage` setting
// handed to the order-page overlay (which cannot read the database) through storage.local.

describe('background languages', () => {
  it('the badge tooltip and a notification speak German, Spanish and Italian', () => {
    const counts = { action: 1, warning: 0, perKind: { 'lost-claimable': 1 } };
    expect(badgeState(counts, 'de').title).toBe('MCF Desk\nverloren: jetzt Erstattung beantragen: 1');
    expect(badgeState({ action: 0, warning: 0, perKind: {} }, 'es').title).toBe(
      'MCF Desk\nNingún pedido requiere atención',
    );
    const order = inTransit('2026-03-01', '2026-03-03');
    expect(notificationContent({ key: 'k', kind: 'lost-claimable', order } as never, 'it')).toEqual({
      title: `Ordine ${order.sellerFulfillmentOrderId}`,
      message: 'perso: chiedi il rimborso',
    });
  });

  it('follows the browser language, then the setting, and hands the setting to the overlay', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    const recorded = recordingPlatform('es-ES');
    const platform = { ...recorded.platform, publishUiLanguage: browserPlatform.publishUiLanguage };
    const background = createBackground({ db, now: () => new Date('2026-03-20T09:00:00Z'), platform });
    expect((await background.refreshBadge()).title).toContain('Ningún pedido');
    expect(await fakeBrowser.storage.local.get(UI_LANGUAGE_STORAGE_KEY)).toEqual({
      [UI_LANGUAGE_STORAGE_KEY]: 'auto',
    });
    const settings = await db.settings.get('app');
    await db.settings.put({ id: 'app', value: { ...(settings?.value ?? {}), uiLanguage: 'de' } as never });
    expect((await background.refreshBadge()).title).toContain('Keine Bestellung');
    expect(await fakeBrowser.storage.local.get(UI_LANGUAGE_STORAGE_KEY)).toEqual({
      [UI_LANGUAGE_STORAGE_KEY]: 'de',
    });
  });
});
