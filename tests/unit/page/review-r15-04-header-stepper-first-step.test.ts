import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 3 (facts/hooks.ts, "the title's status badge anywhere in its small header block"): a
// progress stepper drawn with spans in the title's header ("En attente · Expédiée · Livrée", the
// current step marked) is no badge, yet its FIRST step, "En attente", is taken as the order's
// status: a shipped and delivered order is read as Planning.

const ID = '402-3333333-4444444';
const NOW = '2024-12-10T09:00:00.000Z';

it("fr: the first step of a stepper in the title's header is not the order's status", async () => {
  const url = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
  const html = `<html lang="fr"><body>
    <div class="entete"><h1>Commande ${ID}</h1>
      <div class="etapes"><span class="faite">En attente</span><span class="faite">Expédiée</span>
        <span class="courante" aria-current="step">Livrée</span></div></div>
    <h2>Articles</h2><p><span>SKU :</span> <span>BOL-GRES-14</span> <span>Quantité :</span> <span>1</span></p>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const order = readOrderPage(document, url, { now: NOW })?.order;
  // The current step (Livrée → Complete), or nothing; never the first, past step.
  expect(['Complete', undefined]).toContain(order?.fulfillmentOrderStatus);
});
