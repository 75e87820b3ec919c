import { normalizeLabel } from './text';

// Carriers that deliver MCF parcels on the five marketplaces and in the US, by the names pages
// print. Teach mode knows a carrier's name is a value, never a label; the reader finds a carrier
// named inside a sentence that holds a tracking number ("Track with UPS: 1Z…").

export const CARRIER_NAMES: readonly string[] = [
  'Amazon',
  'Amazon Logistics',
  'Amazon Shipping',
  'Colissimo',
  'Chronopost',
  'La Poste',
  'Mondial Relay',
  'Relais Colis',
  'Colis Privé',
  'DPD',
  'DHL',
  'Deutsche Post',
  'Deutsche Post DHL',
  'DHL Express',
  'Hermes',
  'Evri',
  'GLS',
  'UPS',
  'FedEx',
  'TNT',
  'USPS',
  'OnTrac',
  'Royal Mail',
  'Parcelforce',
  'Correos',
  'Correos Express',
  'SEUR',
  'MRW',
  'Nacex',
  'CTT Express',
  'Poste Italiane',
  'BRT',
  'SDA',
];

const byNormalized = new Map(CARRIER_NAMES.map((name) => [normalizeLabel(name), name]));

/** Whether a whole text is a carrier's name. */
export const isCarrierName = (text: string): boolean => byNormalized.has(normalizeLabel(text));

/** The carrier a short text names as a whole word ("Track with UPS" → UPS), the longest name; else none. */
export function carrierNamedIn(text: string): string | undefined {
  const words = ` ${normalizeLabel(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let found: [string, string] | undefined;
  for (const entry of byNormalized)
    if (words.includes(` ${entry[0]} `) && entry[0].length > (found?.[0].length ?? 0)) found = entry;
  return found?.[1];
}
