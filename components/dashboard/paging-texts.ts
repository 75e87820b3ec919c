import type { Lang } from '../../core/i18n/lang';

// What the paged orders table and the re-assessment progress say, in the five languages.

export interface PagingTexts {
  /** Shown when the filters' count would need every row read: at least the rows loaded so far. */
  shownAtLeast: (shown: number, total: number) => string;
  /** While the stored orders are still being counted (most of a second at 100,000). */
  counting: (shown: number) => string;
  /** Label of the progress of a full re-assessment after a settings change. */
  reassessing: string;
  reassessDone: (done: number, total: number) => string;
}

const en: PagingTexts = {
  shownAtLeast: (shown, total) =>
    `${shown.toLocaleString('en')}+ of ${total.toLocaleString('en')} orders (scroll for more)`,
  counting: (shown) => `${shown.toLocaleString('en')} orders shown, counting…`,
  reassessing: 'Re-assessing every order with the new settings',
  reassessDone: (done, total) => `${done.toLocaleString('en')} / ${total.toLocaleString('en')} orders`,
};

export const PAGING_TEXTS: Readonly<Record<Lang, PagingTexts>> = {
  en,
  fr: {
    shownAtLeast: (shown, total) =>
      `${shown.toLocaleString('fr')}+ commandes sur ${total.toLocaleString('fr')} (faites défiler pour la suite)`,
    counting: (shown) => `${shown.toLocaleString('fr')} commandes affichées, comptage en cours…`,
    reassessing: 'Réévaluation de toutes les commandes avec les nouveaux réglages',
    reassessDone: (done, total) => `${done.toLocaleString('fr')} / ${total.toLocaleString('fr')} commandes`,
  },
  de: {
    shownAtLeast: (shown, total) =>
      `${shown.toLocaleString('de')}+ von ${total.toLocaleString('de')} Bestellungen (für weitere scrollen)`,
    counting: (shown) => `${shown.toLocaleString('de')} Bestellungen angezeigt, Zählung läuft…`,
    reassessing: 'Alle Bestellungen werden mit den neuen Einstellungen neu bewertet',
    reassessDone: (done, total) =>
      `${done.toLocaleString('de')} / ${total.toLocaleString('de')} Bestellungen`,
  },
  es: {
    shownAtLeast: (shown, total) =>
      `${shown.toLocaleString('es')}+ de ${total.toLocaleString('es')} pedidos (desplácese para ver más)`,
    counting: (shown) => `${shown.toLocaleString('es')} pedidos mostrados, contando…`,
    reassessing: 'Reevaluando todos los pedidos con la nueva configuración',
    reassessDone: (done, total) => `${done.toLocaleString('es')} / ${total.toLocaleString('es')} pedidos`,
  },
  it: {
    shownAtLeast: (shown, total) =>
      `${shown.toLocaleString('it')}+ ordini su ${total.toLocaleString('it')} (scorri per vederne altri)`,
    counting: (shown) => `${shown.toLocaleString('it')} ordini mostrati, conteggio in corso…`,
    reassessing: 'Rivalutazione di tutti gli ordini con le nuove impostazioni',
    reassessDone: (done, total) => `${done.toLocaleString('it')} / ${total.toLocaleString('it')} ordini`,
  },
};
