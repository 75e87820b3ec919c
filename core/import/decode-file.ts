// A report file's bytes as text, whatever saved it. Seller Central writes UTF-8; a report opened
// and saved again by a spreadsheet may come back as UTF-16 ("Unicode text" in Excel, with a byte
// order mark) or in the Windows code page of the seller's Excel (a French, German, Spanish or
// Italian Windows saves "CSV" as windows-1252). Read as UTF-8 blindly, the first becomes NULs
// between every character and matches no column; the second turns every accented product name
// into U+FFFD.

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding of `bytes`: its byte order mark, else UTF-8 when it decodes as such, else cp1252. */
export function detectEncoding(bytes: Uint8Array): FileEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // UTF-16 without a mark: ASCII text has a NUL in every other byte.
  const probe = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
  const half = probe.length / 2;
  if (half >= 2 && oddNuls > half * 0.4 && evenNuls === 0) return 'utf-16le';
  if (half >= 2 && evenNuls > half * 0.4 && oddNuls === 0) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * windows-1252's characters at 0x80–0x9F (where Latin-1 has control codes). Browsers' decoders
 * know them; Node's decodes the label as Latin-1, so they are mapped here for both.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The file's text (without a byte order mark), and the encoding it was read in. */
export function decodeFileBytes(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops the byte order mark of its own encoding (ignoreBOM is false by default).
  let text = new TextDecoder(encoding).decode(bytes);
  if (encoding === 'windows-1252')
    text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
