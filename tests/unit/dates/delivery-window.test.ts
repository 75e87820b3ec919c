import { describe, expect, it } from 'vitest';
import { parseMarketplaceDateTime } from '../../../core/dates/date-time';

// A delivery estimate printed with the hours of its window: the day is the one printed (the
// window is on the marketplace's own clock), never no date at all.
describe('a day followed by a delivery window', () => {
  it.each([
    ['Thu, Dec 5, 2024 between 8 AM and 12 PM', 'en-US', 'America/New_York', '2024-12-05'],
    ['5 Dec 2024, between 07:00 and 13:00', 'en-GB', 'Europe/London', '2024-12-05'],
    ['ven. 6 déc. 2024 entre 8 h et 13 h', 'fr-FR', 'Europe/Paris', '2024-12-06'],
    ['Fr., 06.12.2024, zwischen 8:00 und 12:00 Uhr', 'de-DE', 'Europe/Berlin', '2024-12-06'],
    ['vie, 6 dic 2024, entre las 16:00 y las 20:00', 'es-ES', 'Europe/Madrid', '2024-12-06'],
    ['06/12/2024, dalle 9:00 alle 13:00', 'it-IT', 'Europe/Rome', '2024-12-06'],
  ])('%s', (text, locale, zone, day) => {
    expect(parseMarketplaceDateTime(text, locale, zone)).toBe(day);
  });

  it('refuses hours that are no hours', () => {
    expect(
      parseMarketplaceDateTime('Thu, Dec 5, 2024 between 27 and 30', 'en-US', 'America/New_York'),
    ).toBeNull();
  });
});
