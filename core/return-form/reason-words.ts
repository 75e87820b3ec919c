// What a return reason option says, by its words: Amazon words the same reason differently from
// form to form and language to language ("Product and shipping box both damaged", "Artikel und
// Versandkarton beschädigt", "Beim Transport beschädigt"), and some forms give opaque option
// values ("3112"), so only the label tells. Each reason has word patterns: an option label means
// the reason when it holds every word of one pattern and none of the reason's excluded words.
// Words are matched in labels lower-cased without accents (normalizeLabel), as substrings: a
// stem ("endommag") covers its forms.
//
// The wording follows the reasons Amazon shows customers ("No longer needed", "Bought by
// mistake", "Item defective or doesn't work", "Both product and shipping box damaged", "Product
// damaged, but shipping box OK", "Wrong item was sent", "Missing parts or accessories",
// "Inaccurate website description", "Performance or quality not adequate", "Incompatible or not
// useful for intended purpose", "Received extra item I didn't buy", "Item arrived too late"),
// with the usual phrasings of the five languages.

interface ReasonWords {
  /** Any one pattern matches when the label holds all of its words. */
  patterns: readonly (readonly string[])[];
  /** Words that rule the reason out. */
  not?: readonly string[];
  /** A saying that rules the reason out (the box said to be fine rules out the carrier). */
  notSaid?: RegExp;
  /** A saying that is the reason on its own. */
  said?: RegExp;
}

/**
 * The shipping box said to be fine, in one clause: "box OK", "carton d'expédition intact",
 * "Versandkarton jedoch unbeschädigt", "la caja en buen estado", "colis en bon état", "Paket war in
 * Ordnung", "pacco in buone condizioni", "package in good condition". The damage then happened before
 * shipping (the fulfilment centre). "Product intact, box damaged" says the opposite: the fine word
 * must follow the box word within its clause.
 */
const BOX_FINE =
  /(?:box|carton|emballage|karton|verpackung|caja|embalaje|scatola|imballaggio|confezione|package|parcel|colis|paket|paquete|pacco)[^,;.()]{0,30}?\b(?:ok|fine|intact|undamaged|unbeschadigt|unversehrt|intakt|en buen estado|intacta|intacto|intatta|intatto|integra|integro|in buono stato|in buone condizioni|in perfette condizioni|en bon etat|en parfait etat|en bonne condition|in ordnung|in gutem zustand|einwandfrei|in good condition|in perfect condition|not damaged|nicht beschadigt|non endommage|non danneggiat[oa]|en buenas condiciones|en perfecto estado|sin danos)\b/;
const DAMAGED = ['damaged', 'endommag', 'beschadigt', 'danad', 'danneggiat'];

export const REASON_WORDS: Readonly<Record<string, ReasonWords>> = {
  'CR-UNWANTED_ITEM': {
    patterns: [
      ['no longer need'],
      ['not needed'],
      ['unwanted'],
      ['plus besoin'],
      ['plus necessaire'],
      ['non souhaite'],
      ['nicht mehr benotigt'],
      ['nicht mehr gebraucht'],
      ['nicht mehr gewunscht'],
      ['ya no lo necesit'],
      ['ya no necesit'],
      ['no deseado'],
      ['non piu necessari'],
      ['non serve piu'],
      ['non desiderat'],
      // The customer's wish said as such: "El cliente ya no lo quiere", "ne le veut plus".
      ['no longer want'],
      ['does not want'],
      ["doesn't want"],
      ['ne le veut plus'],
      ['n en veut plus'],
      ['ne veut plus'],
      ['mochte', 'nicht mehr'],
      ['will', 'nicht mehr haben'],
      ['ya no lo quiere'],
      ['ya no quiere'],
      ['ya no lo desea'],
      ['non lo vuole piu'],
      ['non vuole piu'],
    ],
  },
  'CR-ORDERED_WRONG_ITEM': {
    patterns: [
      ['by mistake'],
      ['ordered', 'wrong'],
      ['par erreur'],
      ['mauvais', 'command'],
      ['versehentlich'],
      ['falsch', 'bestellt'],
      ['por error'],
      ['equivocad', 'compr'],
      ['equivocad', 'pedi'],
      ['per errore'],
      ['ordinat', 'sbagliat'],
    ],
  },
  'CR-DEFECTIVE': {
    patterns: [
      ['defective'],
      ['does not work'],
      ["doesn't work"],
      ['not working'],
      ['defectu'],
      ['ne fonctionne pas'],
      ['defekt'],
      ['funktioniert nicht'],
      ['ohne funktion'],
      ['defectuos'],
      ['no funciona'],
      ['difettos'],
      ['non funzion'],
    ],
  },
  'CR-DAMAGED_BY_CARRIER': {
    patterns: [
      ...DAMAGED.flatMap((d) =>
        [
          'carrier',
          'in transit',
          'both',
          'and shipping box',
          'and outer box',
          'and box',
          'transport',
          'et carton',
          'et emballage',
          'und versandkarton',
          'und verpackung',
          'beide',
          'versanddienst',
          'transportista',
          'y la caja',
          'y caja',
          'corriere',
          'e la scatola',
          'e scatola',
          'e imballaggio',
          // "confezione" is the shipping box too ("confezione di spedizione integra" is FC damage).
          'e confezione',
          'e la confezione',
          // The parcel itself damaged ("Pacco danneggiato", "Colis endommagé"): on its way.
          'package',
          'parcel',
          'colis',
          'paket',
          'paquete',
          'pacco',
          // A delivery problem, as an `<optgroup>` heading says it.
          'delivery problem',
          'delivery issue',
          'probleme de livraison',
          'lieferproblem',
          'problema de entrega',
          'problema con la entrega',
          'problema di consegna',
        ].map((w) => [d, w]),
      ),
    ],
    notSaid: BOX_FINE,
  },
  'CR-DAMAGED_BY_FC': {
    patterns: DAMAGED.flatMap((d) =>
      [
        'fulfil',
        'warehouse',
        'centre de distribution',
        'entrepot',
        'logistikzentrum',
        'lager',
        'centro logistico',
        'almacen',
        'magazzino',
      ].map((w) => [d, w]),
    ),
    said: BOX_FINE,
  },
  'CR-SWITCHEROO': {
    // "Received wrong size" is the customer's choice of size, not another item sent.
    not: ['size', 'taille', 'grosse', 'talla', 'taglia'],
    patterns: [
      ['wrong', 'sent'],
      ['wrong', 'received'],
      ['wrong item was'],
      ['different', 'received'],
      ['different', 'sent'],
      ['mauvais', 'expedi'],
      ['mauvais', 'envoy'],
      ['mauvais', 'recu'],
      ['different', 'recu'],
      ['different', 'command'],
      ['ander', 'geliefert'],
      ['ander', 'erhalten'],
      ['falsch', 'geliefert'],
      ['falsch', 'gesendet'],
      ['falsch', 'erhalten'],
      ['envi', 'distint'],
      ['envi', 'equivocad'],
      ['recib', 'distint'],
      ['recib', 'diferente'],
      ['recib', 'equivocad'],
      ['ricevut', 'divers'],
      ['ricevut', 'sbagliat'],
      ['spedit', 'sbagliat'],
      ['inviat', 'sbagliat'],
    ],
  },
  'CR-MISSING_PARTS': {
    // Parts or accessories missing, never the whole item ("Artikel fehlt", "Commande incomplète",
    // "Part of my order is missing").
    patterns: [
      ['missing part'],
      ['parts missing'],
      ['parts', 'missing'],
      ['missing', 'accessor'],
      ['missing', 'component'],
      ['manquant', 'piece'],
      ['manquant', 'accessoire'],
      ['manquant', 'element'],
      ['fehlen', 'teil'],
      ['fehlt', 'teil'],
      ['fehlend', 'teil'],
      ['fehlen', 'zubehor'],
      ['fehlt', 'zubehor'],
      ['fehlend', 'zubehor'],
      ['falta', 'pieza'],
      ['falta', 'accesorio'],
      ['falta', 'parte'],
      ['mancan', 'part'],
      ['mancan', 'pezz'],
      ['mancan', 'accessori'],
      ['mancan', 'component'],
      ['mancan', 'element'],
    ],
  },
  'CR-NOT_AS_DESCRIBED': {
    patterns: [
      ['description'],
      ['described'],
      ['correspond pas a la description'],
      ['beschreibung'],
      ['descripcion'],
      ['descrizione'],
      ['descritto'],
    ],
  },
  'CR-QUALITY_UNACCEPTABLE': {
    patterns: [
      ['quality'],
      ['performance'],
      ['qualite'],
      ['qualitat'],
      ['calidad'],
      ['qualita'],
      ['prestazion'],
    ],
  },
  'CR-NOT_COMPATIBLE': {
    patterns: [['compatib'], ['kompatib'], ['intended purpose']],
  },
  'CR-EXTRA_ITEM': {
    patterns: [
      ['extra item'],
      ['not ordered'],
      ['en trop'],
      ['recu en plus'],
      ['supplementaire'],
      ['non commande'],
      ['zusatzlich'],
      ['nicht bestellt'],
      ['de mas'],
      ['no pedido'],
      ['in piu'],
      ['non ordinato'],
    ],
  },
  'CR-MISSED_ESTIMATED_DELIVERY': {
    patterns: [
      ['too late'],
      ['arrived late'],
      ['missed', 'deliver'],
      ['en retard'],
      ['trop tard'],
      ['zu spat'],
      ['verspat'],
      ['demasiado tarde'],
      ['con retraso'],
      ['in ritardo'],
      ['troppo tardi'],
      // Arrived after the date promised: "Lieferung nach dem voraussichtlichen Lieferdatum".
      ['after', 'delivery date'],
      ['apres', 'date de livraison'],
      ['nach dem', 'lieferdatum'],
      ['nach dem', 'liefertermin'],
      ['despues de la fecha'],
      ['dopo la data'],
    ],
  },
};

/**
 * The reason code an option's label means, when exactly one reason's words are in it; null when
 * none or several are (never guessed). `label` is already normalized (normalizeLabel).
 */
export function reasonOfLabel(label: string): string | null {
  let found: string | null = null;
  for (const [code, words] of Object.entries(REASON_WORDS)) {
    if (words.not?.some((w) => label.includes(w)) || words.notSaid?.test(label)) continue;
    const damagedFine = words.said?.test(label) && DAMAGED.some((d) => label.includes(d));
    if (!damagedFine && !words.patterns.some((pattern) => pattern.every((w) => label.includes(w)))) continue;
    if (found !== null) return null;
    found = code;
  }
  return found;
}
