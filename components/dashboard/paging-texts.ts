import { formatCount } from '../../core/i18n/count';
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
    `${formatCount(shown, 'en')}+ of ${formatCount(total, 'en')} orders (scroll for more)`,
  counting: (shown) => `${formatCount(shown, 'en')} orders shown, counting…`,
  reassessing: 'Re-assessing every order with the new settings',
  reassessDone: (done, total) => `${formatCount(done, 'en')} / ${formatCount(total, 'en')} orders`,
};

export const PAGING_TEXTS: Readonly<Record<Lang, PagingTexts>> = {
  en,
  fr: {
    shownAtLeast: (shown, total) =>
      `${formatCount(shown, 'fr')}+ commandes sur ${formatCount(total, 'fr')} (faites défiler pour la suite)`,
    counting: (shown) => `${formatCount(shown, 'fr')} commandes affichées, comptage en cours…`,
    reassessing: 'Réévaluation de toutes les commandes avec les nouveaux réglages',
    reassessDone: (done, total) => `${formatCount(done, 'fr')} / ${formatCount(total, 'fr')} commandes`,
  },
  de: {
    shownAtLeast: (shown, total) =>
      `${formatCount(shown, 'de')}+ von ${formatCount(total, 'de')} Bestellungen (für weitere scrollen)`,
    counting: (shown) => `${formatCount(shown, 'de')} Bestellungen angezeigt, Zählung läuft…`,
    reassessing: 'Alle Bestellungen werden mit den neuen Einstellungen neu bewertet',
    reassessDone: (done, total) => `${formatCount(done, 'de')} / ${formatCount(total, 'de')} Bestellungen`,
  },
  es: {
    shownAtLeast: (shown, total) =>
      `${formatCount(shown, 'es')}+ de ${formatCount(total, 'es')} pedidos (desplácese para ver más)`,
    counting: (shown) => `${formatCount(shown, 'es')} pedidos mostrados, contando…`,
    reassessing: 'Reevaluando todos los pedidos con la nueva configuración',
    reassessDone: (done, total) => `${formatCount(done, 'es')} / ${formatCount(total, 'es')} pedidos`,
  },
  it: {
    shownAtLeast: (shown, total) =>
      `${formatCount(shown, 'it')}+ ordini su ${formatCount(total, 'it')} (scorri per vederne altri)`,
    counting: (shown) => `${formatCount(shown, 'it')} ordini mostrati, conteggio in corso…`,
    reassessing: 'Rivalutazione di tutti gli ordini con le nuove impostazioni',
    reassessDone: (done, total) => `${formatCount(done, 'it')} / ${formatCount(total, 'it')} ordini`,
  },
};
