import { carrierNamedIn } from '../../carrier-names';

// A shipment told in a sentence instead of labelled fields: "Package 1 of 1 was shipped on
// 28.11.2024 with DHL from the logistics center LEJ1", "Versandt am 27/11/2024 mit BRT",
// "Colis expédié le 26 nov. 2024 par Colissimo". Pages translated by the browser turn a page's
// labels into such sentences. Only a sentence that starts by saying so, in the past, of a parcel:
// help texts ("Packages shipped on … may show…"), warnings ("could not be shipped on…"), returns
// ("le retour a été expédié le…") and message footers ("Mensaje enviado el … por Amazon") are not.

const SHIPPED_WORD =
  '(?:shipped|dispatched|despatched|versandt|verschickt|versendet|exp[ée]di[ée]e?s?|envoy[ée]e?s?|enviad[oa]s?|despachad[oa]s?|spedit[oaie]|inviat[oaie])';
/** A parcel as a sentence's subject: "Package 1 of 2", "Your parcel", "Le colis", "Das Paket". */
const PARCEL =
  '(?:(?:the|your|le|votre|ton|das|ihr|dein|el|su|tu|il|lo|la|tuo|vostro)\\s+)?(?:packages?|parcels?|shipments?|colis|envois?|pakete?|sendungs?|sendungen|paquetes?|bultos?|env[ií]os?|pacc(?:o|hi)|spedizion[ei]|collo|colli)' +
  '(?:\\s+(?:n[°º.]?\\s*)?\\d{1,2}(?:\\s*(?:/|of|sur|von|de|di|su)\\s*\\d{1,2})?)?';
const AUXILIARY =
  '(?:(?:was|were|has been|have been|a été|ont été|wurde|wurden|fue|fueron|ha sido|han sido|è stato|è stata|sono stati|sono state)\\s+)?';
/** Groups: 1 the date's text, 2 what follows the joiner. */
const SHIPPED_ON_WITH = new RegExp(
  `^(?:${PARCEL}\\s+${AUXILIARY})?${SHIPPED_WORD}\\s+(?:on|am|le|el|il)\\s+(.{4,40}?)\\s*,?\\s+` +
    '(?:with|by|via|through|mit|über|per|par|avec|con|por|mediante|tramite|da)\\s+(\\S.*)$',
  'iu',
);
/** Words of a forecast, a condition, a negation or a return: the sentence tells no shipment of this order. */
const NOT_A_SHIPMENT =
  /\b(?:will|expected|scheduled|estimated|planned|may|might|if|should|could|not|voraussichtlich|geplant|wird|werden|kann|sollte|falls|nicht|sera|seront|pr[ée]vu|estim[ée]|peut|pourrait|devrait|si|pas|será|serán|previst[oa]|estimad[oa]|puede|podría|debería|no(?![.º°])|sar[àa]|saranno|può|potrebbe|dovrebbe|non|returns?|retours?|r[üu]cksendung|retoure|devoluci[oó]n|resi|reso)\b/iu;

export interface ShippedSentence {
  date: string;
  carrier: string;
}

/** The ship date's text and the carrier a line tells, or null. */
export function shippedSentence(text: string): ShippedSentence | null {
  if (text.length > 200 || NOT_A_SHIPMENT.test(text)) return null;
  const match = SHIPPED_ON_WITH.exec(text.trim());
  if (!match) return null;
  // The carrier is named first after the joiner ("with DHL from the logistics center…"); "Amazon"
  // alone is the marketplace as often as the carrier.
  const carrier = carrierNamedIn((match[2] as string).split(/\s+/).slice(0, 3).join(' '));
  return carrier && carrier !== 'Amazon' ? { date: (match[1] as string).trim(), carrier } : null;
}
