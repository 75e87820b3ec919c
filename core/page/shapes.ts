import type { FieldKey } from './labels';

// The shape each field's value must have. A value that does not fit is dropped: better a field
// reported missing than a customer's sentence read as a tracking number.

const AMAZON_ORDER_ID = /^[A-Z0-9]{3}-\d{7}-\d{7}$/;
/** Shop systems name orders "#1042" (Shopify): the sign may lead. */
const ORDER_ID = /^#?[A-Za-z0-9][A-Za-z0-9_\-#./]{2,63}$/;
const TRACKING = /^[A-Za-z0-9][A-Za-z0-9-]{5,39}$/;
const CARRIER = /^[\p{L}\p{N}][\p{L}\p{N} _.&'()-]{1,39}$/u;
/**
 * MCF shipping speeds, which pages show beside the carrier under labels like "Shipping service"
 * or "Versandart": a speed is no carrier. Whole values only ("UPS Standard" is a carrier's).
 */
/** "Not assigned yet", "Aún no asignado", "Noch nicht verfügbar": a placeholder, not a carrier's name. */
const NO_VALUE_YET =
  /^(?:n\/?a|none|unknown|pending|tbd|to be (?:assigned|confirmed)|not (?:yet )?(?:assigned|available|known)|aucun|inconnu|en attente|non (?:encore )?(?:attribué|disponible|connu)|pas encore (?:attribué|disponible|connu)|à déterminer|keine?r?|unbekannt|ausstehend|noch nicht (?:zugewiesen|verfügbar|bekannt)|wird noch (?:zugewiesen|bekannt ?gegeben|festgelegt)|(?:à|a) (?:attribuer|confirmer|venir)|por (?:asignar|confirmar)|pendiente de (?:asignar|asignación|confirmar)|in attesa di (?:assegnazione|conferma)|ninguno|desconocido|pendiente|(?:aún|todavía) no (?:asignado|disponible)|sin asignar|nessuno|sconosciuto|in attesa|non (?:ancora )?(?:assegnato|disponibile|noto)|da (?:assegnare|definire)|.*\b(?:after (?:shipping|shipment|dispatch)|nach dem versand|après (?:l'|l’)?expédition|tras el envío|después del envío|dopo la spedizione|when (?:it|the order) ships|once shipped|lors de (?:l'|l’)expédition|beim versand|al enviar|cuando se envíe|alla spedizione)\b.*|.*\b(?:will be (?:assigned|provided|available|shown)|sera (?:attribué|communiqué|disponible|affiché)|wird (?:zugewiesen|angezeigt|mitgeteilt)|se asignará|se mostrará|verrà (?:assegnato|comunicato|mostrato))\b.*)$/iu;
const SHIPPING_SPEED =
  /^(?:standard|expedited|priority|scheduled|standardversand|premiumversand|expressversand|prioritaire|rapide|estándar|estandar|urgente|prioritario|prioritaria|standard shipping|livraison standard|envío estándar|spedizione standard)$/iu;
const SKU = /^[\p{L}\p{N}][\p{L}\p{N}_\-.,#/+ ]{0,39}$/u;
const QUANTITY = /^\d{1,4}$/;
const ASIN = /^(B0[A-Z0-9]{8}|\d{9}[\dX])$/;
const FNSKU = /^(X0[A-Z0-9]{8}|B0[A-Z0-9]{8})$/;
const RMA = /^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const MARKUP = /[<>]/;

export const isAmazonOrderId = (value: string): boolean => AMAZON_ORDER_ID.test(value);

const SKU_THEN_COUNT = /^(.+?)\s*(?:×\s*|\s[x×]\s*|\(\s*[x×]?\s*)(\d{1,4})\s*\)?$/u;
const COUNT_THEN_SKU = /^(\d{1,4})\s*(?:×|x\s)\s*(.+)$/u;
/** "SKU – 1 su 4", "SKU (1 of 3)", "SKU: 2 von 5": so many of the units the order had. */
const SKU_THEN_SHARE = /^(.+?)\s*(?:[–—:-]\s*|\(\s*)(\d{1,4})\s+(?:su|of|von|de|sur|di)\s+\d{1,4}\s*\)?$/u;
/**
 * "SKU — Qty 2", "SKU – 1 unidad", "SKU: 2 Stück": a count named as one, by a quantity word before
 * it or a unit word after it (a bare "SKU 2" may be a SKU's own last word).
 */
const QTY_WORD = '(?:qty|qté|qte|cant|menge|anzahl|qtà|quantity|quantité|quantità|cantidad)\\.?\\s*:?\\s*';
const UNIT_WORD =
  '(?:units?|unités?|unidad(?:es)?|uds?\\.?|unità|pezz[io]|pz\\.?|stück|stk\\.?|pcs?\\.?|pieces?|pièces?)';
const SKU_THEN_NAMED_COUNT = new RegExp(
  `^(\\S+?)\\s*(?:[–—:-]\\s*|\\s|\\(\\s*(?=${QTY_WORD}\\d))(?:${QTY_WORD}(\\d{1,4})|(\\d{1,2})\\s*${UNIT_WORD})\\s*\\)?$`,
  'iu',
);
/** "2 sur 3 × SKU", "1 of 2 × SKU": so many of the units the order had (a return's line). */
const SHARE_THEN_SKU = /^(\d{1,4})\s+(?:sur|of|von|de|di|su)\s+\d{1,4}\s*(?:×|x\s)\s*(.+)$/u;
/** A code, not a title: one word holding a digit or a separator ("TELO-MARE-XL", "A12"). */
const CODE = /^(?=.*[\d\-_./])[\p{L}\p{N}][\p{L}\p{N}_\-./#+]{1,39}$/u;
/** A code such as a SKU (one word holding a digit or a separator), never a product's title. */
export const isCode = (value: string): boolean => CODE.test(value) && SKU.test(value);

/**
 * A SKU and its count in one text: "SKU × 2", "SKU x 2", "SKU (2)", "2 × SKU". `codeOnly`: the
 * SKU must look like a code (a title such as "2 × Câble USB" is not a SKU).
 */
export function countedSku(
  text: string,
  codeOnly: boolean,
  /** "SKU – 1 of 4" too: only where a return's units are listed (elsewhere 4 is the order's count). */
  shares = false,
): { sku: string; count: number } | null {
  const trimmed = text.trim();
  const named = SKU_THEN_NAMED_COUNT.exec(trimmed);
  if (named) {
    const sku = named[1] as string;
    const count = Number(named[2] ?? named[3]);
    // A code, never a word ("Menge: 2 Stück" names no SKU); a pack size ("100 pcs") is no count.
    return count >= 1 && SKU.test(sku) && CODE.test(sku) ? { sku, count } : null;
  }
  const after = SKU_THEN_COUNT.exec(trimmed) ?? (shares ? SKU_THEN_SHARE.exec(trimmed) : null);
  const before = after
    ? null
    : (COUNT_THEN_SKU.exec(trimmed) ?? (shares ? SHARE_THEN_SKU.exec(trimmed) : null));
  const sku = (after?.[1] ?? before?.[2])?.trim();
  const count = Number(after?.[2] ?? before?.[1]);
  if (!sku || !(count >= 1) || !SKU.test(sku) || (codeOnly && !CODE.test(sku))) return null;
  return { sku, count };
}

/** Whether `value` may be the value of `key`; dates and statuses are checked by their parsers. */
export function hasShape(key: FieldKey, value: string): boolean {
  switch (key) {
    case 'orderId':
    case 'merchantOrderId':
      return ORDER_ID.test(value) && HAS_DIGIT.test(value);
    case 'trackingNumber':
      return TRACKING.test(value) && HAS_DIGIT.test(value) && !AMAZON_ORDER_ID.test(value);
    case 'carrier':
      return (
        CARRIER.test(value) &&
        HAS_LETTER.test(value) &&
        !SHIPPING_SPEED.test(value.trim()) &&
        !NO_VALUE_YET.test(value.trim())
      );
    case 'sku':
      return SKU.test(value);
    case 'quantity':
      return QUANTITY.test(value);
    case 'asin':
      return ASIN.test(value);
    case 'fnsku':
      return FNSKU.test(value);
    case 'rmaId':
      return RMA.test(value) && HAS_DIGIT.test(value);
    case 'productName':
      return value.length <= 300 && !MARKUP.test(value);
    case 'salesChannel':
      return value.length <= 60 && HAS_LETTER.test(value) && !MARKUP.test(value);
    default:
      return value.length <= 120;
  }
}
