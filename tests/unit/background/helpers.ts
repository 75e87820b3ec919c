import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExtensionPage, type SenderInfo } from '../../../core/messages/sender';
import { type OrderInput, OrderSchema } from '../../../core/model/order';
import { McfDeskDb } from '../../../entrypoints/background/db';
import { createHandlers, type HandlerDeps } from '../../../entrypoints/background/handlers';
import { browserPlatform } from '../../../entrypoints/background/platform';
import { createBackground, type Platform } from '../../../entrypoints/background/service';

export const PARIS = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
export const ORDER_ID = '402-1234567-1234567';
export const ORDER_URL = `https://sellercentral.amazon.fr/orders-v3/order/${ORDER_ID}`;
export const KEY = `-/FR/${ORDER_ID}`;

export function order(fields: Partial<OrderInput> = {}) {
  return OrderSchema.parse({ sellerFulfillmentOrderId: ORDER_ID, marketplace: PARIS, ...fields });
}

/** Shipped on `shipped`, expected on `edd`, in transit with a tracking number. */
export function inTransit(shipped: string, edd: string, id = ORDER_ID) {
  return order({
    sellerFulfillmentOrderId: id,
    shipments: [
      {
        amazonShipmentId: `SHIP-${id}`,
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: shipped,
        estimatedArrivalDate: edd,
        packages: [{ trackingNumber: `TRK-${id}`, carrierCode: 'Colissimo', currentStatus: 'IN_TRANSIT' }],
      },
    ],
  });
}

/**
 * Our extension as the worker computes it (`new URL(runtime.getURL('/')).origin`). Node's URL gives
 * `null` as the origin of a `chrome-extension:` URL where Chromium gives `chrome-extension://<id>`;
 * computing it the same way keeps the comparison in `isTrustedSender` faithful.
 */
export const EXTENSION = {
  id: 'test-extension-id',
  origin: new URL('chrome-extension://test-extension-id/').origin,
};
export const POPUP: SenderInfo = { id: EXTENSION.id, url: 'chrome-extension://test-extension-id/popup.html' };
export const CONTENT_SCRIPT: SenderInfo = { id: EXTENSION.id, url: ORDER_URL, tab: { id: 7 } };

let counter = 0;
/** A fresh database in a fresh in-memory IndexedDB. */
export function freshDb(name = `test-${++counter}`) {
  return new McfDeskDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A controllable clock. */
export function clock(start: string) {
  let current = new Date(start);
  return {
    now: () => current,
    set(instant: string) {
      current = new Date(instant);
    },
  };
}

/** The real browser platform over WXT's fake browser, recording notifications and alarms. */
export function recordingPlatform(language = 'fr-FR') {
  const notifications: { id: string; title: string; message: string }[] = [];
  const alarms: number[] = [];
  const platform: Platform = {
    setBadge: (state) => browserPlatform.setBadge(state),
    async notify(id, content) {
      notifications.push({ id, ...content });
      await browserPlatform.notify(id, content);
    },
    async scheduleReviewAt(when) {
      alarms.push(when);
      await browserPlatform.scheduleReviewAt(when);
    },
    uiLanguage: () => language,
  };
  return { platform, notifications, alarms };
}

/** Everything a test needs: db, clock, platform, the background and its handlers. */
export function setup(start = '2026-03-01T09:00:00.000Z') {
  fakeBrowser.reset();
  const db = freshDb();
  const time = clock(start);
  const recorded = recordingPlatform();
  const background = createBackground({ db, now: time.now, platform: recorded.platform });
  const deps: HandlerDeps = {
    db,
    now: time.now,
    background,
    isExtensionPage: (sender) => isExtensionPage(sender, EXTENSION),
  };
  const handlers = createHandlers(deps);
  return { db, time, background, deps, handlers, ...recorded };
}

export async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}
