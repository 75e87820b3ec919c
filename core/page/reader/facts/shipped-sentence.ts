import { carrierNamedIn } from '../../carrier-names';

// A shipment told in a sentence instead of labelled fields: "Package 1 of 1 was shipped on
// 28.11.2024 with DHL from the logistics center LEJ1", "Versandt am 27/11/2024 mit BRT",
// "Colis expédié le 26 nov. 2024 par Colissimo". Pages translated by the browser turn a page's
// labels into such sentences. Only past tense: "will be shipped on…" is a forecast.

/** "shipped on <date> with <carrier>" in five languages. Groups: 1 the date's text, 2 what follows the joiner. */
const SHIPPED_ON_WITH =
  /\b(?:shipped|dispatched|despatched|sent|versandt|verschickt|versendet|exp[ée]di[ée]e?s?|envoy[ée]e?s?|enviad[oa]s?|despachad[oa]s?|spedit[oaie]|inviat[oaie])\s+(?:on|am|le|el|il)\s+(.{4,40}?)\s*,?\s+(?:with|by|via|through|mit|über|per|par|avec|con|por|mediante|tramite|da)\s+(\S.*)$/iu;
/** Words of a forecast or a plan: the date is not a shipping date yet. */
const FORECAST =
  /\b(?:will|expected|scheduled|estimated|planned|voraussichtlich|geplant|wird|werden|sera|seront|pr[ée]vu|estim[ée]|será|serán|previst[oa]|estimad[oa]|sar[àa]|saranno)\b/iu;

export interface ShippedSentence {
  date: string;
  carrier: string;
}

/** The ship date's text and the carrier a line tells, or null. */
export function shippedSentence(text: string): ShippedSentence | null {
  if (text.length > 200 || FORECAST.test(text)) return null;
  const match = SHIPPED_ON_WITH.exec(text);
  if (!match) return null;
  // The carrier is named first after the joiner ("with DHL from the logistics center…").
  const carrier = carrierNamedIn((match[2] as string).split(/\s+/).slice(0, 3).join(' '));
  return carrier ? { date: (match[1] as string).trim(), carrier } : null;
}
