/**
 * The numeric kinds of identifying data in free text: BSNs and Dutch phone numbers. Tuned so that
 * the numbers youth-care texts are full of (dates, amounts, postcodes, hours, KvK numbers, CBS
 * codes) pass: see `privacy-guard.corpus.ts` for what each rule lets through and why.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The 11-proef of a BSN: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11, and not all zeros
 * (which would pass the sum trivially).
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = -Number(digits[8]);
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(digits[i]);
  return sum % 11 === 0;
}

/** Digit groups joined by one separator each: `123456782`, `1234.56.782`, `123 456 782`. */
const NUMBER_RUN = /\d+(?:[ .-]\d+)*/g;

/** Within this reach before a number, a word that names it a BSN lifts the layout rules. */
const BSN_WORD = /(?:^|[^\p{L}])(?:bsn|burgerservicenummer|burger ?service ?nummer|sofi-?nummer)(?![\p{L}])[^.!?\n]{0,25}$/iu;

/** An amount: a currency before, or a currency or decimal part after. */
const MONEY_BEFORE = /(?:€|\beur|\beuro)\s*$/i;
const MONEY_AFTER = /^(?:,\d|,-|\s*(?:€|euro\b|eur\b|mln\b|miljoen\b|miljard\b))/i;

/**
 * How people write a BSN: 9 digits as one block, or split 3-3-3, 4-2-3 or 2-2-2-3 by one kind
 * of separator. Dots in 3-3-3 are the Dutch thousands separator of an amount (`123.456.789`),
 * so that layout counts as a BSN only when the text names it one.
 */
function isBsnLayout(sizes: readonly number[], separator: string): boolean {
  const layout = sizes.join('-');
  if (layout === '3-3-3') return separator !== '.';
  return layout === '4-2-3' || layout === '2-2-2-3';
}

export function findBsns(text: string): Span[] {
  const found: Span[] = [];
  for (const run of text.matchAll(NUMBER_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    // A number glued to letters or other digits is a code (GM0363, an IBAN, a hash), not a BSN.
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}]/u.test(text[end] ?? '')) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 12);
    if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) continue;
    const named = BSN_WORD.test(before);
    const groups = [...run[0].matchAll(/\d+/g)];
    const separators = new Set(run[0].replace(/\d+/g, ''));
    const digits = groups.map((g) => g[0]).join('');
    const wholeRun = groups.length === 1
      || (separators.size === 1 && (named || isBsnLayout(groups.map((g) => g[0].length), [...separators][0] ?? '')));
    // An 8-digit BSN lost its leading zero, but so did many other numbers: only when named.
    const candidate = digits.length === 8 && named ? `0${digits}` : digits;
    if (wholeRun && candidate.length === 9) {
      if (passesElfproef(candidate)) found.push({ start, end });
      continue;
    }
    // A block of exactly 9 digits among other numbers ("in 2024 123456782") still counts.
    for (const group of groups) {
      if (group[0].length === 9 && passesElfproef(group[0])) {
        found.push({ start: start + group.index, end: start + group.index + 9 });
      }
    }
  }
  return found;
}

/**
 * Where a Dutch phone number may begin: `+31` or `0031` (optionally `(0)` after it), an area
 * code in brackets, or a plain 0. Not after a letter or digit (codes, longer numbers), nor in
 * the middle of a date or number (`01-01-2024 - 31-03-2024`).
 */
const PHONE_START = /(?<![\p{L}\p{N}+])(?<!\p{N}[-./])(?:(?:\+|00) ?31(?: ?\(0\))?|\(0|0)/gu;

/** Between two digits of a phone number: nothing, a space, a dash or dot (spaced or not), a bracket. */
const PHONE_SEPARATOR = /^(?:\) ?(?:[-.] ?)?| ?[-.] ?| )/;

/** `dd-mm-yyyy` at the start of what looks like a phone number: a date followed by an hour or count. */
const DATE_LEADING = /^\(?(\d{1,2})([-/.])(\d{1,2})\2\d{4}/;

export function findPhoneNumbers(text: string): Span[] {
  const found: Span[] = [];
  for (const start of text.matchAll(PHONE_START)) {
    const international = start[0].startsWith('+') || start[0].startsWith('00');
    // National: 0 and 9 more digits. International: the 9 digits after the country code.
    const needed = international ? 9 : 10;
    let digits = international ? '' : '0';
    let at = start.index + start[0].length;
    let opened = start[0].startsWith('(');
    while (digits.length < needed) {
      const ch = text[at] ?? '';
      if (/\d/.test(ch)) {
        digits += ch;
        at += 1;
        continue;
      }
      // After a trunk 0 the area code follows at once (`06`, `020`); after +31 a space may come first.
      if (!international && digits.length === 1) break;
      const separator = PHONE_SEPARATOR.exec(text.slice(at, at + 4));
      if (!separator || !/\d/.test(text[at + separator[0].length] ?? '')) break;
      if (separator[0].startsWith(')')) {
        if (!opened) break;
        opened = false;
      }
      at += separator[0].length;
    }
    if (digits.length < needed) continue;
    // The first digit after the trunk 0 is never 0 (00 is the international prefix).
    if (digits[international ? 0 : 1] === '0') continue;
    // More digits, or a decimal or time part, make it a longer number or an hour; a letter makes
    // it part of a code (a UUID pasted as a link), not a phone number.
    if (/^(?:[\p{L}\p{N}]|[.,:]\d)/u.test(text.slice(at, at + 2))) continue;
    if (!international && isLeadingDate(text.slice(start.index, at))) continue;
    // "(020-1234567)": a bracket that opened the whole number, not the area code, is not part of it.
    found.push({ start: start.index + (opened ? 1 : 0), end: at });
  }
  return found;
}

function isLeadingDate(candidate: string): boolean {
  const date = DATE_LEADING.exec(candidate);
  if (!date) return false;
  const day = Number(date[1]);
  const month = Number(date[3]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
