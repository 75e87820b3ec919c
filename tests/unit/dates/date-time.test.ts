import { describe, expect, it } from 'vitest';
import { parseMarketplaceDateTime } from '../../../core/dates/date-time';

// Dates printed with a time of day: the calendar day in the marketplace's zone.

describe('parseMarketplaceDateTime', () => {
  it.each([
    // No zone: the page's clock is the marketplace's, the day printed stands.
    ['3 dic 2024, 14:32', 'it-IT', 'Europe/Rome', '2024-12-03'],
    ['Dec 3, 2024 11:45 PM', 'en-US', 'America/Los_Angeles', '2024-12-03'],
    ['Fr., 06.12.2024, bis 20:00 Uhr', 'de-DE', 'Europe/Berlin', '2024-12-06'],
    ['3 déc. 2024 à 14h32', 'fr-FR', 'Europe/Paris', '2024-12-03'],
    // The marketplace's own zone: still the day printed, past midnight included.
    ['04.12.2024, 00:15 MEZ', 'de-DE', 'Europe/Berlin', '2024-12-04'],
    ['4 déc. 2024 à 00:20 UTC+1', 'fr-FR', 'Europe/Paris', '2024-12-04'],
    ['3 de diciembre de 2024 a las 9:05 (GMT+01:00)', 'es-ES', 'Europe/Madrid', '2024-12-03'],
    // Another zone: converted. 23:30 UTC on the 3rd is the 4th in Paris; 11:45 PM PST stays the 3rd in LA.
    ['3 déc. 2024 à 23:30 UTC', 'fr-FR', 'Europe/Paris', '2024-12-04'],
    ['Dec 3, 2024 11:45 PM PST', 'en-US', 'America/Los_Angeles', '2024-12-03'],
    ['Dec 4, 2024 2:10 AM EST', 'en-US', 'America/Los_Angeles', '2024-12-03'],
    // Plain dates are read as before.
    ['03.12.2024', 'de-DE', 'Europe/Berlin', '2024-12-03'],
    ['Di. 03.12.2024', 'de-DE', 'Europe/Berlin', '2024-12-03'],
  ])('"%s" (%s, %s) is %s', (text, locale, zone, day) => {
    expect(parseMarketplaceDateTime(text, locale, zone, '2024-12-05')).toBe(day);
  });

  it.each([
    '12:30',
    '3 déc. 2024 à 25:10',
    '3 déc. 2024 à 10:75',
    'Dec 3, 2024 13:45 PM',
    '3 déc. 2024 à 10:00 XYZ',
    'Colis 12.30 kg',
  ])('reads no day from "%s"', (text) => {
    expect(parseMarketplaceDateTime(text, 'fr-FR', 'Europe/Paris', '2024-12-05')).toBeNull();
  });
});
