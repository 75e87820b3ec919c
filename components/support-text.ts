import type { Lang } from '../core/i18n/lang';
import type { CaseFieldOutcome } from '../core/support/schema';

// The words of the Selling Partner Support case prefill (issue 15 item 7) in the five languages:
// the button in the dashboard and popup, and the small report on the contact page. Kept apart
// from the dashboard's and popup's tables so that the contact-page script stays small. Amazon's
// own names: "Selling Partner Support", "support aux partenaires de vente", "Partner-Support",
// "soporte para socios de venta", "supporto per i partner di vendita".

export interface SupportTexts {
  button: string;
  buttonHint: string;
  /** After the click: the tab is open and the text is in the clipboard. */
  opened: string;
  /** After the click, when the clipboard refused the text. */
  openedNotCopied: string;
  failed: string;
  /** The contact-page report when the description box holds the case text. */
  filled: (chars: number) => string;
  /** The contact-page report when no description box was found. */
  notFound: string;
  /** The contact-page report when several boxes could be the description. */
  severalBoxes: (boxes: number) => string;
  /** The contact-page report when the case form is in the page but not shown yet (a later step). */
  formHidden: string;
  /** The contact-page report when the seller had already written in the description box. */
  kept: string;
  /** The description box takes fewer characters than the case text: left empty. */
  tooLong: (chars: number, limit: number) => string;
  roles: Record<CaseFieldOutcome['role'], string>;
  status: Record<CaseFieldOutcome['status'], string>;
  close: string;
}

const fr: SupportTexts = {
  button: 'Ouvrir le support et préremplir le cas',
  buttonHint:
    'Ouvre la page du support aux partenaires de vente de la marketplace de la commande et y colle le texte du cas ; vous relisez et cliquez vous-même sur Envoyer.',
  opened: 'Page du support ouverte dans un nouvel onglet. Le texte du cas est aussi dans le presse-papiers.',
  openedNotCopied:
    "Page du support ouverte dans un nouvel onglet. Le presse-papiers a refusé le texte : copiez-le vous-même s'il n'est pas rempli.",
  failed: "Impossible d'ouvrir la page du support",
  filled: (chars) =>
    `MCF Desk a rempli la description du cas (${chars} caractères). Vérifiez, puis cliquez vous-même sur Envoyer.`,
  notFound: 'Aucune zone de description trouvée : le texte du cas est dans le presse-papiers, collez-le.',
  severalBoxes: (boxes) =>
    `${boxes} zones de texte sans libellé clair : MCF Desk n'a rien rempli. Le texte du cas est dans le presse-papiers, collez-le dans la bonne zone.`,
  formHidden:
    "Le formulaire du cas n'est pas encore affiché : choisissez le thème (Ventes Multi-Sites), cliquez sur Suivant ; MCF Desk le remplira dès qu'il s'affiche. Le texte du cas est aussi dans le presse-papiers.",
  roles: { description: 'Description', subject: 'Objet', orderId: 'Numéro de commande' },
  tooLong: (chars, limit) =>
    `Le texte du cas compte ${chars} caractères, la zone de description en accepte ${limit} : MCF Desk l’a laissée vide plutôt que de couper votre texte. Il est dans le presse-papiers : raccourcissez-le, puis collez-le.`,
  kept: 'La zone de description contient déjà votre texte : MCF Desk ne l’a pas remplacé. Le texte du cas est dans le presse-papiers si vous voulez l’ajouter.',
  status: {
    filled: 'rempli',
    'confirmed-by-page': 'confirmé par la page',
    kept: 'votre texte conservé',
    'not-filled': 'non rempli',
  },
  close: 'Fermer',
};

const en: SupportTexts = {
  button: 'Open support and prefill the case',
  buttonHint:
    "Opens Selling Partner Support for the order's marketplace and puts the case text in its form; you read it and click Send yourself.",
  opened: 'Support page opened in a new tab. The case text is also in the clipboard.',
  openedNotCopied:
    'Support page opened in a new tab. The clipboard refused the text: copy it yourself if it is not filled.',
  failed: 'Could not open the support page',
  filled: (chars) =>
    `MCF Desk filled the case description (${chars} characters). Check it, then click Send yourself.`,
  notFound: 'No description box found: the case text is in the clipboard, paste it.',
  severalBoxes: (boxes) =>
    `${boxes} text boxes without a clear label: MCF Desk filled nothing. The case text is in the clipboard, paste it in the right box.`,
  formHidden:
    'The case form is not shown yet: choose the topic (Multi-Channel Fulfillment) and click Next; MCF Desk fills it as soon as it shows. The case text is also in the clipboard.',
  roles: { description: 'Description', subject: 'Subject', orderId: 'Order ID' },
  tooLong: (chars, limit) =>
    `The case text has ${chars} characters and the description box takes ${limit}: MCF Desk left it empty rather than cut your text. It is in the clipboard: shorten it, then paste it.`,
  kept: 'The description box already holds your text: MCF Desk did not replace it. The case text is in the clipboard if you want to add it.',
  status: {
    filled: 'filled',
    'confirmed-by-page': 'confirmed by the page',
    kept: 'your text kept',
    'not-filled': 'not filled',
  },
  close: 'Close',
};

const de: SupportTexts = {
  button: 'Partner-Support öffnen und Fall vorausfüllen',
  buttonHint:
    'Öffnet den Partner-Support des Marktplatzes der Bestellung und trägt den Falltext in das Formular ein; Sie lesen ihn und klicken selbst auf Senden.',
  opened: 'Support-Seite in einem neuen Tab geöffnet. Der Falltext ist auch in der Zwischenablage.',
  openedNotCopied:
    'Support-Seite in einem neuen Tab geöffnet. Die Zwischenablage hat den Text abgelehnt: kopieren Sie ihn selbst, falls er nicht eingetragen ist.',
  failed: 'Die Support-Seite konnte nicht geöffnet werden',
  filled: (chars) =>
    `MCF Desk hat die Fallbeschreibung ausgefüllt (${chars} Zeichen). Prüfen Sie sie und klicken Sie dann selbst auf Senden.`,
  notFound: 'Kein Beschreibungsfeld gefunden: Der Falltext ist in der Zwischenablage, fügen Sie ihn ein.',
  severalBoxes: (boxes) =>
    `${boxes} Textfelder ohne eindeutige Beschriftung: MCF Desk hat nichts ausgefüllt. Der Falltext ist in der Zwischenablage, fügen Sie ihn in das richtige Feld ein.`,
  formHidden:
    'Das Fallformular wird noch nicht angezeigt: Wählen Sie das Thema (Multi-Channel-Versand) und klicken Sie auf Weiter; MCF Desk füllt es aus, sobald es erscheint. Der Falltext ist auch in der Zwischenablage.',
  roles: { description: 'Beschreibung', subject: 'Betreff', orderId: 'Bestellnummer' },
  tooLong: (chars, limit) =>
    `Der Falltext hat ${chars} Zeichen, das Beschreibungsfeld nimmt ${limit}: MCF Desk hat es leer gelassen, statt Ihren Text zu kürzen. Er ist in der Zwischenablage: Kürzen Sie ihn und fügen Sie ihn dann ein.`,
  kept: 'Das Beschreibungsfeld enthält bereits Ihren Text: MCF Desk hat ihn nicht ersetzt. Der Falltext ist in der Zwischenablage, falls Sie ihn ergänzen möchten.',
  status: {
    filled: 'ausgefüllt',
    'confirmed-by-page': 'von der Seite bestätigt',
    kept: 'Ihr Text beibehalten',
    'not-filled': 'nicht ausgefüllt',
  },
  close: 'Schließen',
};

const es: SupportTexts = {
  button: 'Abrir el soporte y rellenar el caso',
  buttonHint:
    'Abre el soporte para socios de venta del marketplace del pedido y pone el texto del caso en su formulario; usted lo revisa y hace clic en Enviar.',
  opened:
    'Página del soporte abierta en una pestaña nueva. El texto del caso también está en el portapapeles.',
  openedNotCopied:
    'Página del soporte abierta en una pestaña nueva. El portapapeles rechazó el texto: cópielo usted si no se rellena.',
  failed: 'No se pudo abrir la página del soporte',
  filled: (chars) =>
    `MCF Desk ha rellenado la descripción del caso (${chars} caracteres). Revísela y haga clic usted en Enviar.`,
  notFound:
    'No se ha encontrado ningún cuadro de descripción: el texto del caso está en el portapapeles, péguelo.',
  severalBoxes: (boxes) =>
    `${boxes} cuadros de texto sin etiqueta clara: MCF Desk no ha rellenado nada. El texto del caso está en el portapapeles, péguelo en el cuadro correcto.`,
  formHidden:
    'El formulario del caso aún no se muestra: elige el tema (Logística multicanal) y haz clic en Siguiente; MCF Desk lo rellenará en cuanto aparezca. El texto del caso también está en el portapapeles.',
  roles: { description: 'Descripción', subject: 'Asunto', orderId: 'Número de pedido' },
  tooLong: (chars, limit) =>
    `El texto del caso tiene ${chars} caracteres y el cuadro de descripción admite ${limit}: MCF Desk lo ha dejado vacío en lugar de cortar su texto. Está en el portapapeles: acórtelo y péguelo.`,
  kept: 'El cuadro de descripción ya contiene su texto: MCF Desk no lo ha sustituido. El texto del caso está en el portapapeles por si quiere añadirlo.',
  status: {
    filled: 'rellenado',
    'confirmed-by-page': 'confirmado por la página',
    kept: 'se conserva su texto',
    'not-filled': 'sin rellenar',
  },
  close: 'Cerrar',
};

const it: SupportTexts = {
  button: 'Apri il supporto e precompila il caso',
  buttonHint:
    "Apre il supporto per i partner di vendita del marketplace dell'ordine e inserisce il testo del caso nel modulo; lo rileggi e fai clic tu su Invia.",
  opened: 'Pagina del supporto aperta in una nuova scheda. Il testo del caso è anche negli appunti.',
  openedNotCopied:
    'Pagina del supporto aperta in una nuova scheda. Gli appunti hanno rifiutato il testo: copialo tu se non viene inserito.',
  failed: 'Impossibile aprire la pagina del supporto',
  filled: (chars) =>
    `MCF Desk ha compilato la descrizione del caso (${chars} caratteri). Controllala, poi fai clic tu su Invia.`,
  notFound: 'Nessun campo di descrizione trovato: il testo del caso è negli appunti, incollalo.',
  severalBoxes: (boxes) =>
    `${boxes} campi di testo senza un'etichetta chiara: MCF Desk non ha compilato nulla. Il testo del caso è negli appunti, incollalo nel campo giusto.`,
  formHidden:
    "Il modulo del caso non è ancora visualizzato: scegli l'argomento (Multi-Channel Fulfillment) e fai clic su Avanti; MCF Desk lo compilerà appena compare. Il testo del caso è anche negli appunti.",
  roles: { description: 'Descrizione', subject: 'Oggetto', orderId: 'Numero ordine' },
  tooLong: (chars, limit) =>
    `Il testo del caso ha ${chars} caratteri e il campo di descrizione ne accetta ${limit}: MCF Desk l’ha lasciato vuoto invece di tagliare il tuo testo. È negli appunti: accorcialo e poi incollalo.`,
  kept: 'Il campo di descrizione contiene già il tuo testo: MCF Desk non l’ha sostituito. Il testo del caso è negli appunti se vuoi aggiungerlo.',
  status: {
    filled: 'compilato',
    'confirmed-by-page': 'confermato dalla pagina',
    kept: 'il tuo testo è stato mantenuto',
    'not-filled': 'non compilato',
  },
  close: 'Chiudi',
};

export const SUPPORT_TEXTS: Readonly<Record<Lang, SupportTexts>> = { fr, en, de, es, it };
