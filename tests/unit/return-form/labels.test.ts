import { describe, expect, it } from 'vitest';
import { normalizeLabel as normalizePageLabel } from '../../../core/page/text';
import { isSubmitLabel, normalizeLabel, roleOfLabel } from '../../../core/return-form/labels';
import { reasonOfLabel } from '../../../core/return-form/reason-words';
import { matchReason, REASON_SUGGESTIONS } from '../../../core/return-form/reasons';

describe('field labels', () => {
  it('names the three fields in French and English, whatever the punctuation and spacing', () => {
    expect(roleOfLabel('Motif du retour :')).toBe('reason');
    expect(roleOfLabel('Motif\u00a0du retour\u202f:')).toBe('reason');
    expect(roleOfLabel('Return Reason*')).toBe('reason');
    expect(roleOfLabel('Commentaires')).toBe('comment');
    expect(roleOfLabel('Comments')).toBe('comment');
    expect(roleOfLabel('Retour')).toBe('quantity');
    expect(roleOfLabel('Return')).toBe('quantity');
    expect(roleOfLabel('Quantité à retourner')).toBe('quantity');
  });

  it('names a box the seller may leave empty, and one comment box named for the whole return', () => {
    expect(roleOfLabel('Comentarios (opcional)')).toBe('comment');
    expect(roleOfLabel('Commentaires (facultatif) :')).toBe('comment');
    expect(roleOfLabel('Kommentare zur Rücksendung')).toBe('comment');
    expect(roleOfLabel('Commenti sul reso')).toBe('comment');
    expect(roleOfLabel('Comments (internal note)')).toBeNull();
  });

  it('does not take a longer label for a shorter one', () => {
    expect(roleOfLabel('Return status')).toBeNull();
    expect(roleOfLabel('État du retour')).toBeNull();
    expect(roleOfLabel('Référence interne')).toBeNull();
    expect(roleOfLabel('')).toBeNull();
  });

  it('recognises the Submit button it must never press', () => {
    expect(isSubmitLabel('Soumettre')).toBe(true);
    expect(isSubmitLabel(' Submit ')).toBe(true);
    expect(isSubmitLabel('Annuler')).toBe(false);
  });

  it('drops accents and case', () => {
    expect(normalizeLabel('  Quantité À Retourner : ')).toBe('quantite a retourner');
  });

  it('normalises like the page reader, plus the form’s stars and parentheses', () => {
    // What the reader already handles: zero-width and figure spaces, a full-width colon, a
    // curly apostrophe.
    expect(roleOfLabel('Commentaires\u200b:')).toBe('comment');
    expect(roleOfLabel('Motif du retour\u2007：')).toBe('reason');
    expect(normalizeLabel('Quantité d’articles')).toBe(normalizePageLabel('Quantité d’articles'));
    // What forms add, at either end and in either order with the colon.
    expect(roleOfLabel('* Retour (*) :')).toBe('quantity');
    expect(roleOfLabel('Return Reason *:')).toBe('reason');
    for (const raw of [
      'Motif du retour :',
      'Return Reason*',
      '\u00a0Commentaires\u202f:',
      'État du retour',
    ]) {
      expect(normalizeLabel(raw)).toBe(normalizeLabel(normalizePageLabel(raw)));
      expect(normalizePageLabel(raw).startsWith(normalizeLabel(raw))).toBe(true);
    }
  });
});

describe('reason matching', () => {
  const options = [
    { value: '', label: 'Choisir…' },
    { value: 'CR-DEFECTIVE', label: 'Article défectueux' },
    { value: 'opt-7', label: 'Endommagé par le transporteur' },
    { value: 'damaged_by_fc', label: 'Damaged in the warehouse' },
  ];

  it('takes the form’s own value first', () => {
    expect(matchReason('opt-7', options)?.value).toBe('opt-7');
  });

  it('maps a suggestion code onto an option by code, with or without the CR- prefix', () => {
    expect(matchReason('CR-DEFECTIVE', options)?.value).toBe('CR-DEFECTIVE');
    expect(matchReason('CR-DAMAGED_BY_FC', options)?.value).toBe('damaged_by_fc');
  });

  it('maps a suggestion code onto an option by its localized label', () => {
    expect(matchReason('CR-DAMAGED_BY_CARRIER', options)?.value).toBe('opt-7');
  });

  it('returns null for a reason the form does not offer', () => {
    expect(matchReason('CR-MISSING_PARTS', options)).toBeNull();
    expect(matchReason('no such thing', options)).toBeNull();
  });

  it.each([
    ['Both product and shipping box damaged', 'CR-DAMAGED_BY_CARRIER'],
    ['Beim Transport beschädigt (Artikel und Versandkarton)', 'CR-DAMAGED_BY_CARRIER'],
    ['Artikel beschädigt, Versandkarton jedoch unbeschädigt', 'CR-DAMAGED_BY_FC'],
    ['Article endommagé, carton d’expédition intact', 'CR-DAMAGED_BY_FC'],
    ['El artículo y la caja de envío llegaron dañados', 'CR-DAMAGED_BY_CARRIER'],
    ['Danneggiato nel centro logistico', 'CR-DAMAGED_BY_FC'],
    ['Description on the website was inaccurate', 'CR-NOT_AS_DESCRIBED'],
    ['Mancano parti o accessori', 'CR-MISSING_PARTS'],
    ['Le client n’en a plus besoin', 'CR-UNWANTED_ITEM'],
    ['Pedí el artículo equivocado', 'CR-ORDERED_WRONG_ITEM'],
    ['Se envió un artículo distinto al pedido', 'CR-SWITCHEROO'],
    ['Anderer Artikel als bestellt geliefert', 'CR-SWITCHEROO'],
    ['Falschen Artikel bestellt', 'CR-ORDERED_WRONG_ITEM'],
    ['Performance or quality not adequate', 'CR-QUALITY_UNACCEPTABLE'],
    ['Item arrived too late', 'CR-MISSED_ESTIMATED_DELIVERY'],
    ['El cliente ya no lo quiere', 'CR-UNWANTED_ITEM'],
    ['Le client ne le veut plus', 'CR-UNWANTED_ITEM'],
    ['Customer no longer wants it', 'CR-UNWANTED_ITEM'],
    ['Lieferung nach dem voraussichtlichen Lieferdatum', 'CR-MISSED_ESTIMATED_DELIVERY'],
    ['Llegó después de la fecha de entrega estimada', 'CR-MISSED_ESTIMATED_DELIVERY'],
    ['Colis endommagé', 'CR-DAMAGED_BY_CARRIER'],
    ['Llegó dañado (embalaje exterior intacto)', 'CR-DAMAGED_BY_FC'],
    ['Danneggiato, ma confezione di spedizione integra', 'CR-DAMAGED_BY_FC'],
  ])('reads the reason "%s" means by its words: %s', (label, code) => {
    expect(reasonOfLabel(normalizeLabel(label))).toBe(code);
  });

  it.each([
    ['Product intact, shipping box damaged', null],
    ['Artikel intakt, Versandkarton beschädigt', null],
    ['Product damaged, but shipping box OK', 'CR-DAMAGED_BY_FC'],
    ['Received wrong size', null],
    ['Ne correspond pas à la commande', null],
  ])('never reads the opposite from "%s"', (label, code) => {
    expect(reasonOfLabel(normalizeLabel(label))).toBe(code);
  });

  it.each([
    'Article endommagé, colis en bon état',
    'Artikel beschädigt, Paket war in Ordnung',
    'Prodotto danneggiato, pacco in buone condizioni',
    'Item damaged, package in good condition',
    'Artículo dañado, paquete en buenas condiciones',
  ])('never reads carrier damage from a parcel said to be fine: "%s"', (label) => {
    expect(reasonOfLabel(normalizeLabel(label))).not.toBe('CR-DAMAGED_BY_CARRIER');
    const options = [
      { value: '11', label: 'Article défectueux' },
      { value: '12', label },
      { value: '13', label: 'Article non souhaité' },
    ];
    expect(matchReason('CR-DAMAGED_BY_CARRIER', options)?.value).not.toBe('12');
  });

  it.each(['Altro', 'Other', 'Bitte auswählen', 'Defective and missing parts'])(
    'reads no single reason from "%s"',
    (label) => {
      expect(reasonOfLabel(normalizeLabel(label))).toBeNull();
    },
  );

  it('maps a code onto an opaque option value by the option’s words, only when one option says it', () => {
    const opaque = [
      { value: '3111', label: 'Artikel beschädigt, Versandkarton jedoch unbeschädigt' },
      { value: '3112', label: 'Beim Transport beschädigt (Artikel und Versandkarton)' },
      { value: '3120', label: 'Teile oder Zubehör fehlen' },
    ];
    expect(matchReason('CR-DAMAGED_BY_CARRIER', opaque)?.value).toBe('3112');
    expect(matchReason('CR-DAMAGED_BY_FC', opaque)?.value).toBe('3111');
    expect(matchReason('CR-MISSING_PARTS', opaque)?.value).toBe('3120');
    const twice = [...opaque, { value: '3121', label: 'Fehlende Teile' }];
    expect(matchReason('CR-MISSING_PARTS', twice)).toBeNull();
  });

  it('tells Italian damage by the shipping “confezione”: both damaged is the carrier, the box intact is not', () => {
    const options = [
      { value: '402', label: 'Danneggiato, ma confezione di spedizione integra' },
      { value: '403', label: 'Prodotto e confezione di spedizione danneggiati' },
    ];
    expect(matchReason('CR-DAMAGED_BY_CARRIER', options)?.value).toBe('403');
    expect(matchReason('CR-DAMAGED_BY_FC', options)?.value).toBe('402');
  });

  it('reads an option that says nothing alone with its <optgroup>, never against what it says alone', () => {
    const grouped = [
      { value: '11', label: 'By carrier', group: 'Damaged' },
      { value: '12', label: 'In our warehouse', group: 'Damaged' },
      { value: '21', label: 'Defective', group: 'Damaged' },
      { value: '31', label: 'Arrived late', group: 'Damaged' },
    ];
    expect(matchReason('CR-DAMAGED_BY_CARRIER', grouped)?.value).toBe('11');
    expect(matchReason('CR-DAMAGED_BY_FC', grouped)?.value).toBe('12');
    expect(matchReason('CR-DEFECTIVE', grouped)?.value).toBe('21');
    expect(matchReason('CR-MISSED_ESTIMATED_DELIVERY', grouped)?.value).toBe('31');
  });

  it('has one suggestion per code seen in returns reports, each in fr and en', () => {
    const codes = REASON_SUGGESTIONS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('CR-DAMAGED_BY_CARRIER');
    for (const s of REASON_SUGGESTIONS) expect(s.labels.fr && s.labels.en).toBeTruthy();
  });
});
