import type { LocatedCaseField } from './find-case-form';

// An order id as its box takes it. Some forms want the id without its dashes ("S0120944718836150",
// with a `pattern` and a `maxlength` of 17): written with them, it would be refused or cut. The
// id is the same either way, so it is written the way the box accepts; any other value is
// written as it is, and a box that takes neither form is reported as not filled.

/** Whether the box's own checks (`maxlength`, `pattern`) accept `value`. */
export function boxAccepts(field: Pick<LocatedCaseField, 'maxLength' | 'pattern'>, value: string): boolean {
  if (field.maxLength !== undefined && value.length > field.maxLength) return false;
  if (field.pattern === undefined) return true;
  const whole = patternOf(field.pattern);
  return whole === null || whole.test(value);
}

/** A `pattern` attribute as the browser applies it: the whole value, with the `v` flag. */
function patternOf(pattern: string): RegExp | null {
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // An older engine without `v`, or a pattern the browser ignores too: try the next.
    }
  }
  return null;
}

export function fitToBox(field: LocatedCaseField, value: string): string {
  if (field.role !== 'orderId' || boxAccepts(field, value)) return value;
  const compact = value.replace(/-/g, '');
  return compact !== value && boxAccepts(field, compact) ? compact : value;
}
