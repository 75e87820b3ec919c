// Words of the in-page overlay, fr and en. Finding texts live in components/finding-text.ts,
// shared with the popup, so both say the same thing.

export type Lang = 'fr' | 'en';

export const OVERLAY_TEXTS = {
  fr: {
    region: 'MCF Desk : suivi de la commande',
    collapse: 'Réduire',
    expand: 'Afficher',
    order: 'Commande',
    status: 'Statut',
    shipDate: "Date d'expédition",
    edd: 'Livraison estimée',
    carrier: 'Transporteur',
    tracking: 'Suivi',
    trackOnSwiship: 'Suivre sur Swiship',
    nothingToDo: 'Rien à faire pour le moment.',
    findings: 'À faire',
    createReturn: 'Créer un retour client',
    contactSupport: 'Contacter le support aux partenaires de vente',
    missingTitle: 'Informations introuvables sur la page',
    missingHelp: 'Saisissez-les : vos valeurs ne seront jamais écrasées par une lecture de la page.',
    save: 'Enregistrer',
    saved: 'Enregistré',
    yourValue: 'saisi par vous',
    conflict: 'La page indique une autre valeur',
    delivered: 'Livré',
    notDelivered: 'Pas livré',
    choose: 'Choisir…',
    fillReport: 'Formulaire de retour',
    filled: 'rempli',
    notFilled: 'non rempli',
    error: "MCF Desk n'a pas pu enregistrer cette commande",
    refusedSeveralOrders: 'Page non lue : plusieurs commandes sur cette page.',
    refusedOtherOrder: "Page non lue : elle montre une autre commande que celle de l'adresse.",
    conflicts: 'Valeurs contradictoires :',
  },
  en: {
    region: 'MCF Desk: order follow-up',
    collapse: 'Collapse',
    expand: 'Expand',
    order: 'Order',
    status: 'Status',
    shipDate: 'Ship date',
    edd: 'Estimated delivery',
    carrier: 'Carrier',
    tracking: 'Tracking',
    trackOnSwiship: 'Track on Swiship',
    nothingToDo: 'Nothing to do for now.',
    findings: 'To do',
    createReturn: 'Create customer return',
    contactSupport: 'Contact Selling Partner Support',
    missingTitle: 'Not found on the page',
    missingHelp: 'Type them in: page readings never overwrite your values.',
    save: 'Save',
    saved: 'Saved',
    yourValue: 'typed by you',
    conflict: 'The page shows another value',
    delivered: 'Delivered',
    notDelivered: 'Not delivered',
    choose: 'Choose…',
    fillReport: 'Return form',
    filled: 'filled',
    notFilled: 'not filled',
    error: 'MCF Desk could not store this order',
    refusedSeveralOrders: 'Page not read: it shows several orders.',
    refusedOtherOrder: 'Page not read: it shows another order than the one in its address.',
    conflicts: 'Conflicting values:',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type OverlayTexts = (typeof OVERLAY_TEXTS)[Lang];

/** Names of the fields the reader may miss, as the seller reads them. */
export const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  fr: {
    estimatedArrivalDate: 'Date de livraison estimée',
    shippingDate: "Date d'expédition",
    trackingNumber: 'Numéro de suivi',
    carrierCode: 'Transporteur',
    deliveryStatus: 'Livraison',
    sellerFulfillmentOrderId: 'N° de commande',
    fulfillmentOrderStatus: 'Statut',
    salesChannel: 'Canal de vente',
    items: 'Articles',
  },
  en: {
    estimatedArrivalDate: 'Estimated delivery date',
    shippingDate: 'Ship date',
    trackingNumber: 'Tracking number',
    carrierCode: 'Carrier',
    deliveryStatus: 'Delivery',
    sellerFulfillmentOrderId: 'Order ID',
    fulfillmentOrderStatus: 'Status',
    salesChannel: 'Sales channel',
    items: 'Items',
  },
};

export function langOf(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
