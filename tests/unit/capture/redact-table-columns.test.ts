import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A header's column is the column a browser draws under it (colspan across, rowspan carried
// down, cells wrapped in a grid's <div>s), from the review of the b3 rules (findings A, B, C, O).

const URL_EN = 'https://sellercentral.amazon.co.uk/orders-v3/order/402-1234567-1234567';

const pageOf = (body: string, lang: string) => bodyOf(URL_EN, lang, body, '', { uiLanguage: 'fr' });

describe('a header row is its column names, whatever sits in its corner', () => {
  it('a "select all" checkbox in a <td> before the <th>s (A)', async () => {
    const page = await pageOf(
      `<table><tr><td><input type="checkbox" aria-label="Select all"></td><th>Order ID</th><th>Buyer name</th><th>Ship city</th></tr><tr><td><input type="checkbox"></td><td>402-1234567-1234567</td><td>Harriet Quimby</td><td>Bristol</td></tr></table>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).not.toContain('Bristol');
    expect(page).toContain('<th>Ship city</th>');
    expect(page).toContain('402-1234567-1234567');
  });
});

describe('a column counts the cells spanning it', () => {
  it('a header over two columns moves the ones after it (B)', async () => {
    const page = await pageOf(
      `<table><tr><th colspan="2">Commande</th><th>Nom de l'acheteur</th><th>Ville</th></tr><tr><td>402-1234567-1234567</td><td>01/12/2024</td><td>Jeanne Lefèvre</td><td>Lyon</td></tr></table>`,
      'fr',
    );
    expect(page).not.toContain('Lefèvre');
    expect(page).not.toContain('Lyon');
    expect(page).toContain('01/12/2024');
    expect(page).toContain('402-1234567-1234567');
  });

  it('a body cell over two rows moves the next row’s cells (O)', async () => {
    const page = await pageOf(
      `<table><thead><tr><th>Order ID</th><th>Buyer name</th><th>SKU</th><th>Product</th></tr></thead><tbody><tr><td rowspan="2">402-1234567-1234567</td><td rowspan="2">Harriet Quimby</td><td>MUG-1</td><td>Travel mug, blue</td></tr><tr><td>MUG-2</td><td>Travel mug, red 500 ml</td></tr></tbody></table>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).toContain('MUG-2');
    expect(page).toContain('Travel mug, red 500 ml');
  });

  it('a <th scope="row"> in the body is a cell of its column', async () => {
    const page = await pageOf(
      `<table><thead><tr><th>Buyer name</th><th>Order ID</th></tr></thead><tbody><tr><th scope="row">Harriet Quimby</th><td>402-1234567-1234567</td></tr></tbody></table>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).toContain('402-1234567-1234567');
  });
});

describe('a grid row’s cells are the cells inside it, wrapped or not', () => {
  it('role="cell" each in a <div> of its own (C)', async () => {
    const page = await pageOf(
      `<div role="table"><div role="row"><div role="columnheader">Order ID</div><div role="columnheader">Buyer name</div></div><div role="row"><div class="c"><div role="cell">402-1234567-1234567</div></div><div class="c"><div role="cell">Harriet Quimby</div></div></div></div>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).toContain('402-1234567-1234567');
  });
});

describe('other ways a page ties a cell to its column name (D)', () => {
  it('a sticky header drawn as a <table> of its own above the list', async () => {
    const page = await pageOf(
      `<div class="hdr"><table><thead><tr><th>Order ID</th><th>Buyer name</th><th>City</th></tr></thead></table></div><div class="body"><table><tbody><tr><td>402-1234567-1234567</td><td>Harriet Quimby</td><td>Bristol</td></tr></tbody></table></div>`,
      'en',
    );
    for (const gone of ['Quimby', 'Bristol']) expect(page).not.toContain(gone);
    expect(page).toContain('402-1234567-1234567');
  });

  it('a cell pointing at its header by headers=', async () => {
    const page = await pageOf(
      `<table><tr><th id="h1">Order ID</th><th id="h2">Recipient</th></tr></table><table><tr><td headers="h1">402-1234567-1234567</td><td headers="h2">Harriet Quimby</td></tr></table>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).toContain('402-1234567-1234567');
  });

  it('a grid cell named only by its aria-label', async () => {
    const page = await pageOf(
      `<div role="grid"><div role="row"><div role="gridcell" aria-label="Buyer name">Harriet Quimby</div><div role="gridcell" aria-label="Order ID">402-1234567-1234567</div></div></div>`,
      'en',
    );
    expect(page).not.toContain('Quimby');
    expect(page).toContain('402-1234567-1234567');
  });

  it('a header row written as bold <td>s', async () => {
    const page = await pageOf(
      `<table><tr><td><b>N° de commande</b></td><td><b>Nom de l'acheteur</b></td><td><b>Ville</b></td></tr><tr><td>402-1234567-1234567</td><td>Jeanne Lefèvre</td><td>Lyon</td></tr></table>`,
      'fr',
    );
    for (const gone of ['Lefèvre', 'Lyon']) expect(page).not.toContain(gone);
    expect(page).toContain('<b>Ville</b>');
    expect(page).toContain('402-1234567-1234567');
  });
});
