import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';
import { captureOf } from './captured-body';

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
    const { html } = await captureOf(
      url,
      'it',
      '<p>Grazie mille,<br>Γιώργος Παπαδάκης</p><p>Cliente Παπαδάκης: risposta inviata</p>',
    );
    expect(html).not.toContain('Παπαδάκης');
    expect(html).toContain('risposta inviata');
  });
});
