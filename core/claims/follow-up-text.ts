import { formatCalendarDate } from '../dates/calendar-day';
import { LANG_LOCALE, type Lang } from '../i18n/lang';
import type { Claim, ClaimReason, ClaimStatus } from './claim';

// The message that chases a claim already filed (issue 15 items 4 and 7): unpaid, partly paid or
// refused, the seller writes to Selling Partner Support again about the same case. It names the
// case, the orders and the day it was filed, says where the claim stands, and asks for the next
// step; the evidence pack goes with it for a refused claim. In the support's language, with
// Amazon's own words for MCF in each ("Ventes Multi-Sites", "Multi-Channel-Versand"…).

type FollowedStatus = Exclude<ClaimStatus, 'paid'>;

export interface FollowUpTexts {
  subject: (caseId: string | undefined) => string;
  /** "Case 123, filed on 2 December 2026: lost Multi-Channel Fulfillment orders A, B." */
  opening: (reason: ClaimReason, caseId: string | undefined, filedOn: string, orderIds: string) => string;
  /** Where the claim stands, and what the seller asks for. */
  ask: Record<FollowedStatus, string>;
}

const en: FollowUpTexts = {
  subject: (caseId) => `Follow-up on reimbursement case${caseId ? ` ${caseId}` : ''}`,
  opening: (reason, caseId, filedOn, ids) =>
    `${caseId ? `Case ${caseId}, filed` : 'Filed'} on ${filedOn}: reimbursement request for ${reason === 'lost' ? 'lost' : 'damaged'} Multi-Channel Fulfillment order(s) ${ids}.`,
  ask: {
    filed:
      'No reimbursement has been received for this case so far. Could you tell me where it stands and when the reimbursement will be paid?',
    'partly-paid':
      'Only part of the reimbursement has been received for this case. Could you review it and reimburse the remaining amount?',
    refused:
      'This claim was refused. The facts have not changed: please review the case again with the evidence attached (order, tracking and carrier events).',
  },
};

export const FOLLOW_UP_TEXTS: Readonly<Record<Lang, FollowUpTexts>> = {
  fr: {
    subject: (caseId) => `Suivi du dossier de remboursement${caseId ? ` ${caseId}` : ''}`,
    opening: (reason, caseId, filedOn, ids) =>
      `${caseId ? `Dossier ${caseId}, déposé` : 'Déposée'} le ${filedOn} : demande de remboursement pour commande(s) Ventes Multi-Sites ${reason === 'lost' ? 'perdue(s)' : 'endommagée(s)'} ${ids}.`,
    ask: {
      filed:
        "Aucun remboursement n'a été reçu pour ce dossier à ce jour. Pouvez-vous m'indiquer où il en est et quand le remboursement sera versé ?",
      'partly-paid':
        'Une partie seulement du remboursement a été reçue pour ce dossier. Pouvez-vous le réexaminer et rembourser le montant restant ?',
      refused:
        "Cette demande a été refusée. Les faits n'ont pas changé : merci de réexaminer le dossier avec les justificatifs joints (commande, suivi et événements du transporteur).",
    },
  },
  en,
  de: {
    subject: (caseId) => `Nachfrage zum Erstattungsfall${caseId ? ` ${caseId}` : ''}`,
    opening: (reason, caseId, filedOn, ids) =>
      `${caseId ? `Fall ${caseId}, eingereicht` : 'Eingereicht'} am ${filedOn}: Erstattungsantrag für ${reason === 'lost' ? 'verlorene' : 'beschädigte'} Multi-Channel-Versand-Bestellung(en) ${ids}.`,
    ask: {
      filed:
        'Für diesen Fall ist bisher keine Erstattung eingegangen. Können Sie mir den Stand mitteilen und sagen, wann die Erstattung erfolgt?',
      'partly-paid':
        'Für diesen Fall ist nur ein Teil der Erstattung eingegangen. Können Sie ihn erneut prüfen und den Restbetrag erstatten?',
      refused:
        'Dieser Antrag wurde abgelehnt. Die Fakten sind unverändert: Bitte prüfen Sie den Fall mit den beigefügten Nachweisen (Bestellung, Sendungsverfolgung und Ereignisse des Versanddienstleisters) erneut.',
    },
  },
  es: {
    subject: (caseId) => `Seguimiento del caso de reembolso${caseId ? ` ${caseId}` : ''}`,
    opening: (reason, caseId, filedOn, ids) =>
      `${caseId ? `Caso ${caseId}, presentado` : 'Presentada'} el ${filedOn}: solicitud de reembolso por pedido(s) de Envíos multicanal ${reason === 'lost' ? 'perdido(s)' : 'dañado(s)'} ${ids}.`,
    ask: {
      filed:
        'Hasta la fecha no se ha recibido ningún reembolso por este caso. ¿Pueden indicarme en qué estado se encuentra y cuándo se abonará el reembolso?',
      'partly-paid':
        'Solo se ha recibido una parte del reembolso de este caso. ¿Pueden revisarlo y reembolsar el importe restante?',
      refused:
        'Esta solicitud fue rechazada. Los hechos no han cambiado: les ruego que revisen de nuevo el caso con las pruebas adjuntas (pedido, seguimiento y eventos del transportista).',
    },
  },
  it: {
    subject: (caseId) => `Sollecito per il caso di rimborso${caseId ? ` ${caseId}` : ''}`,
    opening: (reason, caseId, filedOn, ids) =>
      `${caseId ? `Caso ${caseId}, aperto` : 'Aperta'} il ${filedOn}: richiesta di rimborso per ordine/i Logistica multicanale ${reason === 'lost' ? 'smarrito/i' : 'danneggiato/i'} ${ids}.`,
    ask: {
      filed:
        'Finora non è stato ricevuto alcun rimborso per questo caso. Potete indicarmi a che punto è e quando verrà pagato il rimborso?',
      'partly-paid':
        'Per questo caso è stata ricevuta solo una parte del rimborso. Potete riesaminarlo e rimborsare l’importo restante?',
      refused:
        'Questa richiesta è stata respinta. I fatti non sono cambiati: vi prego di riesaminare il caso con le prove allegate (ordine, tracciamento ed eventi del corriere).',
    },
  },
};

/** The follow-up of a claim not (fully) paid; null for a paid claim, which needs none. */
export function claimFollowUpText(
  claim: Pick<Claim, 'caseId' | 'reason' | 'filedOn' | 'status'>,
  orderIds: readonly string[],
  lang: Lang,
): { subject: string; text: string } | null {
  if (claim.status === 'paid') return null;
  const t = FOLLOW_UP_TEXTS[lang];
  const filedOn = formatCalendarDate(claim.filedOn, LANG_LOCALE[lang], 'long');
  return {
    subject: t.subject(claim.caseId),
    text: `${t.opening(claim.reason, claim.caseId, filedOn, orderIds.join(', '))}\n\n${t.ask[claim.status]}`,
  };
}
