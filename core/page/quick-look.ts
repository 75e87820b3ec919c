import { OWN_UI_TAG } from './text';

// The content script's cheap look at a page, whatever its URL: does it show something shaped like
// an order id near an order, shipment, status or tracking label? Then the order-page module (the
// full reader) loads and decides. Runs on every Seller Central page and again while a page renders,
// so it stays small and fast: a few label stems in five languages, no label dictionary.
//
// Two steps. The first reads only what the browser hands over natively (the body's text outside
// scripts and styles, and the `label`/`text` attributes of Katal components) and needs an
// id-shaped text or an order-id label there; most pages stop here. The second walks the visible text in document order (open shadow
// roots included; scripts, styles and MCF Desk's own overlay left out), one piece per text node or
// label attribute, and looks for an id with a label near it.

export type QuickLookReason =
  /** An Amazon order id (`123-1234567-1234567`) near an order/shipment/status/tracking label. */
  | 'amazon-order-id'
  /** An id right after an order-id label (a merchant id such as `SHOP-1234`), another label near. */
  | 'labelled-order-id'
  /** No id-shaped text, or none with a label near it. */
  | 'no-order-id';

export interface QuickLook {
  mayShowOrder: boolean;
  reason: QuickLookReason;
}

const AMAZON_ID_SOURCE = '(?<![\\dA-Za-z-])\\d{3}-\\d{7}-\\d{7}(?![\\dA-Za-z])';
const AMAZON_ID = new RegExp(AMAZON_ID_SOURCE, 'g');
/** The first step's: the body's text runs elements together ("…1234567Statut"). */
const AMAZON_ID_TEST = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/;
/** "Order ID", "N° de commande", "Bestellnummer", "N.º de pedido", "Numero ordine" and their kin. */
const ORDER_ID_LABEL = [
  'order\\s*(?:id|#|number|no\\b\\.?)',
  '(?:n[°º]|no|n[uú]m[eé]ro|id|r[eé]f[eé]rence)\\s+de\\s+(?:la\\s+)?commande',
  'commande\\s*n[°º]',
  'bestellnummer|bestell-id|bestellung\\s*nr',
  '(?:n\\.?\\s?[°º]|n[uú]mero|id\\.?)\\s+del?\\s+pedido',
  "(?:numero|id|n\\.)\\s*(?:dell['’]\\s*)?ordine",
].join('|');
const ORDER_ID_LABEL_TEST = new RegExp(ORDER_ID_LABEL, 'i');
/** "du vendeur", "affichable", "del vendedor"…: the label of a merchant's order id. */
const QUALIFIER =
  '(?:\\s+(?:d[eu]l?\\s+)?(?:vendeur|marchand|affichable|amazon|vendedor|visible|venditore|visualizzabile))?';
/** An order-id label, then an id: letters, digits, '-' or '_', with at least one digit. */
const LABELLED_ID = new RegExp(
  `(?:${ORDER_ID_LABEL})${QUALIFIER}[\\s:#.]*((?=[A-Za-z0-9_-]*\\d)[A-Za-z0-9][A-Za-z0-9_-]{3,39})(?![\\w./])`,
  'gi',
);
/** Stems of the labels an order page shows around its id, fr/en/de/es/it. */
const CONTEXT_LABEL =
  /order|shipment|status|tracking|carrier|commande|envoi|exp[ée]di|statut|[ée]tat|suivi|livraison|transporteur|bestell|sendung|versand|liefer|pedido|env[íi]o|estado|seguimiento|entrega|ordine|spedi|stato|tracci|consegna|corriere/i;
/** How far from an id a label counts as near, in characters of the joined text. */
const NEAR = 160;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', OWN_UI_TAG]);
const LABEL_ATTRIBUTES = '[label],[text]';
/** Bounds of the second step on a huge page: what it has seen by then decides. */
const MAX_NODES = 40_000;
const MAX_CHARS = 400_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The quick look at `doc`. Pure: reads the document, changes nothing. */
export function quickLook(doc: Document): QuickLook {
  const body = doc.body;
  if (!body) return NO;
  if (!mayHoldAnId(doc, body)) return NO;
  const text = visibleText(body);
  for (const match of text.matchAll(AMAZON_ID)) {
    if (labelNear(text, match.index, match.index + match[0].length)) return AMAZON;
  }
  for (const match of text.matchAll(LABELLED_ID)) {
    const idStart = match.index + match[0].length - (match[1] as string).length;
    // Another label than the id's own: the order-id label alone says too little.
    if (labelNear(text, match.index, idStart + (match[1] as string).length)) return LABELLED;
  }
  return NO;
}

/** `quickLook(doc).mayShowOrder`. */
export function mayShowOrder(doc: Document): boolean {
  return quickLook(doc).mayShowOrder;
}

const NO: QuickLook = { mayShowOrder: false, reason: 'no-order-id' };
const AMAZON: QuickLook = { mayShowOrder: true, reason: 'amazon-order-id' };
const LABELLED: QuickLook = { mayShowOrder: true, reason: 'labelled-order-id' };

/** The first step: an Amazon id or an order-id label anywhere in the light DOM's text or labels. */
function mayHoldAnId(doc: Document, body: HTMLElement): boolean {
  const text = textOutsideScripts(body);
  if (AMAZON_ID_TEST.test(text) || ORDER_ID_LABEL_TEST.test(text)) return true;
  for (const element of doc.querySelectorAll(LABEL_ATTRIBUTES)) {
    const label = element.getAttribute('label') ?? element.getAttribute('text') ?? '';
    if (ORDER_ID_LABEL_TEST.test(label)) return true;
  }
  return false;
}

/**
 * The body's text without its scripts' and styles' (a page's state often names `orderId`, or
 * holds ids, in an inline script): they come in document order in `textContent`, so each is cut
 * out where the previous one ended.
 */
function textOutsideScripts(body: HTMLElement): string {
  const text = body.textContent ?? '';
  const hidden = body.querySelectorAll('script, style, noscript');
  if (hidden.length === 0) return text;
  const kept: string[] = [];
  let from = 0;
  for (const element of hidden) {
    const inner = element.textContent ?? '';
    if (inner === '') continue;
    const at = text.indexOf(inner, from);
    if (at < 0) continue;
    kept.push(text.slice(from, at));
    from = at + inner.length;
  }
  kept.push(text.slice(from));
  return kept.join('\n');
}

function labelNear(text: string, start: number, end: number): boolean {
  return (
    CONTEXT_LABEL.test(text.slice(Math.max(0, start - NEAR), start)) ||
    CONTEXT_LABEL.test(text.slice(end, end + NEAR))
  );
}

/**
 * The page's visible text, one line per text node or label attribute, in document order. Walked
 * with an explicit stack: a page may nest thousands of levels.
 */
function visibleText(root: Element): string {
  const pieces: string[] = [];
  let nodes = 0;
  let chars = 0;
  // Each entry is the next node to visit at one level (a shadow root's content before the light
  // children, as the reader walks them).
  const stack: (Node | null)[] = [root.firstChild];
  while (stack.length > 0) {
    const node = stack.pop() as Node | null;
    if (node === null) continue;
    if (++nodes > MAX_NODES || chars > MAX_CHARS) break;
    stack.push(node.nextSibling);
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.trim() !== '') {
        pieces.push(data);
        chars += data.length;
      }
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (SKIPPED.has(element.localName)) continue;
      const label = element.getAttribute('label') ?? element.getAttribute('text');
      if (label) pieces.push(label);
      stack.push(element.firstChild);
      const shadow = element.shadowRoot;
      if (shadow) stack.push(shadow.firstChild);
    }
  }
  return pieces.join('\n');
}
