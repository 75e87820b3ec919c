import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';
import { loadPage } from '../page/load-fixture';

// A name written in another script than the page's (core/capture/redaction/script-names.ts).
// From blind page b4-en-us-thread-quoted, a Cyrillic signature under a buyer's message; here in
// French and Italian pages, with Greek, Arabic, Chinese and Japanese names.

describe('a name in a script other than Latin', () => {
  it.each([
    ['Merci beaucoup,\nΓιώργος Παπαδάκης', 'Παπαδάκης'],
    ['Cordialmente, Ольга Смирнова-Петрова', 'Смирнова'],
    ['Grazie — يوسف العمراني', 'العمراني'],
    ['Destinataire : 李华 (Li Hua)', '李华'],
    ['Saluti, 山田 太郎', '山田'],
  ])('is replaced: %s', (text, part) => {
    const out = redactText(text);
    expect(out.text).not.toContain(part);
    expect(out.text).toContain(PLACEHOLDERS.name);
  });

  it('a word alone of a cased script, and a language picker, stay', () => {
    expect(redactText('Спасибо !').text).toBe('Спасибо !');
    expect(redactText('日本語').text).toBe('日本語');
  });

  it('its surname is then chased elsewhere on the page', async () => {
    const url = 'https://sellercentral.amazon.it/messaging/thread/1';
    const { document } = await loadPage(
      `<html lang="it"><body><p>Grazie mille,<br>Γιώργος Παπαδάκης</p><p>Cliente Παπαδάκης: risposta inviata</p></body></html>`,
      url,
    );
    const { html } = capturePage(document, {
      url,
      now: '2024-12-06T09:00:00.000Z',
      version: '0.1.0',
      uiLanguage: 'it',
      reading: null,
      fakeIds: false,
    });
    expect(html).not.toContain('Παπαδάκης');
    expect(html).toContain('risposta inviata');
  });
});
