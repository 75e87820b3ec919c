import type { PageReading } from '../../core/messages/background';

/** A reading's identity without the time it was seen: the same page read twice sends nothing. */
export function readingSignature(reading: PageReading): string {
  return JSON.stringify(reading, (key, value) => (key === 'seenAt' ? undefined : value));
}
