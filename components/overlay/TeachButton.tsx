import type { UserField } from '../../core/user-fields';
import { onSellerEvent } from './TeachLayer';
import { FIELD_LABELS, type Lang, OVERLAY_TEXTS } from './texts';

// The button beside a field that starts teach mode for it: "show it on the page". Only the
// seller's own (trusted) click starts it.

export function TeachButton(props: {
  lang: Lang;
  field: UserField;
  override: boolean;
  onTeach: (field: UserField, override: boolean) => void;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  return (
    <button
      type="button"
      class="mcf-teach-btn"
      data-testid={`teach-field-${props.field}`}
      title={props.override ? t.teachWrong : t.teachMissing}
      aria-label={`${t.teach} (${FIELD_LABELS[props.lang][props.field]})`}
      onClick={onSellerEvent(() => props.onTeach(props.field, props.override))}
    >
      {t.teach}
    </button>
  );
}
