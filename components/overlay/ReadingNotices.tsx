import type { RefusalReason } from '../../core/page/read-order-page';
import { leafOf } from './order-state';
import { FIELD_LABELS, type Lang, OVERLAY_TEXTS } from './texts';

// What the overlay says about the reading itself, before the order: an error, why the page was
// not read, values cut to the limits, fields the page shows with values that disagree.

export function ReadingNotices(props: {
  lang: Lang;
  error?: string | undefined;
  refused?: RefusalReason | undefined;
  cut?: readonly string[] | undefined;
  conflicts?: readonly string[] | undefined;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  return (
    <>
      {props.error && (
        <p class="mcf-error" role="alert">
          {t.error}: {props.error}
        </p>
      )}
      {props.refused && (
        <p class="mcf-refused" data-testid="overlay-refused">
          {props.refused === 'several-orders' ? t.refusedSeveralOrders : t.refusedOtherOrder}
        </p>
      )}
      {props.cut && props.cut.length > 0 && (
        <p class="mcf-conflicts" data-testid="overlay-cut">
          {t.cut} {[...new Set(props.cut)].slice(0, 5).join(', ')}
          {props.cut.length > 5 ? ' …' : ''}
        </p>
      )}
      {props.conflicts && props.conflicts.length > 0 && (
        <p class="mcf-conflicts" data-testid="overlay-conflicts">
          {t.conflicts} {fieldList(props.conflicts, props.lang)}
        </p>
      )}
    </>
  );
}

/** Field names in a sentence: "date de livraison estimée, transporteur" (acronyms kept). */
function fieldList(paths: readonly string[], lang: Lang): string {
  const names = [...new Set(paths.map(leafOf))].map((name) => FIELD_LABELS[lang][name] ?? name);
  return names
    .map((name) => (/^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name))
    .join(', ');
}
