import type { ComponentChildren } from 'preact';
import type { Order } from '../../core/model/order';
import { swishipUrl } from '../../core/model/order-key';
import type { UserField } from '../../core/user-fields';
import { orderStatusText } from '../status-text';
import { formatDay } from './order-state';
import { type Lang, OVERLAY_TEXTS } from './texts';

// The order as read: status, first shipment's dates, first tracked package, with the Swiship link
// and, beside each field read from the page, the button to show it again when it was misread.

export function OrderFacts(props: {
  lang: Lang;
  order: Order;
  teachButton: (field: UserField) => ComponentChildren;
}) {
  const { lang, order, teachButton } = props;
  const t = OVERLAY_TEXTS[lang];
  const firstShipment = order.shipments[0];
  const firstPackage = order.shipments.flatMap((s) => s.packages).find((p) => p.trackingNumber);
  const swiship = firstPackage?.trackingNumber
    ? swishipUrl(firstPackage.trackingNumber, order.marketplace.locale)
    : undefined;
  return (
    <dl class="mcf-facts">
      <dt>{t.status}</dt>
      <dd>
        {orderStatusText(order, lang)}
        {teachButton('deliveryStatus')}
      </dd>
      <dt>{t.shipDate}</dt>
      <dd>
        {formatDay(firstShipment?.shippingDate, lang)}
        {teachButton('shippingDate')}
      </dd>
      <dt>{t.edd}</dt>
      <dd>
        {formatDay(firstShipment?.estimatedArrivalDate ?? order.estimatedArrivalDate, lang)}
        {teachButton('estimatedArrivalDate')}
      </dd>
      <dt>{t.carrier}</dt>
      <dd>
        {firstPackage?.carrierCode ?? '—'}
        {teachButton('carrierCode')}
      </dd>
      <dt>{t.tracking}</dt>
      <dd>
        {firstPackage?.trackingNumber ?? '—'}
        {swiship && (
          <>
            {' '}
            <a href={swiship} target="_blank" rel="noopener noreferrer">
              {t.trackOnSwiship}
            </a>
          </>
        )}
        {teachButton('trackingNumber')}
      </dd>
    </dl>
  );
}
