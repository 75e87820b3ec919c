import { describe, expect, it } from 'vitest';
import { documentOf } from './captured-body';

// What a name found further down the page decides (core/capture/redaction/later-names.ts): a
// thread's messages opened by the buyer's name when only a forwarded e-mail at the bottom names
// the buyer, and the other people of a list whose items open with a removed name.

const URL_DE = 'https://sellercentral.amazon.de/messaging/thread/1';

const pageOf = (body: string, lang = 'de') => documentOf(URL_DE, lang, body, '', { uiLanguage: 'fr' });

const THREAD = `
  <ul aria-label="Unterhaltungen">
    <li><b>Renate Kowalczyk</b><div>302-1234567-1234567 · Gestern</div></li>
    <li><b>Dariusz Lemański</b><div>306-7654321-7654321 · 2. Dez.</div></li>
    <li><b>Familie Oberholzer</b><div>028-1111111-2222222 · 27. Nov.</div></li>
  </ul>
  <main>
    <div><span>Renate Kowalczyk</span> <span>– Bestellung 302-1234567-1234567</span></div>
    <div class="msg"><div>Renate Kowalczyk · 22. Nov. 2024, 08:14</div>
      <div>Guten Tag,<br>mein Nachbar Herbert nimmt das Paket an.<br>Viele Grüße<br>Renate</div></div>
    <div class="msg"><div>Sie · 22. Nov. 2024, 10:02</div><div>Hallo, wir kümmern uns darum.</div></div>
    <div class="msg"><div>Renate Kowalczyk · Gestern, 17:55</div>
      <div>Hier die Mail:<blockquote>Von: Renate Kowalczyk &lt;r.kowalczyk@example.de&gt;<br>An: DHL</blockquote></div></div>
    <form><label for="r">Antworten</label><textarea id="r">Hallo</textarea><button>Senden</button></form>
  </main>`;

describe('names found further down the page', () => {
  it('replaces the messages opened by the buyer’s name, known only from a forwarded e-mail below', async () => {
    const page = await pageOf(THREAD);
    for (const gone of ['Kowalczyk', 'Nachbar Herbert', 'Viele Grüße<br>Renate', 'Hier die Mail'])
      expect(page).not.toContain(gone);
    // The seller's own reply, the thread's pane and its form stay.
    for (const kept of [
      'Hallo, wir kümmern uns darum.',
      'Gestern, 17:55',
      'Antworten',
      'Senden',
      '302-1234567-1234567',
    ])
      expect(page).toContain(kept);
  });

  it('replaces the other people of a list whose items open with a removed name', async () => {
    const page = await pageOf(THREAD);
    for (const gone of ['Dariusz', 'Lemański', 'Oberholzer']) expect(page).not.toContain(gone);
    expect(page).toContain('306-7654321-7654321 · 2. Dez.');
  });

  it('reads siblings alike as a list, and a grid of values with one name in it as none', async () => {
    const page = await pageOf(
      `<nav><a class="th">Coralie Marchand</a><a class="th">Yannick Le Goff</a></nav>
       <blockquote>De : Coralie Marchand &lt;c.m@example.fr&gt;<br>Objet : colis</blockquote>
       <div><div class="v">402-1234567-1234567</div><div class="v">20 nov. 2024</div>
        <div class="v">Coralie Marchand</div><div class="v">Livraison Express</div></div>`,
      'fr',
    );
    for (const gone of ['Marchand', 'Le Goff']) expect(page).not.toContain(gone);
    expect(page).toContain('Livraison Express');
  });

  it('leaves a list alone when none of its items names a removed person', async () => {
    const page = await pageOf(
      '<ul><li><b>Brooklyn Diner Mug</b><div>MUG-1</div></li><li><b>Market Tote Bag</b><div>TOTE-2</div></li></ul>',
      'en',
    );
    expect(page).toContain('Brooklyn Diner Mug');
    expect(page).toContain('Market Tote Bag');
  });
});

describe('a thread naming its customer in no label', () => {
  it('takes the author beside the seller’s own "Vous · …" messages for the customer', async () => {
    const page = await pageOf(
      `<nav>Messages › Clément Vasseur-Ruiz</nav>
       <section><div class="m"><div>Clément Vasseur-Ruiz · 25 nov. 2024, 19:07</div><div>Bonjour, mon voisin Hugo a le colis ?</div></div>
        <div class="m"><div>Vous · 26 nov. 2024, 09:31</div><div>Bonjour, nous vérifions auprès de Colissimo.</div></div></section>`,
      'fr',
    );
    for (const gone of ['Clément', 'Vasseur-Ruiz', 'voisin Hugo']) expect(page).not.toContain(gone);
    expect(page).toContain('Bonjour, nous vérifions auprès de Colissimo.');
    expect(page).toContain('26 nov. 2024, 09:31');
  });
});

describe('a list of people, read whole (review of the b3 rules, I and L)', () => {
  it('an item’s name past a badge before it ("Lu", "Nouveau")', async () => {
    const page = await pageOf(
      `<p>Acheteur : Jeanne Lefèvre</p><ul><li><img alt=""><span class="badge">Nouveau</span><span>Jeanne Lefèvre</span></li><li><span class="badge">Lu</span><span>Marc-Antoine Girard</span></li></ul>`,
      'fr',
    );
    expect(page).not.toContain('Girard');
    expect(page).toContain('Nouveau');
  });

  it('a name written in capitals or in lower case among the people', async () => {
    const page = await pageOf(
      `<p>Acheteur : Jeanne Lefèvre</p><ul><li>Jeanne Lefèvre</li><li>MARC-ANTOINE GIRARD</li><li>paul durand</li></ul>`,
      'fr',
    );
    for (const gone of ['GIRARD', 'durand']) expect(page).not.toContain(gone);
  });

  it('a lower-case preview of four words is no person', async () => {
    const page = await pageOf(
      `<p>Acheteur : Jeanne Lefèvre</p><ul><li>Jeanne Lefèvre</li><li>merci pour votre aide</li></ul><p>Réponse : merci pour votre aide</p>`,
      'fr',
    );
    expect(page).toContain('Réponse : merci pour votre aide');
  });

  it('an order’s card listing its buyer, its shipping, its product and its SKU is no list of people', async () => {
    const page = await pageOf(
      `<p>Acheteur : Jeanne Lefèvre</p><ul><li>Jeanne Lefèvre</li><li>Livraison Standard</li><li>Stainless Steel Travel Mug</li><li>MUG-AM-1</li></ul>`,
      'fr',
    );
    expect(page).not.toContain('Lefèvre');
    for (const kept of ['Livraison Standard', 'Stainless Steel Travel Mug', 'MUG-AM-1'])
      expect(page).toContain(kept);
  });

  it('a list with a fulfilment centre in it is no list of people', async () => {
    const page = await pageOf(
      `<p>Acheteur : Jeanne Lefèvre</p><ul class="x"><li>Jeanne Lefèvre</li><li>Centre Saran</li><li>Lauwin Planque</li></ul><p>Expédié depuis Lauwin Planque</p>`,
      'fr',
    );
    expect(page).toContain('Expédié depuis Lauwin Planque');
  });
});

describe('Seller Central’s own voices in a thread are no customer (review of the b3 rules, K)', () => {
  it('"Service Partenaires" and "Notification Système" beside "Vous"', async () => {
    const page = await pageOf(
      `<div class="thread"><div class="msg"><p>Service Partenaires · 25 nov., 09:00</p><p>Votre demande a été transmise.</p></div><div class="msg"><p>Vous · 26 nov., 11:00</p><p>Merci.</p></div></div><p>Service Partenaires</p>
       <div class="thread"><div class="msg"><p>Notification Système · 25 nov., 09:00</p><p>Le client a ouvert une réclamation.</p></div><div class="msg"><p>Vous · 26 nov., 11:00</p><p>Merci.</p></div></div>`,
      'fr',
    );
    for (const kept of [
      'Service Partenaires ·',
      'Votre demande a été transmise',
      'Le client a ouvert une réclamation',
    ])
      expect(page).toContain(kept);
  });

  it('the customer beside "Vous" is still taken', async () => {
    const page = await pageOf(
      `<div class="thread"><div class="msg"><p>Jeanne Lefèvre · 26 nov., 10:02</p><p>Bonjour, mon colis n'est pas arrivé, je suis très déçue.</p></div><div class="msg"><p>Vous · 26 nov., 11:00</p><p>Bonjour, nous regardons.</p></div></div>`,
      'fr',
    );
    for (const gone of ['Lefèvre', 'très déçue']) expect(page).not.toContain(gone);
  });
});
