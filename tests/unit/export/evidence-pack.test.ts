import { describe, expect, it } from 'vitest';
import { claimText } from '../../../core/claims/claim-text';
import { escapeHtml, evidencePack } from '../../../core/export/evidence-pack';
import { EVIDENCE_TEXTS, evidenceSaveBy } from '../../../core/export/evidence-texts';
import { LANGS } from '../../../core/i18n/lang';
import { OrderSchema } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';

const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };
const NOW = new Date('2024-04-20T10:00:00Z');
const HOSTILE = '<script>alert(1)</script><img src="https://evil.example/x.png" onerror="x()">';

const lost = OrderSchema.parse({
  sellerFulfillmentOrderId: '402-1234567-1234567',
  displayableOrderId: 'SHOP-1001',
  marketplace: FR,
  items: [{ sellerSku: 'MUG-RED', quantity: 2, asin: 'B0TESTASIN', title: HOSTILE }],
  shipments: [
    {
      amazonShipmentId: 'DchKfcZ9N',
      fulfillmentShipmentStatus: 'SHIPPED',
      shippingDate: '2024-04-01',
      estimatedArrivalDate: '2024-04-03',
      packages: [
        {
          carrierCode: '"><link rel=stylesheet href=http://evil.example/a.css>',
          trackingNumber: '0987<6543>210',
          currentStatus: 'IN_TRANSIT',
          events: [{ code: 'EVENT_101', date: '2024-04-01', description: HOSTILE }],
        },
      ],
    },
  ],
  provenance: {
    'shipments.0.shippingDate': { source: 'page', seenAt: '2024-04-02T08:00:00Z' },
    'shipments.0.packages.0.trackingNumber': { source: 'report', seenAt: '2024-04-03T09:30:00Z' },
  },
});

const damaged = OrderSchema.parse({
  ...lost,
  shipments: [
    {
      ...lost.shipments[0],
      packages: [
        {
          carrierCode: 'DPD',
          trackingNumber: '09876543210',
          events: [{ code: 'EVENT_405', date: '2024-04-02' }],
        },
      ],
    },
  ],
});

const history = [
  {
    at: '2024-04-05T07:00:00Z',
    source: 'report',
    changes: [{ path: 'shipments.0.packages.0.currentStatus', from: 'PENDING', to: HOSTILE }],
    conflicts: [],
  },
  {
    at: '2024-04-02T08:00:00Z',
    source: 'page',
    created: true as const,
    fields: 12,
    changes: [],
    conflicts: [],
  },
];
const checklist = {
  steps: {
    'lost.swiship': { done: true, at: '2024-04-12T10:00:00Z' },
    'lost.case-id': { done: true, at: '2024-04-13T10:00:00Z', note: `CASE-77 ${HOSTILE}` },
  },
};

function pack(order = lost, lang: (typeof LANGS)[number] = 'fr') {
  const result = evidencePack({
    key: '-/FR/402-1234567-1234567',
    order,
    findings: assessOrder(order, NOW).findings,
    checklist,
    history,
    firstSeen: { at: '2024-04-02T08:00:00Z', source: 'page', fields: 12 },
    lang,
    caseLang: 'de',
    now: NOW,
  });
  if (!result) throw new Error('no pack');
  return result;
}

describe('evidence pack', () => {
  it('holds every section: facts, tracking with the Swiship link, timeline, provenance, checklist, case text', () => {
    const { html, fileName } = pack();
    for (const id of ['facts', 'tracking', 'timeline', 'provenance', 'checklist', 'case-text', 'reminder'])
      expect(html, id).toContain(`data-section="${id}"`);
    expect(html).not.toContain('data-section="photos"');
    expect(html).toContain('402-1234567-1234567');
    expect(html).toContain('SHOP-1001');
    expect(html).toContain('sellercentral.amazon.fr (FR)');
    expect(html).toContain('0987&lt;6543&gt;210');
    expect(html).toContain('href="https://www.swiship.com/track?id=0987%3C6543%3E210&amp;loc=fr-FR"');
    // The timeline: creation then the report's change, in time order, with their sources.
    expect(html.indexOf('Commande vue pour la première fois (12 valeurs)')).toBeLessThan(
      html.indexOf('shipments.0.packages.0.currentStatus: PENDING'),
    );
    expect(html).toContain('rapport Amazon');
    expect(html).toContain('page de la commande');
    // Provenance of each field with its time in the marketplace's zone.
    expect(html).toContain('shipments.0.packages.0.trackingNumber');
    expect(html).toContain('(Europe/Paris)');
    // The checklist's ticked steps and the case id.
    expect(html).toContain('data-step="swiship" data-done="true"');
    expect(html).toContain('CASE-77');
    expect(html).toMatch(/data-step="open-case">/);
    // The case text in the case-text language, escaped.
    const text = claimText(
      lost,
      assessOrder(lost, NOW).findings.find((f) => f.kind === 'lost-claimable')!,
      'de',
    );
    expect(html).toContain(escapeHtml(text));
    expect(html).toContain('lang="de"');
    // Reminder: ship date + 90 days.
    expect(evidenceSaveBy(lost, assessOrder(lost, NOW).findings)).toBe('2024-06-30');
    expect(html).toContain('Enregistrez le dossier de preuves avant le 30 juin 2024');
    expect(fileName).toBe('mcf-desk-evidence-402-1234567-1234567-2024-04-20.html');
  });

  it('adds the photo checklist for damage, in the case-text language', () => {
    const { html } = pack(damaged);
    expect(html).toContain('data-section="photos"');
    expect(html).toContain('Fotos des ganzen Artikels');
    expect(html).toContain('Endommagée');
    expect(html).toContain('beschädigte Multi-Channel-Versand-Bestellung');
  });

  it('escapes hostile text: no script, no element or resource from a value', () => {
    for (const order of [lost, damaged]) {
      const { html } = pack(order);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img|<link|<iframe|<object|<embed/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      // Every "<" left is markup of the builder (values have theirs escaped): no event handler,
      // and the only http(s) addresses are plain links (href of <a>) to Swiship.
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.length).toBeGreaterThan(20);
      for (const tag of tags) {
        expect(tag).not.toMatch(/\son\w+\s*=/i);
        for (const match of tag.matchAll(/(src|href|action|data|poster|srcset)\s*=\s*"([^"]*)"/gi)) {
          expect(match[1]?.toLowerCase()).toBe('href');
          expect(tag.startsWith('<a ')).toBe(true);
          expect(match[2]).toMatch(/^https:\/\/www\.swiship\.com\//);
        }
      }
      expect(html).not.toMatch(/url\(/i);
      expect(html).not.toMatch(/@import/i);
      expect(html).toContain("default-src 'none'");
    }
  });

  it('is written in each of the five languages, and not at all for an order with nothing to claim', () => {
    for (const lang of LANGS) {
      const { html } = pack(lost, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(escapeHtml(EVIDENCE_TEXTS[lang].sections.timeline));
    }
    const fresh = OrderSchema.parse({
      ...lost,
      shipments: [{ ...lost.shipments[0], shippingDate: '2024-04-18', estimatedArrivalDate: '2024-04-25' }],
    });
    expect(
      evidencePack({
        key: 'k-1',
        order: fresh,
        findings: assessOrder(fresh, NOW).findings,
        checklist: { steps: {} },
        history: [],
        lang: 'en',
        caseLang: 'en',
        now: NOW,
      }),
    ).toBeNull();
    expect(evidenceSaveBy(fresh, assessOrder(fresh, NOW).findings)).toBeUndefined();
  });
});
