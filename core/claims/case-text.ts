import type { Lang } from '../i18n/lang';
import type { ClaimReason } from './claim';
import { CLAIM_TEXTS, orderFactLines, punctuate } from './claim-text';
import type { PreparedCase } from './prepare-cases';

// The text of one case of several orders (issue 15 item 5), pasted into Selling Partner Support's
// case form in the support's language. Each order is described by the same lines as the one-order
// claim text (core/claims/claim-text.ts), plus what the carrier says; then the total of items, the
// figure support counts against the handful of items sellers advise per case. Amazon's own words
// per language: "Ventes Multi-Sites", "Multi-Channel Fulfillment", "Multi-Channel-Versand",
// "Envíos multicanal", "Logistica multicanale".

export interface CaseTexts {
  /** Subject line for `orders` orders of `items` units. */
  subject: Record<ClaimReason, (orders: number, items: number) => string>;
  /** Opening paragraph for several orders (one order uses the one-order claim text's). */
  intro: Record<ClaimReason, (orders: number) => string>;
  orderHeading: (index: number, orders: number) => string;
  totalItems: string;
}

const en: CaseTexts = {
  subject: {
    lost: (n, items) =>
      `Reimbursement request: ${n} lost Multi-Channel Fulfillment order${n === 1 ? '' : 's'} (${items} item${items === 1 ? '' : 's'})`,
    damaged: (n, items) =>
      `Reimbursement request: ${n} damaged Multi-Channel Fulfillment order${n === 1 ? '' : 's'} (${items} item${items === 1 ? '' : 's'})`,
  },
  intro: {
    lost: (n) =>
      `The ${n} Multi-Channel Fulfillment orders below were not delivered within 7 days of their estimated delivery date, and the carrier does not show them as delivered. I request a reimbursement for these lost orders.`,
    damaged: (n) =>
      `The ${n} Multi-Channel Fulfillment orders below were damaged in transit. I request a reimbursement for these damaged orders; the proof for each one is attached.`,
  },
  orderHeading: (i, n) => `Order ${i} of ${n}`,
  totalItems: 'Total items',
};

export const CASE_TEXTS: Readonly<Record<Lang, CaseTexts>> = {
  fr: {
    subject: {
      lost: (n, items) =>
        `Demande de remboursement : ${n} commande${n > 1 ? 's' : ''} Ventes Multi-Sites perdue${n > 1 ? 's' : ''} (${items} article${items > 1 ? 's' : ''})`,
      damaged: (n, items) =>
        `Demande de remboursement : ${n} commande${n > 1 ? 's' : ''} Ventes Multi-Sites endommagée${n > 1 ? 's' : ''} (${items} article${items > 1 ? 's' : ''})`,
    },
    intro: {
      lost: (n) =>
        `Les ${n} commandes Ventes Multi-Sites ci-dessous n'ont pas été livrées dans les 7 jours suivant leur date de livraison estimée et le transporteur n'indique pas de livraison. Je vous demande le remboursement de ces commandes perdues.`,
      damaged: (n) =>
        `Les ${n} commandes Ventes Multi-Sites ci-dessous ont été endommagées pendant le transport. Je vous demande le remboursement de ces commandes endommagées ; les justificatifs de chacune sont joints.`,
    },
    orderHeading: (i, n) => `Commande ${i} sur ${n}`,
    totalItems: 'Total des articles',
  },
  en,
  de: {
    subject: {
      lost: (n, items) =>
        `Erstattungsantrag: ${n} verlorene Multi-Channel-Versand-Bestellung${n === 1 ? '' : 'en'} (${items} Artikel)`,
      damaged: (n, items) =>
        `Erstattungsantrag: ${n} beschädigte Multi-Channel-Versand-Bestellung${n === 1 ? '' : 'en'} (${items} Artikel)`,
    },
    intro: {
      lost: (n) =>
        `Die ${n} unten stehenden Multi-Channel-Versand-Bestellungen wurden nicht innerhalb von 7 Tagen nach ihrem voraussichtlichen Lieferdatum zugestellt, und der Versanddienst zeigt keine Zustellung an. Ich beantrage die Erstattung dieser verlorenen Bestellungen.`,
      damaged: (n) =>
        `Die ${n} unten stehenden Multi-Channel-Versand-Bestellungen wurden beim Transport beschädigt. Ich beantrage die Erstattung dieser beschädigten Bestellungen; die Nachweise zu jeder Bestellung sind beigefügt.`,
    },
    orderHeading: (i, n) => `Bestellung ${i} von ${n}`,
    totalItems: 'Artikel insgesamt',
  },
  es: {
    subject: {
      lost: (n, items) =>
        `Solicitud de reembolso: ${n} pedido${n === 1 ? '' : 's'} de Envíos multicanal perdido${n === 1 ? '' : 's'} (${items} artículo${items === 1 ? '' : 's'})`,
      damaged: (n, items) =>
        `Solicitud de reembolso: ${n} pedido${n === 1 ? '' : 's'} de Envíos multicanal dañado${n === 1 ? '' : 's'} (${items} artículo${items === 1 ? '' : 's'})`,
    },
    intro: {
      lost: (n) =>
        `Los ${n} pedidos de Envíos multicanal indicados abajo no se entregaron en los 7 días siguientes a su fecha de entrega estimada y el transportista no indica ninguna entrega. Solicito el reembolso de estos pedidos perdidos.`,
      damaged: (n) =>
        `Los ${n} pedidos de Envíos multicanal indicados abajo resultaron dañados durante el transporte. Solicito el reembolso de estos pedidos dañados; adjunto los justificantes de cada uno.`,
    },
    orderHeading: (i, n) => `Pedido ${i} de ${n}`,
    totalItems: 'Total de artículos',
  },
  it: {
    subject: {
      lost: (n, items) =>
        `Richiesta di rimborso: ${n} ordin${n === 1 ? 'e' : 'i'} di Logistica multicanale pers${n === 1 ? 'o' : 'i'} (${items} articol${items === 1 ? 'o' : 'i'})`,
      damaged: (n, items) =>
        `Richiesta di rimborso: ${n} ordin${n === 1 ? 'e' : 'i'} di Logistica multicanale danneggiat${n === 1 ? 'o' : 'i'} (${items} articol${items === 1 ? 'o' : 'i'})`,
    },
    intro: {
      lost: (n) =>
        `I ${n} ordini di Logistica multicanale qui sotto non sono stati consegnati entro 7 giorni dalla data di consegna stimata e il corriere non ne indica la consegna. Chiedo il rimborso di questi ordini persi.`,
      damaged: (n) =>
        `I ${n} ordini di Logistica multicanale qui sotto sono stati danneggiati durante il trasporto. Chiedo il rimborso di questi ordini danneggiati; i documenti giustificativi di ciascuno sono allegati.`,
    },
    orderHeading: (i, n) => `Ordine ${i} di ${n}`,
    totalItems: 'Totale articoli',
  },
};

/** The case text of a prepared case (or any orders of one reason) in `lang`. */
export function caseText(prepared: Pick<PreparedCase, 'reason' | 'orders' | 'items'>, lang: Lang): string {
  const t = CASE_TEXTS[lang];
  const claim = CLAIM_TEXTS[lang];
  const { reason, orders } = prepared;
  const n = orders.length;
  const first = orders[0];
  const lines: string[] = [t.subject[reason](n, prepared.items), ''];
  lines.push(n === 1 && first ? claim.intro[first.finding.kind] : t.intro[reason](n));
  orders.forEach((entry, i) => {
    lines.push('', `— ${t.orderHeading(i + 1, n)} —`);
    lines.push(...orderFactLines(entry.order, entry.finding, lang, { carrierSays: true }));
  });
  lines.push('', `${t.totalItems} : ${prepared.items}`);
  if (reason === 'damaged') lines.push('', claim.photosTitle, ...claim.photos.map((photo) => `- ${photo}`));
  lines.push('', claim.closing);
  return punctuate(lines.join('\n'), lang);
}
