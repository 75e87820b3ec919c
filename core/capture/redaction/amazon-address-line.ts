// Amazon's own address written on one line after its label ("Indirizzo di reso: Amazon.it Resi
// c/o Amazon Italia Logistica S.r.l., Strada Dogana Po 2U, 29015 Castel San Giovanni (PC)"): a
// fulfilment centre's, needed to check a return, and no one's. Opened by an Amazon entity with
// its company form or a centre's code, as on a return slip's block (./kept-fields.ts), or by an
// Amazon Locker's name, then a street and a postcode with its town, up to the end of the line.

const ENTITY =
  'amazon\\b[^,;\\n]{0,80}?(?:\\bS\\.?\\s?à\\s?r\\.?\\s?l\\.?|\\bGmbH|\\bLLC|\\bLtd\\.?|\\bS\\.?L\\.?U?\\.?|\\bS\\.?r\\.?l\\.?|\\bS\\.?p\\.?A\\.?|\\bSAS|\\bInc\\.?|\\b[A-Z]{3}\\d)';
/** An Amazon Locker or Counter with its name ("Amazon Locker – Mostaza"): a public pickup site. */
const PICKUP_SITE = 'amazon\\s(?:hub\\s)?(?:locker|counter)(?:\\s[–—-]\\s[^,;\\n]{1,40})?';
/** A centre's name after the entity: "Amazon Spain Fulfillment S.L.U. – Devoluciones MAD4". */
const CENTRE = '(?:\\s[–—-]\\s[^,;\\n]{1,40})?';
/**
 * The last part: a postcode and its town ("29015 Castel San Giovanni (PC)"), a British town and
 * its postcode ("London EC2A 2FA"), or an American state and ZIP ("WA 98109").
 */
const PLACE =
  '(?:(?:[A-Z]{1,2}-?)?\\d{4,5}\\s[^,;\\n()·]{2,40}(?:\\s\\([A-Z]{2}\\))?|[A-Z][^,;\\n()·\\d]{1,30}\\s[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}|[A-Z]{2}\\s\\d{5}(?:-\\d{4})?)';
/** The entity, then up to four comma-separated parts, the last its place. */
export const AMAZON_ADDRESS_LINE = new RegExp(
  `(?<![\\p{L}])(?:${ENTITY}${CENTRE}|${PICKUP_SITE})(?:,\\s[^,;\\n]{1,60}){0,3},\\s${PLACE}`,
  'giu',
);
