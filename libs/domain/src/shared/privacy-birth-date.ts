import type { Span } from './privacy-numbers';

/**
 * A date of birth in free text. A date alone is harmless (texts are full of meeting dates), so a
 * date counts only in the company that makes it someone's birth date:
 * - after a word that only ever introduces a birth date (`geb.`, `geboortedatum`, `°`);
 * - next to `geboren` ("geboren op", "op ... geboren") with a name-like word in the same sentence;
 * - in brackets right after a name-like word: `Sanne (03-05-2012)`.
 * "geboren na 1 januari 2010" (a cohort, not a person) and "op 4 mei hebben we" pass.
 */

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9,
  oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** 12-03-2011, 3/5/2012, 12.03.11: one kind of separator, not inside a longer number. */
const NUMERIC_DATE = /(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[.,/-]\d)/g;
const ISO_DATE = /(?<![\d.,/-])\d{4}-(\d{1,2})-(\d{1,2})(?!\d|[.,/-]\d)/g;
/** 4 mei 2010, 12 mrt. '11: a written year of two digits needs its apostrophe ("4 mei 20 jongeren"). */
const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|ste|de)?\\s+(${MONTH_WORDS})\\.?\\s+(?:'\\d{2}|\\d{4})(?![\\p{L}\\p{N}])`, 'giu',
);

const validDay = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

export function findDates(text: string): Span[] {
  const dates: Span[] = [];
  const add = (match: RegExpMatchArray, day: number, month: number) => {
    if (validDay(day, month)) dates.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) add(m, Number(m[1]), Number(m[3]));
  for (const m of text.matchAll(ISO_DATE)) add(m, Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(WRITTEN_DATE)) add(m, Number(m[1]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0);
  return dates;
}

/** Words that only introduce a birth date, right before it: `geb. 4 mei 2010`, `geboortedatum: ...`. */
const BIRTH_MARK_BEFORE = /(?:^|[^\p{L}])(?:geboortedatum|geboortedag|geb\.? ?datum|geb\.?(?![\p{L}])|°)[\s:,]*(?:(?:op|d\.d\.)\s+)?$/iu;
/**
 * `geboren` right before the date, with at most a few small words between: "geboren op",
 * "geboren is op". Not "geboren na/voor/tussen": that is a cohort, not a person.
 */
const BORN_BEFORE = /(?:^|[^\p{L}])geboren[\s:,]*(?:(?:is|was|op|d\.d\.)\s+){0,3}$/iu;
const BORN_AFTER = /^\s+(?:(?:is|was)\s+)?geboren(?![\p{L}])/iu;

/** A capitalised word: Jan, Sanne, El-Amrani, O'Neill. */
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}'’-])/gu;

/**
 * Capitalised words that are no name: words that open a sentence, days and months, and the
 * vocabulary of youth care that opens headings ("Bijeenkomst (12-03-2024)").
 */
const NOT_A_NAME = new Set([
  'de', 'het', 'een', 'en', 'of', 'maar', 'dus', 'want', 'toen', 'nu', 'na', 'voor', 'op', 'in', 'bij', 'met',
  'van', 'vanaf', 'tot', 'tijdens', 'sinds', 'om', 'over', 'door', 'uit', 'naar', 'aan', 'als', 'dat', 'die',
  'dit', 'deze', 'wij', 'we', 'ik', 'jij', 'u', 'zij', 'ze', 'hij', 'zijn', 'haar', 'hun', 'onze', 'ons', 'mijn',
  'er', 'daar', 'hier', 'wat', 'wie', 'waar', 'hoe', 'wanneer', 'ook', 'niet', 'geen', 'wel', 'alle', 'elke',
  'ieder', 'iedere', 'veel', 'weinig', 'sommige', 'vooral', 'eerst', 'daarna', 'vervolgens', 'volgende',
  'vorige', 'afgelopen', 'samen', 'soms', 'vaak', 'altijd', 'nooit', 'gisteren', 'vandaag', 'morgen', 'ja',
  'nee', 'zo', 'zoals', 'volgens', 'dankzij', 'ondanks', 'zonder', 'binnen', 'buiten', 'tussen', 'naast',
  'onder', 'boven', 'per', 'circa', 'bijvoorbeeld', 'ongeveer', 'totaal', 'datum', 'start', 'einde', 'kick-off',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  ...Object.keys(MONTHS),
  'geboren', 'geboortedatum', 'geb',
  'jongere', 'jongeren', 'kind', 'kinderen', 'jeugdige', 'jeugdigen', 'ouder', 'ouders', 'moeder', 'vader',
  'gezin', 'gezinnen', 'cliënt', 'client', 'cliënten', 'casus', 'cirkel', 'sessie', 'les', 'week', 'regio',
  'jeugdregio', 'gemeente', 'gemeenten', 'team', 'wijkteam', 'aanbieder', 'aanbieders', 'school', 'actiegroep',
  'thema', 'plan', 'verslag', 'notulen', 'agenda', 'besluit', 'afspraak', 'afspraken', 'stand', 'update',
  'meeting', 'webinar', 'deadline', 'aftrap', 'peildatum', 'versie', 'concept',
]);

/** Endings of Dutch nouns that head a sentence or an event's name, never a first name or surname. */
const NOUN_ENDING = new RegExp(`(?:${[
  'heid', 'heden', 'atie', 'aties', 'entie', 'komst', 'dag', 'dagen', 'ssie', 'visie', 'overleg', 'groep', 'team',
  'week', 'zorg', 'hulp', 'tafel', 'schap', 'iteit', 'erij', 'plan', 'bespreking', 'ingen', 'tijd', 'tijden',
  'datum', 'verslag', 'rapportage', 'brief', 'meting',
].join('|')})$`);

/** A word after these is a place or an organisation, not a person: "in Almere (12-03-2024)". */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|te|uit|naar|vanuit|rond|richting|gemeente|regio|jeugdregio|provincie|wijk)\s+$/iu;

function isNameLike(text: string, start: number, word: string): boolean {
  const lower = word.toLocaleLowerCase('nl');
  if (NOT_A_NAME.has(lower) || NOUN_ENDING.test(lower)) return false;
  // Long words ending in -ing are nouns (Vergadering, Terugkoppeling); short ones may be names (Hoving).
  if (lower.length >= 8 && lower.endsWith('ing')) return false;
  return !PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** The sentence around a span: up to 60 characters either side, not across `. `, `!`, `?`, `;` or a new line. */
function sentenceAround(text: string, span: Span): { readonly from: number; readonly to: number } {
  const head = text.slice(Math.max(0, span.start - 60), span.start);
  const breaks = [...head.matchAll(/[.!?;\n](?=\s|$)/g)];
  const lastBreak = breaks[breaks.length - 1];
  const from = span.start - head.length + (lastBreak ? (lastBreak.index ?? 0) + 1 : 0);
  const tail = text.slice(span.end, span.end + 60);
  const firstBreak = /[.!?;\n](?=\s|$)/.exec(tail);
  return { from, to: span.end + (firstBreak ? firstBreak.index : tail.length) };
}

function hasNameNear(text: string, date: Span): boolean {
  const { from, to } = sentenceAround(text, date);
  for (const word of text.slice(from, to).matchAll(CAPITALISED)) {
    const start = from + (word.index ?? 0);
    // The date's own month is no name, and neither is a word inside the date.
    if (start >= date.start && start < date.end) continue;
    if (isNameLike(text, start, word[0])) return true;
  }
  return false;
}

/** "Sanne (03-05-2012)": a name-like word, then the date alone in brackets. */
const NAME_THEN_BRACKET = new RegExp(`(${CAPITALISED.source})\\s*\\(\\s*$`, 'u');

function isBracketedAfterName(text: string, date: Span): boolean {
  if (!/^\s*\)/.test(text.slice(date.end, date.end + 3))) return false;
  const from = Math.max(0, date.start - 60);
  const name = NAME_THEN_BRACKET.exec(text.slice(from, date.start));
  return name !== null && isNameLike(text, from + name.index, name[1] ?? '');
}

export function findBirthDates(text: string): Span[] {
  return findDates(text).filter((date) => {
    const before = text.slice(Math.max(0, date.start - 40), date.start);
    if (BIRTH_MARK_BEFORE.test(before)) return true;
    const born = BORN_BEFORE.test(before) || BORN_AFTER.test(text.slice(date.end, date.end + 20));
    if (born && hasNameNear(text, date)) return true;
    return isBracketedAfterName(text, date);
  });
}
