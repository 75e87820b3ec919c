import { useState } from 'preact/hooks';
import type { PopupTexts } from '../../components/popup/texts';
import { errorText } from '../../core/error-text';
import type { ContentMessages } from '../../core/messages/content';
import type { ReplyOf } from '../../core/messages/protocol';
import type { Order } from '../../core/model/order';
import { primaryOrderId } from '../../core/model/order-key';
import { checkFormOrder, orderIdsInUrl } from '../../core/return-form/form-order';
import { idsInUrl } from '../../core/return-form/page-ids';
import { planReturnFill, type ReturnChoices } from '../../core/return-form/plan';
import type { FillReport } from '../../core/return-form/schema';
import { openInTab, sleep, type TabClient } from './messaging';

// Prefilling Amazon's "Create customer return" form in the tab (never submitting it): the form
// read, opened from the order page when needed, checked to be this order's, filled from a plan,
// and what each field became reported back.

/** How long a freshly opened "Create customer return" page may take to show its form. */
const FORM_WAIT_MS = 15_000;

export type FormReading = ReplyOf<ContentMessages, 'return-form.read'>;

export function useReturnFill(t: PopupTexts) {
  const [formReading, setFormReading] = useState<FormReading | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<FillReport | null>(null);
  /** The quantities last asked for: the return being tracked starts from them. */
  const [lastQuantities, setLastQuantities] = useState<Readonly<Record<string, number>>>({});

  /** Reads the tab's form (when it shows one), for the reasons it offers. */
  function readForm(tab: TabClient) {
    tab('return-form.read', {})
      .then((reading) => setFormReading(reading))
      .catch(() => undefined);
  }

  async function fill(tab: TabClient, tabId: number, order: Order, choices: ReturnChoices) {
    setError(null);
    setReport(null);
    try {
      setBusy(t.filling);
      let reading = await tab('return-form.read', {});
      if (!reading.form) {
        if (!reading.createReturnUrl) {
          setError(t.noForm);
          return;
        }
        setBusy(t.openingForm);
        await openInTab(tabId, reading.createReturnUrl);
        reading = (await waitForForm(tab)) ?? reading;
        if (!reading.form) {
          setError(t.formNotLoaded);
          return;
        }
        setBusy(t.filling);
      }
      setFormReading(reading);
      // The tab may have moved to another order's form since the popup opened: fill nothing then.
      const check = checkFormOrder(
        order,
        reading.url,
        await pageOrderIds(tab, reading.url),
        idsInUrl(reading.url),
      );
      if (check.verdict === 'other') {
        setError(t.otherOrderForm(check.formOrderId, primaryOrderId(order)));
        return;
      }
      const plan = planReturnFill(order, choices, reading.form);
      setLastQuantities(choices.quantities);
      setReport(await tab('return-form.fill', { plan }));
    } catch (caught) {
      setError(`${t.tabError}: ${errorText(caught)}`);
    } finally {
      setBusy(null);
    }
  }

  return { formReading, busy, error, report, lastQuantities, readForm, fill };
}

/** The order ids the page in the tab shows, when its URL names none (the reader's reading). */
async function pageOrderIds(tab: TabClient, url: string): Promise<string[]> {
  if (orderIdsInUrl(url).length > 0) return [];
  const { reading } = await tab('page.reading', {}).catch(() => ({ reading: null }));
  const order = reading?.order;
  return [order?.sellerFulfillmentOrderId, order?.displayableOrderId].filter(
    (id): id is string => typeof id === 'string',
  );
}

/** Polls the tab until its (new) page shows the return form, or gives up. */
async function waitForForm(tab: TabClient): Promise<FormReading | null> {
  const until = Date.now() + FORM_WAIT_MS;
  while (Date.now() < until) {
    await sleep(400);
    // While the page loads, nothing answers: try again.
    const reading = await tab('return-form.read', {}).catch(() => null);
    if (reading?.form) return reading;
  }
  return null;
}
