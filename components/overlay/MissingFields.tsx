import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Order } from '../../core/model/order';
import { USER_FIELD_KIND, type UserField, userFieldPath, userTypedPaths } from '../../core/user-fields';
import { leafOf } from './order-state';
import { FIELD_LABELS, type Lang, OVERLAY_TEXTS } from './texts';

// The fields the page lacks (or the seller already typed), each with an input and its own Save:
// the seller's values are kept as theirs and win over a later reading.

export function MissingFields(props: {
  lang: Lang;
  missing: readonly string[];
  fields: readonly UserField[];
  order: Order;
  onSave: (field: UserField, value: string) => Promise<void>;
  teachButton: (field: UserField) => ComponentChildren;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  const typed = userTypedPaths(props.order);
  // Per-shipment paths (`shipments.1.shippingDate`) are summarised by their field name.
  const names = [...new Set(props.missing.map(leafOf))];
  return (
    <form
      class="mcf-missing"
      data-testid="overlay-missing"
      onSubmit={(event) => event.preventDefault()}
      aria-describedby="mcf-missing-help"
    >
      <h2 class="mcf-h">{t.missingTitle}</h2>
      {names.length > 0 && (
        <p class="mcf-missing-list" data-testid="overlay-missing-list">
          {names.map((name) => FIELD_LABELS[props.lang][name] ?? name).join(' · ')}
        </p>
      )}
      {props.fields.length > 0 && (
        <p id="mcf-missing-help" class="mcf-help">
          {t.missingHelp}
        </p>
      )}
      {props.fields.map((field) => {
        // Beside the field's row, not in it: the row's one button is its Save.
        const teach = props.teachButton(field);
        return (
          <Fragment key={field}>
            <MissingField
              lang={props.lang}
              field={field}
              typedByUser={typed.has(userFieldPath(field))}
              onSave={props.onSave}
            />
            {teach && <div class="mcf-teach-row">{teach}</div>}
          </Fragment>
        );
      })}
    </form>
  );
}

function MissingField(props: {
  lang: Lang;
  field: UserField;
  typedByUser: boolean;
  onSave: (field: UserField, value: string) => Promise<void>;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  const [value, setValue] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const id = `mcf-field-${props.field}`;
  const kind = USER_FIELD_KIND[props.field];
  const save = async () => {
    if (!value) return;
    setState('saving');
    try {
      await props.onSave(props.field, value);
      setState('saved');
    } catch {
      setState('error');
    }
  };
  return (
    <div class="mcf-field">
      <label for={id}>
        {FIELD_LABELS[props.lang][props.field]}
        {props.typedByUser && <em> ({t.yourValue})</em>}
      </label>
      {kind === 'delivery' ? (
        <select
          id={id}
          value={value}
          onChange={(e) => setValue((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t.choose}</option>
          <option value="DELIVERED">{t.delivered}</option>
          <option value="IN_TRANSIT">{t.notDelivered}</option>
        </select>
      ) : kind === 'date' ? (
        <input id={id} type="date" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          maxLength={80}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      )}
      <button type="button" onClick={save} disabled={!value || state === 'saving'}>
        {t.save}
      </button>
      <span role="status" class="mcf-state">
        {state === 'saved' ? t.saved : state === 'error' ? '✗' : ''}
      </span>
    </div>
  );
}
