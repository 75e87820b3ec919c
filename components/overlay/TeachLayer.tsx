import type { PickedValue } from '../../core/teach/picked-value';
import type { UserField } from '../../core/user-fields';
import { FIELD_LABELS, type Lang, OVERLAY_TEXTS } from './texts';

// Teach mode's layer (issue 12): the page dimmed, the element under the pointer outlined, and a
// panel with what was read and the confirm / cancel buttons. It lives in the overlay's shadow
// root; every part the pointer may cross lets the pointer through (pointer-events: none), so
// the seller's click reaches the page, where the picker catches it.

/** A rectangle in viewport coordinates (getBoundingClientRect). */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface TeachView {
  field: UserField;
  /** The page element under the pointer. */
  hovered: Box | null;
  /** The element the seller clicked, and what it reads as. */
  picked: { box: Box | null; value: PickedValue } | null;
  saving: boolean;
  error?: string | undefined;
}

export interface TeachLayerProps extends TeachView {
  lang: Lang;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A handler run only for the seller's own events: a page script can reach an open overlay and
 * click its buttons, but its events are never `isTrusted` (it could teach a value and a rule).
 */
export const onSellerEvent =
  (handler: () => void) =>
  (event: Event): void => {
    if (event.isTrusted === true) handler();
  };

const boxStyle = (box: Box) => ({
  top: `${box.top}px`,
  left: `${box.left}px`,
  width: `${box.width}px`,
  height: `${box.height}px`,
});

export function TeachLayer(props: TeachLayerProps) {
  const t = OVERLAY_TEXTS[props.lang];
  const picked = props.picked?.value;
  return (
    <div class="mcf-teach" data-testid="teach-layer">
      <div class="mcf-teach-dim" aria-hidden="true" />
      {props.picked?.box && (
        <div
          class="mcf-teach-outline mcf-teach-picked"
          style={boxStyle(props.picked.box)}
          aria-hidden="true"
        />
      )}
      {props.hovered && <div class="mcf-teach-outline" style={boxStyle(props.hovered)} aria-hidden="true" />}
      <aside class="mcf-teach-panel" aria-label={t.teach}>
        <p class="mcf-teach-ask">
          {t.teachInstruction} <strong>{FIELD_LABELS[props.lang][props.field]}</strong>. {t.teachEsc}
        </p>
        <p class="mcf-teach-read" aria-live="polite" data-testid="teach-value">
          {picked && (
            <>
              {t.teachRead} {picked.shown}
              {picked.ok && picked.value !== picked.shown && ` → ${valueText(picked.value, props.lang)}`}
            </>
          )}
        </p>
        {picked && !picked.ok && (
          <p class="mcf-teach-reason" role="alert" data-testid="teach-reason">
            {t[`reason.${picked.reason}`]}
          </p>
        )}
        {props.error && (
          <p class="mcf-teach-reason" role="alert">
            {t.teachFailed}: {props.error}
          </p>
        )}
        <p class="mcf-teach-actions">
          <button
            type="button"
            data-testid="teach-confirm"
            disabled={!picked?.ok || props.saving}
            onClick={onSellerEvent(props.onConfirm)}
          >
            {props.saving ? t.teachSaving : t.teachConfirm}
          </button>
          <button type="button" data-testid="teach-cancel" onClick={onSellerEvent(props.onCancel)}>
            {t.teachCancel}
          </button>
        </p>
      </aside>
    </div>
  );
}

/** A stored value as the seller reads it: dates as they are (ISO), a delivery status in words. */
function valueText(value: string, lang: Lang): string {
  const t = OVERLAY_TEXTS[lang];
  if (value === 'DELIVERED') return t.delivered;
  if (value === 'IN_TRANSIT') return t.notDelivered;
  return value;
}
