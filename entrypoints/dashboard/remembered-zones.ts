import { SELLER_CENTRAL_HOSTS } from '../../core/marketplaces';

// The time zones of the orders the table last showed, remembered in this page's own storage (the
// extension's origin) so that the next opening makes their day lookups while its database opens:
// a zone's first lookup builds an `Intl` formatter, about a millisecond inside the first rows'
// render otherwise. Only the marketplaces' own zones are kept.

const KEY = 'mcf-desk:time-zones';
const ZONES: ReadonlySet<string> = new Set(Object.values(SELLER_CENTRAL_HOSTS).map((m) => m.timeZone));

export function rememberedZones(storage?: Pick<Storage, 'getItem'>): string[] {
  try {
    const stored: unknown = JSON.parse((storage ?? localStorage).getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((zone): zone is string => ZONES.has(zone)) : [];
  } catch {
    // Storage refused, or not JSON: nothing to prepare.
    return [];
  }
}

/** Remembers the zones of the rows shown, when they are not already the ones remembered. */
export function rememberZones(zones: Iterable<string>, storage?: Pick<Storage, 'getItem' | 'setItem'>): void {
  const kept = [...new Set(zones)].filter((zone) => ZONES.has(zone)).sort();
  try {
    const store = storage ?? localStorage;
    const value = JSON.stringify(kept);
    if (kept.length > 0 && store.getItem(KEY) !== value) store.setItem(KEY, value);
  } catch {
    // Only a hint for the next opening.
  }
}
