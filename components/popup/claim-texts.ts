import type { ClaimReason, ClaimStatus } from '../../core/claims/claim';
import type { Lang } from '../../core/i18n/lang';

// The popup's claim panel (issue 15 item 3): record the claim filed for the current order, and
// its status once recorded. Amazon's words: "Selling Partner Support" / "support aux partenaires
// de vente" / "Partner-Support" / "soporte para socios de venta" / "supporto per i partner di
// vendita". Each language's table has the English table's type.

const en = {
  title: 'Claim',
  intro:
    'Filed a claim with Selling Partner Support for this order? Record it: MCF Desk then follows it until it is paid.',
  caseId: 'Case id (optional)',
  record: (reason: string) => `Record claim (${reason})`,
  recorded: 'Claim recorded as filed today.',
  reason: { lost: 'lost', damaged: 'damaged' } as Record<ClaimReason, string>,
  status: { filed: 'Filed', paid: 'Paid', 'partly-paid': 'Partly paid', refused: 'Refused' } as Record<
    ClaimStatus,
    string
  >,
  filedOn: (day: string, caseId: string | undefined) =>
    `Filed on ${day}${caseId ? `, case ${caseId}` : ', no case id yet'}`,
  paid: (amount: string) => `Received: ${amount}`,
  failed: 'Not recorded',
};

export type PopupClaimTexts = typeof en;

const fr: PopupClaimTexts = {
  title: 'Réclamation',
  intro:
    'Vous avez déposé une réclamation auprès du support aux partenaires de vente pour cette commande ? Notez-la : MCF Desk la suit jusqu’au paiement.',
  caseId: 'Numéro de dossier (facultatif)',
  record: (reason) => `Noter la réclamation (${reason})`,
  recorded: 'Réclamation notée comme déposée aujourd’hui.',
  reason: { lost: 'perdue', damaged: 'endommagée' },
  status: { filed: 'Déposée', paid: 'Payée', 'partly-paid': 'Payée en partie', refused: 'Refusée' },
  filedOn: (day, caseId) =>
    `Déposée le ${day}${caseId ? `, dossier ${caseId}` : ', pas encore de numéro de dossier'}`,
  paid: (amount) => `Reçu : ${amount}`,
  failed: 'Non notée',
};

const de: PopupClaimTexts = {
  title: 'Erstattungsantrag',
  intro:
    'Haben Sie für diese Bestellung beim Partner-Support einen Antrag gestellt? Erfassen Sie ihn: MCF Desk verfolgt ihn bis zur Erstattung.',
  caseId: 'Fallnummer (optional)',
  record: (reason) => `Antrag erfassen (${reason})`,
  recorded: 'Antrag als heute eingereicht erfasst.',
  reason: { lost: 'verloren', damaged: 'beschädigt' },
  status: {
    filed: 'Eingereicht',
    paid: 'Erstattet',
    'partly-paid': 'Teilweise erstattet',
    refused: 'Abgelehnt',
  },
  filedOn: (day, caseId) => `Eingereicht am ${day}${caseId ? `, Fall ${caseId}` : ', noch keine Fallnummer'}`,
  paid: (amount) => `Erhalten: ${amount}`,
  failed: 'Nicht erfasst',
};

const es: PopupClaimTexts = {
  title: 'Reclamación',
  intro:
    '¿Ha presentado una reclamación al soporte para socios de venta por este pedido? Anótela: MCF Desk la sigue hasta el pago.',
  caseId: 'Número de caso (opcional)',
  record: (reason) => `Anotar la reclamación (${reason})`,
  recorded: 'Reclamación anotada como presentada hoy.',
  reason: { lost: 'perdido', damaged: 'dañado' },
  status: { filed: 'Presentada', paid: 'Pagada', 'partly-paid': 'Pagada en parte', refused: 'Rechazada' },
  filedOn: (day, caseId) => `Presentada el ${day}${caseId ? `, caso ${caseId}` : ', aún sin número de caso'}`,
  paid: (amount) => `Recibido: ${amount}`,
  failed: 'No anotada',
};

const it: PopupClaimTexts = {
  title: 'Richiesta di rimborso',
  intro:
    'Hai inviato una richiesta al supporto per i partner di vendita per questo ordine? Registrala: MCF Desk la segue fino al pagamento.',
  caseId: 'Numero del caso (facoltativo)',
  record: (reason) => `Registra la richiesta (${reason})`,
  recorded: 'Richiesta registrata come inviata oggi.',
  reason: { lost: 'smarrito', damaged: 'danneggiato' },
  status: { filed: 'Inviata', paid: 'Pagata', 'partly-paid': 'Pagata in parte', refused: 'Respinta' },
  filedOn: (day, caseId) =>
    `Inviata il ${day}${caseId ? `, caso ${caseId}` : ', ancora senza numero del caso'}`,
  paid: (amount) => `Ricevuto: ${amount}`,
  failed: 'Non registrata',
};

export const POPUP_CLAIM_TEXTS: Readonly<Record<Lang, PopupClaimTexts>> = { fr, en, de, es, it };
