import type { Language, TruthStatus } from './order-model';

// Words a Seller Central user of each language would see, written from how the pages read, not
// from the reader's vocabulary. Each field has 2–3 wordings; the generator picks one per page.

export const FIELDS = [
  'orderId',
  'sellerOrderId',
  'status',
  'edd',
  'shipDate',
  'carrier',
  'tracking',
  'product',
  'sku',
  'asin',
  'qty',
] as const;
export type Field = (typeof FIELDS)[number];

export const LABELS: Record<Language, Record<Field, string[]>> = {
  fr: {
    orderId: ['N° de commande', 'Numéro de commande', 'ID de commande'],
    sellerOrderId: ['N° de commande vendeur', 'Référence de commande du vendeur', 'ID de commande marchand'],
    status: ['Statut de la commande', 'Statut', 'État de la commande'],
    edd: ['Date de livraison estimée', 'Livraison prévue', "Date d'arrivée estimée"],
    shipDate: ['Expédié le', "Date d'expédition", 'Date d’envoi'],
    carrier: ['Transporteur', 'Nom du transporteur', 'Société de transport'],
    tracking: ['Numéro de suivi', 'N° de suivi', 'ID de suivi'],
    product: ['Produit', 'Nom du produit', 'Article'],
    sku: ['SKU', 'SKU vendeur', 'Référence vendeur (SKU)'],
    asin: ['ASIN'],
    qty: ['Quantité', 'Qté', 'Quantité commandée'],
  },
  en: {
    orderId: ['Order ID', 'Amazon order number', 'Order #'],
    sellerOrderId: ['Seller order ID', 'Merchant order ID', 'Your order reference'],
    status: ['Order status', 'Status', 'Fulfillment status'],
    edd: ['Estimated delivery date', 'Expected delivery', 'Estimated arrival'],
    shipDate: ['Ship date', 'Shipped on', 'Shipping date'],
    carrier: ['Carrier', 'Shipping carrier', 'Carrier name'],
    tracking: ['Tracking ID', 'Tracking number', 'Tracking #'],
    product: ['Product name', 'Product', 'Item'],
    sku: ['SKU', 'Merchant SKU', 'Seller SKU'],
    asin: ['ASIN'],
    qty: ['Quantity', 'Qty', 'Quantity ordered'],
  },
  de: {
    orderId: ['Bestellnummer', 'Bestell-ID', 'Amazon-Bestellnummer'],
    sellerOrderId: ['Händler-Bestellnummer', 'Verkäufer-Bestellnummer', 'Ihre Bestellreferenz'],
    status: ['Bestellstatus', 'Status', 'Sendungsstatus'],
    edd: ['Voraussichtliches Lieferdatum', 'Voraussichtliche Zustellung', 'Geschätztes Lieferdatum'],
    shipDate: ['Versanddatum', 'Versandt am', 'Verschickt am'],
    carrier: ['Versanddienstleister', 'Transportunternehmen', 'Zusteller'],
    tracking: ['Sendungsnummer', 'Sendungsverfolgungsnummer', 'Tracking-ID'],
    product: ['Produkt', 'Artikelbezeichnung', 'Artikel'],
    sku: ['SKU', 'Händler-SKU', 'Verkäufer-SKU'],
    asin: ['ASIN'],
    qty: ['Menge', 'Anzahl', 'Bestellte Menge'],
  },
  es: {
    orderId: ['Número de pedido', 'N.º de pedido', 'ID del pedido'],
    sellerOrderId: ['Número de pedido del vendedor', 'ID de pedido del vendedor', 'Referencia del vendedor'],
    status: ['Estado del pedido', 'Estado', 'Estado del envío'],
    edd: ['Fecha de entrega estimada', 'Entrega prevista', 'Fecha estimada de llegada'],
    shipDate: ['Fecha de envío', 'Enviado el', 'Fecha de expedición'],
    carrier: ['Transportista', 'Empresa de transporte', 'Nombre del transportista'],
    tracking: ['Número de seguimiento', 'N.º de seguimiento', 'ID de seguimiento'],
    product: ['Producto', 'Nombre del producto', 'Artículo'],
    sku: ['SKU', 'SKU del vendedor', 'Referencia (SKU)'],
    asin: ['ASIN'],
    qty: ['Cantidad', 'Cant.', 'Unidades'],
  },
  it: {
    orderId: ['Numero ordine', 'N. ordine', 'ID ordine'],
    sellerOrderId: ['Numero ordine venditore', 'ID ordine del venditore', 'Riferimento venditore'],
    status: ["Stato dell'ordine", 'Stato', 'Stato della spedizione'],
    edd: ['Data di consegna prevista', 'Consegna stimata', 'Data di arrivo stimata'],
    shipDate: ['Data di spedizione', 'Spedito il', 'Data spedizione'],
    carrier: ['Corriere', 'Vettore', 'Nome del corriere'],
    tracking: ['Numero di tracciamento', 'ID di tracciamento', 'Codice di tracciamento'],
    product: ['Prodotto', 'Nome prodotto', 'Articolo'],
    sku: ['SKU', 'SKU venditore', 'Codice SKU'],
    asin: ['ASIN'],
    qty: ['Quantità', 'Q.tà', 'Quantità ordinata'],
  },
};

/** Status words; the first is the common one, others are natural variants (gender, US spelling). */
export const STATUS_WORDS: Record<Language, Record<TruthStatus, string[]>> = {
  fr: {
    shipped: ['Expédié', 'Expédiée'],
    delivered: ['Livré', 'Livrée'],
    pending: ['En attente'],
    cancelled: ['Annulé', 'Annulée'],
  },
  en: {
    shipped: ['Shipped'],
    delivered: ['Delivered'],
    pending: ['Pending'],
    cancelled: ['Cancelled', 'Canceled'],
  },
  de: { shipped: ['Versandt'], delivered: ['Zugestellt'], pending: ['Ausstehend'], cancelled: ['Storniert'] },
  es: { shipped: ['Enviado'], delivered: ['Entregado'], pending: ['Pendiente'], cancelled: ['Cancelado'] },
  it: { shipped: ['Spedito'], delivered: ['Consegnato'], pending: ['In attesa'], cancelled: ['Annullato'] },
};

/** Page chrome and section words. */
export const CHROME: Record<
  Language,
  {
    title: string;
    summary: string;
    shipment: string;
    items: string;
    shipTo: string;
    comments: string;
    nav: string[];
    breadcrumb: string[];
    footer: string;
    search: string;
  }
> = {
  fr: {
    title: 'Détails de la commande',
    summary: 'Récapitulatif de la commande',
    shipment: 'Envoi 1',
    items: 'Contenu de la commande',
    shipTo: 'Adresse de livraison',
    comments: 'Commentaires du client',
    nav: ['Catalogue', 'Stock', 'Prix', 'Commandes', 'Publicité', 'Rapports', 'Performances'],
    breadcrumb: ['Commandes', 'Gérer les commandes', 'Détails de la commande'],
    footer: '© 1999-2026, Amazon.com, Inc. ou ses filiales · Aide · Conditions d’utilisation',
    search: 'Rechercher',
  },
  en: {
    title: 'Order details',
    summary: 'Order summary',
    shipment: 'Shipment 1',
    items: 'Order contents',
    shipTo: 'Ship to',
    comments: 'Customer comments',
    nav: ['Catalog', 'Inventory', 'Pricing', 'Orders', 'Advertising', 'Reports', 'Performance'],
    breadcrumb: ['Orders', 'Manage Orders', 'Order details'],
    footer: '© 1999-2026, Amazon.com, Inc. or its affiliates · Help · Conditions of Use',
    search: 'Search',
  },
  de: {
    title: 'Bestelldetails',
    summary: 'Bestellübersicht',
    shipment: 'Sendung 1',
    items: 'Bestellinhalt',
    shipTo: 'Lieferadresse',
    comments: 'Kundenkommentar',
    nav: ['Katalog', 'Inventar', 'Preisgestaltung', 'Bestellungen', 'Werbung', 'Berichte', 'Leistung'],
    breadcrumb: ['Bestellungen', 'Bestellungen verwalten', 'Bestelldetails'],
    footer: '© 1999-2026, Amazon.com, Inc. oder Tochtergesellschaften · Hilfe · Nutzungsbedingungen',
    search: 'Suchen',
  },
  es: {
    title: 'Detalles del pedido',
    summary: 'Resumen del pedido',
    shipment: 'Envío 1',
    items: 'Contenido del pedido',
    shipTo: 'Dirección de envío',
    comments: 'Comentarios del cliente',
    nav: ['Catálogo', 'Inventario', 'Precios', 'Pedidos', 'Publicidad', 'Informes', 'Rendimiento'],
    breadcrumb: ['Pedidos', 'Gestionar pedidos', 'Detalles del pedido'],
    footer: '© 1999-2026, Amazon.com, Inc. o sus afiliados · Ayuda · Condiciones de uso',
    search: 'Buscar',
  },
  it: {
    title: 'Dettagli ordine',
    summary: "Riepilogo dell'ordine",
    shipment: 'Spedizione 1',
    items: "Contenuto dell'ordine",
    shipTo: 'Indirizzo di spedizione',
    comments: 'Commenti del cliente',
    nav: ['Catalogo', 'Inventario', 'Prezzi', 'Ordini', 'Pubblicità', 'Report', 'Prestazioni'],
    breadcrumb: ['Ordini', 'Gestisci ordini', 'Dettagli ordine'],
    footer: '© 1999-2026, Amazon.com, Inc. o società affiliate · Aiuto · Condizioni d’uso',
    search: 'Cerca',
  },
};

/** A shipping address (name, street, city) and a customer's sentence, per language. */
export const NOISE: Record<Language, { address: string[]; comment: string }> = {
  fr: {
    address: ['Marie Dupont', '12 rue des Lilas', '69003 Lyon', 'France'],
    comment: 'Bonjour, merci de laisser le colis chez la gardienne si je suis absente le 24 décembre.',
  },
  en: {
    address: ['John Miller', '1458 Oak Street, Apt 3', 'Portland, OR 97205', 'United States'],
    comment: 'Please leave the package at the side door, the front porch gets wet. Thanks!',
  },
  de: {
    address: ['Anna Schmidt', 'Lindenstraße 27', '10969 Berlin', 'Deutschland'],
    comment: 'Bitte beim Nachbarn im 2. Stock abgeben, falls ich nicht da bin. Danke!',
  },
  es: {
    address: ['Lucía García', 'Calle de Alcalá 120, 3.º B', '28009 Madrid', 'España'],
    comment: 'Por favor, dejen el paquete en la portería si no estoy en casa. ¡Gracias!',
  },
  it: {
    address: ['Giulia Rossi', 'Via Garibaldi 45', '20121 Milano MI', 'Italia'],
    comment: 'Per favore lasciate il pacco al portiere se non sono in casa. Grazie mille!',
  },
};

// ---------------------------------------------------------------------------------------------
// Dates

export const DATE_STYLES = ['numeric', 'long', 'abbrev', 'weekday', 'iso', 'no-year'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

const MONTHS: Record<Language, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
};

const MONTHS_SHORT: Record<Language, string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  es: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
};

/** Sunday first. */
const WEEKDAYS: Record<Language, string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
};

const WEEKDAYS_SHORT: Record<Language, string[]> = {
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  de: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
  es: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  it: ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
};

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return { y, m, d, weekday };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One calendar day as the page would print it. */
export function formatDate(iso: string, language: Language, style: DateStyle): string {
  const { y, m, d, weekday } = parts(iso);
  const month = MONTHS[language][m - 1]!;
  const mon = MONTHS_SHORT[language][m - 1]!;
  const wd = WEEKDAYS[language][weekday]!;
  const wds = WEEKDAYS_SHORT[language][weekday]!;
  switch (style) {
    case 'iso':
      return iso;
    case 'numeric':
      if (language === 'en') return `${m}/${d}/${y}`;
      if (language === 'de') return `${pad(d)}.${pad(m)}.${y}`;
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'long':
      if (language === 'en') return `${month} ${d}, ${y}`;
      if (language === 'de') return `${d}. ${month} ${y}`;
      if (language === 'es') return `${d} de ${month} de ${y}`;
      return `${d} ${month} ${y}`;
    case 'abbrev':
      if (language === 'en') return `${mon} ${d}, ${y}`;
      if (language === 'de') return `${d}. ${mon} ${y}`;
      return `${d} ${mon} ${y}`;
    case 'weekday':
      if (language === 'en') return `${wds}, ${mon} ${d}, ${y}`;
      if (language === 'de') return `${wds}, ${d}. ${mon} ${y}`;
      if (language === 'es') return `${wds}, ${d} ${mon} ${y}`;
      return `${wds} ${d} ${mon} ${y}`;
    case 'no-year':
      if (language === 'en') return `${wd}, ${month} ${d}`;
      if (language === 'de') return `${wd}, ${d}. ${month}`;
      if (language === 'es') return `${wd}, ${d} de ${month}`;
      return `${wd} ${d} ${month}`;
  }
}

/**
 * A delivery window whose last day is `end` ("30 nov. – 3 déc. 2026", "Dec 1 – 3, 2026").
 * ISO and numeric styles print both days in full.
 */
export function formatWindow(start: string, end: string, language: Language, style: DateStyle): string {
  const a = parts(start);
  const b = parts(end);
  const dash = ' – ';
  if (style === 'iso' || style === 'numeric') {
    return `${formatDate(start, language, style)}${dash}${formatDate(end, language, style)}`;
  }
  const months = style === 'long' || style === 'no-year' ? MONTHS[language] : MONTHS_SHORT[language];
  const ma = months[a.m - 1]!;
  const mb = months[b.m - 1]!;
  const year = style === 'no-year' ? '' : String(b.y);
  const sameMonth = a.m === b.m && a.y === b.y;
  if (language === 'en') {
    const head = `${ma} ${a.d}`;
    const tail = sameMonth ? `${b.d}` : `${mb} ${b.d}`;
    return `${head}${dash}${tail}${year ? `, ${year}` : ''}`;
  }
  const dot = language === 'de' ? '.' : '';
  const de = language === 'es' && style === 'long' ? ' de' : '';
  const head = sameMonth ? `${a.d}${dot}` : `${a.d}${dot}${de} ${ma}`;
  const tail = `${b.d}${dot}${de} ${mb}`;
  return `${head}${dash}${tail}${year ? `${de} ${year}` : ''}`;
}

/** "Label :" in French typography, "Label:" elsewhere. */
export function withColon(label: string, language: Language, nbsp = true): string {
  if (language === 'fr') return `${label}${nbsp ? '\u00a0' : ' '}:`;
  return `${label}:`;
}
