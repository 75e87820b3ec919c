import { useState } from 'preact/hooks';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { contactUrlFor } from '../../core/support/contact-url';
import { SUPPORT_TEXTS } from '../support-text';

// "Open support and prefill the case" (issue 15 item 7): copies the case text to the clipboard at
// the click (a user gesture, so the copy is allowed and the fallback always holds), then asks the
// background to open Selling Partner Support for the order's marketplace in a new tab, where the
// contact-page script fills the case form's description box. Nothing is ever sent for the seller.

/** What the extension page sends as `support.prefill` (core/messages/support.ts). */
/** How long the copy may take before the tab opens without it. */
const COPY_WAIT_MS = 1500;

export interface SupportPrefillAsk {
  host: string;
  lang: Lang;
  text: string;
  subject?: string;
  orderId?: string;
}

export interface ContactSupportButtonProps {
  lang: Lang;
  /** The order's Seller Central host (its marketplace). */
  host: string;
  /** The case text; none: the button is disabled. */
  text: string | null;
  orderId?: string;
  subject?: string;
  /** Sends `support.prefill` to the background. */
  onOpen: (ask: SupportPrefillAsk) => Promise<unknown>;
  /** Copies to the clipboard (default: `navigator.clipboard.writeText`). */
  copy?: (text: string) => Promise<void>;
  testId?: string;
}

export function ContactSupportButton(props: ContactSupportButtonProps) {
  const t = SUPPORT_TEXTS[props.lang];
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const usable = props.text !== null && props.text !== '' && contactUrlFor(props.host) !== null;
  const onClick = async () => {
    const text = props.text;
    if (!text || busy) return;
    setBusy(true);
    // First, while the click still counts as the seller's gesture: the clipboard. A browser may
    // hold the copy back (a permission prompt, an unfocused page): the tab opens anyway, soon.
    const copy = props.copy ?? ((value: string) => navigator.clipboard.writeText(value));
    const copying = copy(text).then(
      () => true,
      () => false,
    );
    const copied = await Promise.race([
      copying,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), COPY_WAIT_MS)),
    ]);
    try {
      await props.onOpen({
        host: props.host,
        lang: props.lang,
        text,
        ...(props.subject ? { subject: props.subject } : {}),
        ...(props.orderId ? { orderId: props.orderId } : {}),
      });
      setStatus({ text: copied ? t.opened : t.openedNotCopied, error: false });
    } catch (error) {
      setStatus({
        text: `${t.failed}: ${errorText(error)}`,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="contact-support">
      <button
        type="button"
        title={t.buttonHint}
        disabled={!usable || busy}
        aria-busy={busy}
        data-testid={props.testId ?? 'contact-support'}
        onClick={() => void onClick()}
      >
        {t.button}
      </button>{' '}
      <span role="status" class={status?.error ? 'error' : undefined}>
        {status?.text ?? ''}
      </span>
    </div>
  );
}
