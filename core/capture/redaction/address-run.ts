import { composedText } from '../../page/text';
import { isCountryName } from '../personal-labels';
import { ELEMENT_NODE } from '../walk';
import { hasPostcode } from './address-blocks';

// An address under its label written one line per block: "Ship to", then `<div>Name</div>`,
// `<div>Street</div>`, `<div>Building B, 3rd floor</div>`, `<div>67000</div>`, `<div>STRASBOURG</div>`.
// The value is then the run of short blocks up to the postcode's line (or the country's), and
// the town or region lines right after it; a run with neither is its first block alone, as any
// other value (what follows a name may be anything).

const MAX_LINES = 9;
const LINE_LENGTH = 80;

/** Whether `block` may be a further line of an address run: short, and not a link to click. */
export function continuesAddressRun(block: Node, linesSoFar: number): boolean {
  if (linesSoFar >= MAX_LINES) return false;
  const shown = composedText(block, LINE_LENGTH);
  if (shown === null || shown === '') return false;
  if (block.nodeType !== ELEMENT_NODE) return true;
  const element = block as Element;
  // "View on map", "Change address": a link alone on its line is an action, not a line.
  const links = Array.from(element.querySelectorAll('a'));
  const linked = links.map((a) => composedText(a, LINE_LENGTH) ?? '').join(' ');
  return !(element.localName === 'a' || (links.length > 0 && linked.trim() === shown));
}

/** Words of a town or region line after the postcode's ("STRASBOURG", "Zaragoza", "Bas-Rhin"). */
const TOWN_LINE = /^[\p{L}'’. -]{2,40}$/u;

/** The address's own lines among the blocks after its label. */
export function trimAddressRun(blocks: Node[]): Node[] {
  if (blocks.length <= 1) return blocks;
  const lines = blocks.map((block) => composedText(block, LINE_LENGTH) ?? '');
  let end = -1;
  lines.forEach((line, i) => {
    if (hasPostcode(line) || isCountryName(line)) end = i;
  });
  if (end <= 0) return blocks.slice(0, 1);
  for (let extra = 0; extra < 2 && end + 1 < lines.length && TOWN_LINE.test(lines[end + 1]!); extra++) end++;
  return blocks.slice(0, end + 1);
}
