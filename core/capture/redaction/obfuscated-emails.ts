// An e-mail address written so that robots miss it: "dima.ivanov [at] gmail [dot] com",
// "name(at)web(punkt)de", "mario [chiocciola] libero [punto] it", "ana [arroba] gmail.com",
// "jean at orange dot fr". Buyers write their private address this way when Amazon's messaging
// hides the real one; it is theirs all the same.

const AT_WORDS = 'at|@|arroba|chiocciola|ät|chez|bei';
const DOT_WORDS = 'dot|punto|point|punkt';
const LOCAL = '[A-Za-z0-9][A-Za-z0-9._%+-]*';
const LABEL = '[A-Za-z0-9][A-Za-z0-9-]*';
/** "[at]", "(at)", "{arroba}", "<chiocciola>", with or without spaces around. */
const AT_BRACKETED = `\\s*[[({<]\\s*(?:${AT_WORDS})\\s*[\\])}>]\\s*`;
const DOT_BRACKETED = `\\s*[[({<]\\s*(?:${DOT_WORDS})\\s*[\\])}>]\\s*`;
const DOT_SPELLED = `\\s+(?:${DOT_WORDS})\\s+`;
const DOT = `(?:${DOT_BRACKETED}|${DOT_SPELLED}|\\.)`;

export const OBFUSCATED_EMAILS: readonly RegExp[] = [
  // The "at" in brackets: the domain's dots may be written any way.
  new RegExp(
    `(?<![\\w.%+-])${LOCAL}${AT_BRACKETED}${LABEL}(?:${DOT}${LABEL})*${DOT}[A-Za-z]{2,}(?![\\w-])`,
    'gi',
  ),
  // "at" as a bare word, only with a dot spelled out too: "meet at amazon.de" is no address.
  new RegExp(
    `(?<![\\w.%+-])${LOCAL}\\s+(?:at|arroba|chiocciola|chez)\\s+${LABEL}(?:${DOT}${LABEL})*(?:${DOT_SPELLED}|${DOT_BRACKETED})[A-Za-z]{2,}(?![\\w-])`,
    'gi',
  ),
];

/** Cheap first look: a text without these words cannot hold such an address. */
export const MAY_HOLD_OBFUSCATED_EMAIL = new RegExp(`[[({<]\\s*(?:${AT_WORDS})|\\s(?:${DOT_WORDS})\\s`, 'i');
