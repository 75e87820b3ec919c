// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findCreateReturnUrl } from '../../../core/return-form/create-return-link';
import { readReturnForm } from '../../../core/return-form/read-form';
import { loadFixtureBody, shadowHost, withKatal } from './dom';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading a native return form (fr)', () => {
  it('finds a quantity per item row, the reason with its real options and the comment', () => {
    const form = readReturnForm(loadFixtureBody('native-fr.html'));
    expect(form.hasSubmit).toBe(true);
    expect(form.fields.map((f) => [f.id, f.kind, f.label])).toEqual([
      ['quantity#0', 'select', 'Retour'],
      ['quantity#1', 'select', 'Retour'],
      ['reason#0', 'select', 'Motif du retour'],
      ['comment#0', 'textarea', 'Commentaires'],
    ]);
    const [mug, coasters, reason] = form.fields;
    expect(mug?.context).toContain('MUG-BLEU-350');
    expect(mug?.context).not.toContain('SOUS-VERRE');
    expect(coasters?.options?.map((o) => o.value)).toEqual(['0', '1']);
    expect(reason?.options?.map((o) => o.value)).toContain('CR-DAMAGED_BY_CARRIER');
    expect(reason?.options?.find((o) => o.value === 'CR-DEFECTIVE')?.label).toBe('Article défectueux');
  });

  it('leaves unrelated fields out', () => {
    const form = readReturnForm(loadFixtureBody('native-fr.html'));
    expect(form.fields.some((f) => f.label.includes('Référence'))).toBe(false);
  });

  it('reads aria-label, a wrapping label and aria-labelledby', () => {
    document.body.innerHTML = `
      <input aria-label="Quantité à retourner" type="number" max="3" />
      <label>Motif du retour <select><option value="a">A</option></select></label>
      <span id="c">Commentaires</span><textarea aria-labelledby="c"></textarea>`;
    const form = readReturnForm(document);
    expect(form.fields.map((f) => [f.role, f.kind])).toEqual([
      ['quantity', 'input'],
      ['reason', 'select'],
      ['comment', 'textarea'],
    ]);
    expect(form.fields[0]?.max).toBe(3);
    expect(form.hasSubmit).toBe(false);
  });

  it('reads plain text just before a control as its label, never past the previous control', () => {
    document.body.innerHTML = `
      <div><span>Motivo de la devolución</span> <select><option value="a">A</option></select></div>
      <div><span>Comentarios</span> <span>(opcional, máx. 1000 caracteres)</span> <textarea></textarea></div>
      <div><span>Comentarios</span> <textarea></textarea> <span>(interno)</span> <input type="text" /></div>`;
    const form = readReturnForm(document);
    expect(form.fields.map((f) => [f.role, f.kind])).toEqual([
      ['reason', 'select'],
      ['comment', 'textarea'],
      ['comment', 'textarea'],
    ]);
  });

  it('never takes the label of a control inside a wrapper before it', () => {
    document.body.innerHTML = `
      <div><label>Motif du retour</label><select><option value="a">A</option></select></div>
      <input placeholder="Note facultative" />`;
    expect(readReturnForm(document).fields.map((f) => f.role)).toEqual(['reason']);
  });
});

describe('reading a Katal return form (en)', () => {
  it('finds Katal controls by label= and by a kat-label inside a page component’s shadow root', () => {
    withKatal();
    const { root } = shadowHost(
      `<div role="row"><span>MUG-BLEU-350</span> Blue mug <kat-label text="Return"></kat-label>
        <kat-dropdown><kat-option value="0">0</kat-option><kat-option value="1">1</kat-option></kat-dropdown></div>`,
    );
    expect(root.querySelector('kat-dropdown')).not.toBeNull();
    document.body.insertAdjacentHTML(
      'beforeend',
      `<kat-dropdown label="Return Reason"><kat-option value="CR-DEFECTIVE">Defective</kat-option></kat-dropdown>
       <kat-textarea label="Comments"></kat-textarea>
       <kat-input label="Internal reference"></kat-input>
       <kat-button label="Submit"></kat-button>`,
    );
    const form = readReturnForm(document);
    expect(form.fields.map((f) => [f.id, f.kind, f.label])).toEqual([
      ['quantity#0', 'kat-dropdown', 'Return'],
      ['reason#0', 'kat-dropdown', 'Return Reason'],
      ['comment#0', 'kat-textarea', 'Comments'],
    ]);
    expect(form.fields[0]?.context).toContain('MUG-BLEU-350');
    expect(form.fields[0]?.options).toEqual([
      { value: '0', label: '0' },
      { value: '1', label: '1' },
    ]);
    expect(form.hasSubmit).toBe(true);
  });

  it('finds a label that lives only inside the control’s own shadow root', () => {
    withKatal();
    const host = document.createElement('kat-textarea');
    host.setAttribute('label', 'Commentaires');
    document.body.append(host);
    // The component rendered its label into its shadow root; the attribute is gone.
    host.removeAttribute('label');
    expect(readReturnForm(document).fields.map((f) => [f.role, f.kind])).toEqual([
      ['comment', 'kat-textarea'],
    ]);
  });

  it('reads a dropdown’s options from a JSON options attribute', () => {
    document.body.innerHTML = `<kat-dropdown label="Motif du retour" options='[{"name":"Défectueux","value":"CR-DEFECTIVE"}]'></kat-dropdown>`;
    expect(readReturnForm(document).fields[0]?.options).toEqual([
      { value: 'CR-DEFECTIVE', label: 'Défectueux' },
    ]);
  });
});

describe('the Create customer return link', () => {
  const page = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';

  it('returns the address of the page’s own link', () => {
    document.body.innerHTML =
      '<a href="/returns/create?orderId=402-1234567-1234567">Créer un retour client</a>';
    expect(findCreateReturnUrl(document, page)).toBe(
      'https://sellercentral.amazon.fr/returns/create?orderId=402-1234567-1234567',
    );
  });

  it('ignores links to another origin and links to nowhere', () => {
    document.body.innerHTML = `
      <a href="https://evil.example/x">Create customer return</a>
      <a href="#">Créer un retour client</a>
      <a href="javascript:alert(1)">Create return</a>`;
    expect(findCreateReturnUrl(document, page)).toBeNull();
  });
});
