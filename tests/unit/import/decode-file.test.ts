import { describe, expect, it } from 'vitest';
import { decodeFileBytes, detectEncoding } from '../../../core/import/decode-file';
import { parseReportText } from '../../../core/import/parse-report';

// A Fulfilled Shipments header and one row with accents, as a spreadsheet may save it again.
const TEXT =
  'amazon-order-id\tmerchant-order-id\tproduct-name\tquantity-shipped\r\n' +
  '402-1234567-1234567\tSHOP-1001\tThé vert – coffret « Été » Größe ñ\t1\r\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(at + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** windows-1252 bytes of a text made of Latin-1 characters and the few cp1252 extras used here. */
function cp1252(text: string): Uint8Array {
  const extras: Record<string, number> = { '–': 0x96, '€': 0x80, œ: 0x9c };
  return Uint8Array.from([...text].map((c) => extras[c] ?? c.charCodeAt(0)));
}

describe('report files as a spreadsheet saves them again', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const plain = new TextEncoder().encode(TEXT);
    const marked = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, marked]) {
      expect(decodeFileBytes(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
    }
  });

  it('reads UTF-16 little and big endian, with a byte order mark or without', () => {
    expect(decodeFileBytes(utf16(TEXT, true, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeFileBytes(utf16(TEXT, false, true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(detectEncoding(utf16(TEXT, true, false))).toBe('utf-16le');
    expect(detectEncoding(utf16(TEXT, false, false))).toBe('utf-16be');
  });

  it('reads windows-1252 (Excel "CSV" on a French or German Windows) with its accents', () => {
    const latin = TEXT.replace(' ñ', ' cœur 12,50 €');
    const { text, encoding } = decodeFileBytes(cp1252(latin));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(latin);
    expect(parseReportText(text).rows[0]?.cells[2]).toBe('Thé vert – coffret « Été » Größe cœur 12,50 €');
  });

  it('a UTF-16 report maps to the same header and rows as its UTF-8 original', () => {
    const original = parseReportText(TEXT);
    const again = parseReportText(decodeFileBytes(utf16(TEXT, true, true)).text);
    expect(again.header).toEqual(original.header);
    expect(again.rows).toEqual(original.rows);
  });

  it('an empty file is empty text', () => {
    expect(decodeFileBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
