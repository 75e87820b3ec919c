import { daysBetween, todayIn } from '../../core/dates/calendar';
import type { OrderSummary } from '../../core/export/order-summary';
import { SEVERITIES } from '../../core/model/finding-kinds';
import { describeFinding } from '../finding-text';
import { statusCodesText } from '../status-text';
import { formatDay, orderLink, swishipLink } from './format';
import { SORT_COLUMNS } from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';

// One order of the dashboard table, built with the DOM rather than by Preact: a row's elements are
// made once for its place in view and filled with an order's values (in the seller's language),
// its links (the order's Seller Central page, Swiship), the delivery question of a lost-order check,
// its findings as chips and its claim deadline. A row's content is written again only when its
// order (or the language, or the day) changed; selection, busy answers and the tab stop are set on
// the elements already there, so that focus stays where it was.
// Why not Preact here: the first rows at 100,000 orders are what a seller waits for, and Preact's
// diff of 17 rows' 400 elements, its code still cold when the page opens, took 12 to 20 ms of the
// 30 to 50 between the first page's request and its rows painted (`npm run bench:chromium -- import`).
// Events are handled by the table's body (`rows-body.ts` names them): no listener per row.

export const ROW_HEIGHT = 36;

/** The Element Timing name of a row's status cell. */
export const ROW_TEXT_TIMING = 'mcf-desk:row-text';

/** The column of each cell, in order: the selection box, then the sortable columns, as in the
 *  table head (`OrdersTableHead.tsx`). */
const COLUMNS = ['check', ...SORT_COLUMNS] as const;
type Column = (typeof COLUMNS)[number];

export interface RowView {
  texts: DashboardTexts;
  lang: DashboardLang;
  now: Date;
}

/** What changes on a row without its order changing. */
export interface RowState {
  /** Its place among the rows read (0-based). */
  index: number;
  /** The table's tab stop: it and its controls take Tab. */
  tabbable: boolean;
  checked: boolean;
  /** Its delivery answer is being saved. */
  busy: boolean;
}

/** What a row was last painted with: its order (none: a place being read), view and state. */
interface Painted {
  row: OrderSummary | undefined;
  view?: RowView;
  state?: RowState;
  /** Its links and buttons (they take the row's tab stop), and its delivery answers. */
  controls: HTMLElement[];
  answers: HTMLButtonElement[];
}

const painted = new WeakMap<HTMLTableRowElement, Painted>();
const BEING_READ: Readonly<Painted> = Object.freeze({ row: undefined, controls: [], answers: [] });

/** A row's elements, empty: the place of a row still being read until `fillRow` writes one. */
export function createRow(doc: Document): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  for (const column of COLUMNS) {
    const td = doc.createElement('td');
    td.className = `cell ${column}`;
    if (column === 'check') {
      const box = doc.createElement('input');
      box.type = 'checkbox';
      td.append(box);
    }
    // Element Timing: when a row's status text was first on screen (the frame presented), which
    // the benchmark reads beside its marks (tests/bench-chromium/import.bench.spec.ts).
    if (column === 'status') td.setAttribute('elementtiming', ROW_TEXT_TIMING);
    tr.append(td);
  }
  painted.set(tr, BEING_READ);
  markBeingRead(tr);
  return tr;
}

/** Empties `tr` back into the place of a row still being read (a new first page is read). */
export function emptyRow(tr: HTMLTableRowElement): void {
  if (painted.get(tr)?.row === undefined) return;
  for (const column of COLUMNS) if (column !== 'check') cell(tr, column).replaceChildren();
  cell(tr, 'orderId').removeAttribute('title');
  cell(tr, 'status').removeAttribute('title');
  markBeingRead(tr);
  painted.set(tr, BEING_READ);
}

/** Writes `row` into `tr`, then its state. */
export function fillRow(tr: HTMLTableRowElement, row: OrderSummary, view: RowView, state: RowState): void {
  const last = painted.get(tr) ?? BEING_READ;
  let next = last;
  if (last.row !== row || !last.view || !sameView(last.view, view)) {
    const doc = tr.ownerDocument;
    const focusInside = tr !== doc.activeElement && tr.contains(doc.activeElement);
    next = { row, view, ...writeContent(tr, row, view) };
    // The focused link or button was replaced: the row keeps the focus (the keyboard's place).
    if (focusInside && !tr.contains(doc.activeElement)) tr.focus({ preventScroll: true });
  } else if (last.state && sameState(last.state, state)) {
    // A click may have ticked the box without the selection taking it: the box says the selection.
    checkbox(tr).checked = state.checked;
    return;
  }
  painted.set(tr, { ...next, state });
  if (last.row === undefined) {
    tr.className = 'row';
    tr.removeAttribute('aria-hidden');
    tr.dataset.testid = 'order-row';
  }
  tr.dataset.index = String(state.index);
  tr.setAttribute('aria-rowindex', String(state.index + 2));
  const tabIndex = state.tabbable ? 0 : -1;
  tr.tabIndex = tabIndex;
  const box = checkbox(tr);
  box.tabIndex = tabIndex;
  box.disabled = false;
  box.checked = state.checked;
  box.setAttribute('aria-label', view.texts.selectRow(row.orderId));
  for (const control of next.controls) control.tabIndex = tabIndex;
  for (const answer of next.answers) answer.disabled = state.busy;
}

/** The order whose row holds `element`, by its place: `rows[index]`. */
export function rowIndexOf(element: Element): number | undefined {
  const tr = element.closest<HTMLElement>('tr[data-index]');
  return tr ? Number(tr.dataset.index) : undefined;
}

function markBeingRead(tr: HTMLTableRowElement): void {
  tr.className = 'row being-read';
  tr.setAttribute('aria-hidden', 'true');
  tr.tabIndex = -1;
  tr.dataset.testid = 'row-being-read';
  delete tr.dataset.index;
  tr.removeAttribute('aria-rowindex');
  const box = checkbox(tr);
  box.tabIndex = -1;
  box.disabled = true;
  box.checked = false;
  box.removeAttribute('aria-label');
}

function sameView(a: RowView, b: RowView): boolean {
  return a.texts === b.texts && a.lang === b.lang && a.now.getTime() === b.now.getTime();
}

function sameState(a: RowState, b: RowState): boolean {
  return a.index === b.index && a.tabbable === b.tabbable && a.checked === b.checked && a.busy === b.busy;
}

function cell(tr: HTMLTableRowElement, column: Column): HTMLTableCellElement {
  return tr.cells[COLUMNS.indexOf(column)] as HTMLTableCellElement;
}

function checkbox(tr: HTMLTableRowElement): HTMLInputElement {
  return cell(tr, 'check').firstElementChild as HTMLInputElement;
}

/** Writes the order's values into the row's cells; returns the links and buttons it made. */
function writeContent(
  tr: HTMLTableRowElement,
  row: OrderSummary,
  { texts, lang, now }: RowView,
): Pick<Painted, 'controls' | 'answers'> {
  const doc = tr.ownerDocument;
  const controls: HTMLElement[] = [];
  const answers: HTMLButtonElement[] = [];
  const status = statusCodesText(row.status, lang);
  const orderPage = orderLink(row);
  const swiship = swishipLink(row);

  const orderId = cell(tr, 'orderId');
  setTitle(
    orderId,
    row.displayableOrderId !== undefined && row.displayableOrderId !== row.orderId
      ? row.displayableOrderId
      : undefined,
  );
  orderId.replaceChildren(
    orderPage ? link(doc, controls, orderPage, row.orderId, { title: texts.openOrder }) : row.orderId,
  );
  cell(tr, 'countryCode').textContent = row.countryCode;
  const statusCell = cell(tr, 'status');
  statusCell.textContent = status;
  setTitle(statusCell, status);
  cell(tr, 'shipDate').textContent = row.shipDate ? formatDay(row.shipDate, lang) : '';
  cell(tr, 'edd').textContent = row.edd ? formatDay(row.edd, lang) : '';
  cell(tr, 'carrier').textContent = row.carrier ?? '';
  cell(tr, 'tracking').replaceChildren(
    row.tracking && swiship ? link(doc, controls, swiship, row.tracking) : (row.tracking ?? ''),
  );

  const findings: Node[] = [];
  if (row.kinds.includes('lost-check')) {
    const question = doc.createElement('span');
    question.className = 'delivery';
    question.title = texts.deliveryQuestion;
    answers.push(
      answerButton(doc, 'delivered', texts.delivered, 'answer-delivered'),
      answerButton(doc, 'not-delivered', texts.notDelivered, 'answer-not-delivered'),
    );
    question.append(...answers);
    controls.push(...answers);
    findings.push(question);
  }
  for (const finding of row.findings) {
    const described = describeFinding(finding, lang);
    const chip = {
      className: `finding ${SEVERITIES[Math.max(0, SEVERITIES.indexOf(finding.severity))]}`,
      title: `${described.title} — ${described.action}`,
    };
    const label = texts.kinds[finding.kind];
    // "Vérifier sur Swiship" opens the marketplace's Swiship page for the parcel.
    if (finding.kind === 'lost-check' && swiship) {
      const a = link(doc, controls, swiship, label, chip);
      a.dataset.testid = 'swiship-chip';
      findings.push(a);
    } else {
      const span = doc.createElement('span');
      Object.assign(span, chip);
      span.textContent = label;
      findings.push(span);
    }
  }
  cell(tr, 'findings').replaceChildren(...findings);

  const deadline: (Node | string)[] = [];
  if (row.claimDeadline) {
    const daysLeft = daysBetween(todayIn(now, row.timeZone), row.claimDeadline);
    deadline.push(`${formatDay(row.claimDeadline, lang)} (${texts.daysLeft(daysLeft)})`);
  }
  if (row.claimFiled) {
    const filed = doc.createElement('span');
    filed.className = 'filed';
    filed.textContent = ` ✓ ${row.caseId ?? texts.claimFiled}`;
    deadline.push(filed);
  }
  cell(tr, 'claimDeadline').replaceChildren(...deadline);
  return { controls, answers };
}

function setTitle(element: HTMLElement, title: string | undefined): void {
  if (title === undefined) element.removeAttribute('title');
  else element.title = title;
}

/** A link that opens in a new tab, the opener kept from it; added to `controls`. */
function link(
  doc: Document,
  controls: HTMLElement[],
  href: string,
  text: string,
  extra: { title?: string; className?: string } = {},
): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  Object.assign(a, extra);
  a.textContent = text;
  controls.push(a);
  return a;
}

function answerButton(doc: Document, answer: string, text: string, testId: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.answer = answer;
  button.dataset.testid = testId;
  button.textContent = text;
  return button;
}
