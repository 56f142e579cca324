// The tokenizer of names: runs of capitalised words joined by connectors ("Bureau of Industry and
// Security"), as the bodies and instruments grammars read them. A run ends at punctuation (but for commas
// listing a body's words: "Committee on Commerce, Science, and Transportation"), at a lower-case
// word that is no connector, before "and of" ("European Parliament and of the Council" is two runs), and
// after a possessive ("Commission's Covered List" is two runs). Openers
// ("The", "Pursuant") never start a name; inside a run, a head or title word that follows a capitalised
// word and opens "of/for/on ..." starts a new name ("Commerce Bureau of Industry").
import { monthNumber } from '../text/dates.ts';
import { isCountryWord } from './countries.ts';
import { grammar } from './grammar.ts';
import { isPastVerb, isPresentVerb, tagsOf } from './lexicon.ts';
import { readAllVerbs } from './wordnet-verbs.ts';
import { isPersonNoun } from './wordnet-persons.ts';

export interface Token {
  t: string;
  start: number;
  end: number;
  /** Written with a possessive ("Commission's"), which `t` and `end` leave out. */
  possessive?: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*\.?|&|,/gu;
const INITIALISM = /^(?:\p{L}\.)+$/u;

export function tokenize(text: string): Token[] {
  const keepDot = (t: string): boolean => INITIALISM.test(t) || grammar().heads.get(t) === 'Company' || /^(?:No|Nos|St|Pub|L)\.$/.test(t);
  // "No." abbreviates "number" before a figure or a code ("No. 42", "No. FCC 22-84"); before a word in title case it is
  // the answer "No" and a full stop ("A. No. Kestrel Vale Robotics is ..."), which a name does not run on through.
  const answer = (t: string, end: number): boolean => t === 'No.' && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    let end = m.index + t.length;
    if (t.endsWith('.') && (!keepDot(t) || answer(t, end))) {
      t = t.slice(0, -1);
      end--;
    }
    // Only a word ending in an apostrophe or "s" can be a possessive: the others skip the patterns.
    const last = t.charCodeAt(t.length - 1);
    const poss = last === 115 || last === 39 || last === 0x2019 ? /^(.+?)['’]s?$/u.exec(t) : null;
    // "People's Republic": a possessive that is part of names is no possessive here.
    if (poss && /\p{Lu}/u.test(t[0]) && /['’]s$|s['’]$/.test(t) && !grammar().publicQualifiers.has(t.replace('’', "'"))) {
      out.push({ t: poss[1], start: m.index, end: m.index + poss[1].length, possessive: true });
    } else out.push({ t, start: m.index, end });
  }
  return out;
}

/** Capitalised: an upper-case first letter, and no lower-case last part after a hyphen ("Government-related"). */
export function isCap(t: string): boolean {
  // Asked of every token of every sentence: a word opening with an ASCII letter is decided by that letter (and, in
  // capitals, a hyphen), without the Unicode patterns.
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return !t.includes('-') || !/-\p{Ll}[\p{Ll}]*$/u.test(t);
  return (/^\p{Lu}/u.test(t) && !/-\p{Ll}[\p{Ll}]*$/u.test(t)) || /^\d+\p{Lu}[\p{Lu}\d]*$/u.test(t);
}

const SECTION_DESIGNATOR = /^\p{Lu}\.\d+(?:\.\d+)*$/u;

/** Runs of capitalised words and connectors, each split where a new name starts inside it. */
export function nameRuns(text: string, tokens: Token[] = tokenize(text)): Token[][] {
  const g = grammar();
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].t)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (!tokens[j].possessive || titleOffice(tokens, j)) && adjacent(text, tokens[j], tokens[j + 1]) && continues(tokens, j + 1)) j++;
    while (j > i && !isCap(tokens[j].t) && !lowerLegalForm(tokens, j) && !hyphenatedNameWord(tokens, j)) j--;
    j = beforeCoordinatedPossessor(text, tokens, i, j);
    let from = i;
    // "H.9.6 Supply Chain Security Orders", "C.3 Tallow Creek Optics Ltd. shall ...": a contract's or a solicitation's
    // section number (a capital letter, a point, figures) opening the run is the section's designator, no word of a name.
    while (from < j && SECTION_DESIGNATOR.test(tokens[from].t)) from++;
    const opens = (t: string): boolean => g.openers.has(t) || g.weekdays.has(t);
    // "D. The Entity List addition", "B. The regulatory framework": a capital letter and its point opening the text before
    // an opener are an item's or a heading's letter, no initial of a name (an initial goes before a name, not "The").
    // So is one before a heading's words in title case, the whole text ("A. Legal Authority:", "B. Committee Substitute -
    // Statement of Changes", "V. Fiscal Impact Statement"): a heading's letter or roman numeral, no initial.
    if (from < j && /^\p{Lu}\.$/u.test(tokens[from].t) && /^\s*$/.test(text.slice(0, tokens[from].start)) && (opens(tokens[from + 1].t) || headingLine(text, tokens, from))) from++;
    // "on Tuesday, Kestrel Cranes Ltd.": a comma after an opener left out is no word of the name after it.
    while (from < j && (opens(tokens[from].t) || tokens[from].t === ',')) from++;
    from += linkOpening(text, tokens, from, j);
    if (from < j) from += verbOpening(text, tokens.slice(from, j + 1), tokens[j + 1]);
    if (!opens(tokens[from].t) && !addressed(tokens, from, j) && !enumerator(text, tokens, from, j)) runs.push(...splitRun(tokens.slice(from, j + 1)).flatMap((r) => coordinatedCompanies(text, r)));
    i = j + 1;
  }
  return runs;
}

/** A heading after its letter at `from`: every word after it, to a colon or the text's end, capitalised or a connector
 *  ("Effect of Proposed Changes", "Committee Substitute - Statement of Changes: (a note)"), no more than a heading's
 *  words, and nothing after the last but a colon or a point. Not a name alone after an initial ("J. Brisco": a person's,
 *  one word). */
function headingLine(text: string, tokens: Token[], from: number): boolean {
  const colon = text.indexOf(':', tokens[from].end);
  const end = colon < 0 ? text.length : colon;
  const rest = tokens.slice(from + 1).filter((t) => t.start < end);
  const { connectors } = grammar();
  return rest.length >= 2 && rest.length <= 12 && rest.every((t) => isCap(t.t) || connectors.has(t.t) || t.t === ',') && /^[\s.]*$/.test(text.slice(rest[rest.length - 1].end, end));
}

/** "First, ...", "Second, a manufacturer able to push updates could ...": an ordinal alone opening its sentence before a
 *  comma counts the points of an argument, no name (the lexicon's ordinals; "Second Circuit", "First Amendment" go on). */
function enumerator(text: string, tokens: Token[], from: number, j: number): boolean {
  return from === j && tokens[j + 1]?.t === ',' && SENTENCE_OPENING.test(text.slice(0, tokens[from].start)) && tagsOf(tokens[from].t).includes('Ordinal');
}

/** "the Ministry of Fisheries and Peru's navy": a country's possessive after "and" or "or" at a run's end owns the noun
 *  after it, the second conjunct of the sentence, no word of the name before it. The run ends before the conjunction. */
function beforeCoordinatedPossessor(text: string, tokens: Token[], i: number, j: number): number {
  if (!tokens[j].possessive) return j;
  for (let k = j - 1; k > i && k >= j - 3; k--) {
    if (tokens[k].t !== 'and' && tokens[k].t !== 'or') continue;
    const possessor = text.slice(tokens[k + 1].start, tokens[j].end).replace(/['’]s?$/, '');
    return isCountryWord(possessor) ? k - 1 : j;
  }
  return j;
}

/** "my hon. Friend", "the noble Lord": a run of a parliament's nouns of address alone right after "hon." or "noble"
 *  (names.yaml address-forms) names a Member or a peer, no body or company. */
function addressed(tokens: Token[], from: number, j: number): boolean {
  const { after, nouns } = grammar().addressForms;
  const before = tokens[from - 1];
  // The tokenizer leaves the abbreviation's dot out ("hon").
  return before !== undefined && (after.has(before.t) || after.has(`${before.t}.`)) && tokens.slice(from, j + 1).every((t) => nouns.has(t.t));
}

/**
 * "Shares in Calderwood Telematics plc fell": a company link (grammar/names.yaml company-links), capitalised where it
 * opens the sentence, is no part of the name after it. The number of tokens it takes at `from`, none where the run
 * would hold nothing after it.
 */
function linkOpening(text: string, tokens: Token[], from: number, j: number): number {
  if (!SENTENCE_OPENING.test(text.slice(0, tokens[from].start))) return 0;
  linkWords ??= grammar().companyLinks.map((link) => link.split(' '));
  for (const words of linkWords) {
    if (from + words.length <= j && isCap(tokens[from + words.length].t) && words.every((w, i) => tokens[from + i].t.toLowerCase() === w && (i > 0 ? tokens[from + i].t === w : isCap(tokens[from].t)))) return words.length;
  }
  return 0;
}
/** The company links' words, split once. */
let linkWords: string[][] | undefined;

/**
 * "Added Kestrel Cranes Ltd. to the Entity List", "- Bans Harrow Optics Co., Ltd. from federal contracts": a sentence or
 * a list's item with no subject opens with its verb, capitalised as the first word is, and the name after it is a name
 * on its own. The first word of a run is such a verb where it opens the sentence or the item (after a bullet or a
 * number), is an inflected form of a verb (the lexicon's past or present tense, or "-s"/"-ed" on a verb WordNet has:
 * "Bans", "Designated") and no adjective ("United", "Applied"), the words after it are capitalised and hold a head
 * (a legal form, a body's head), and no verb follows the run ("Applied Kestrel Ltd. sells ..." is a subject).
 */
function verbOpening(text: string, run: Token[], after: Token | undefined): number {
  if (!SENTENCE_OPENING.test(text.slice(0, run[0].start))) return 0;
  // "Filed in Office Secretary of State May 28, 2026", "Received in Office of the Clerk ...": a participle, a preposition
  // in lower case and a body's words after it; the participle and the preposition are both out of the name.
  const linked = run.length >= 3 && PARTICIPLE_LINKS.has(run[1].t) && isCap(run[2].t) ? 1 : 0;
  if (run.length < 3 + linked || !isCap(run[1 + linked].t) || grammar().connectors.has(run[1 + linked].t) || !run.slice(1 + linked).some((t) => grammar().heads.has(t.t))) return 0;
  if (after && /^\p{Ll}/u.test(after.t) && tagsOf(after.t).some((t) => FINITE.has(t))) return 0;
  return isInflectedVerb(run[0].t) ? 1 + linked : 0;
}
/** Prepositions in lower case between an opening participle and the body after it ("Filed in Office ..."). */
const PARTICIPLE_LINKS = new Set(['in', 'on', 'for']);
const SENTENCE_OPENING = /^[\s\-–—*•>"“‘]*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s*)?$/u;
const FINITE = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary']);

/** An inflected form of a verb and no adjective: "Added", "Imposes", "Bans", "Designated". */
export function isInflectedVerb(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.toLowerCase();
  const tags = tagsOf(w);
  if (tags.some((t) => t === 'Adjective' || t === 'Comparable' || NAME_TAG.test(t))) return false;
  if (tags.includes('PastTense') || isPastVerb(w) || isPresentVerb(w)) return true;
  if (!w.endsWith('ed')) return false;
  allVerbs ??= readAllVerbs();
  return [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)].some((s) => s.length > 1 && allVerbs!.has(s));
}
let allVerbs: Set<string> | undefined;
const NAME_TAG = /Name$|^(?:City|Country|Place|Region|Organization|ProperNoun)$/;

function continues(tokens: Token[], k: number): boolean {
  const g = grammar();
  const t = tokens[k].t;
  if (g.weekdays.has(t)) return false;
  // "... Fell 14 Per Cent After It Warned That ...": a clause's word, capitalised in a line in title case, is in no name.
  if (g.clauseWords.has(t)) return false;
  // A company's legal form ends its name ("Northwind Optics Inc. and ..."), except "Co., Ltd.".
  if (g.heads.get(tokens[k - 1].t) === 'Company' && g.heads.get(t) !== 'Company' && t !== ',') return false;
  // "... Protection and U.S. IoT": after "and", a state's name opens another name.
  if (tokens[k - 1].t === 'and' && g.jurisdictionPrefixes.some((p) => p.split(' ')[0] === t)) return false;
  // "the Cooperation Group and ENISA": after a body's head, "and" before an acronym joins another body.
  if (tokens[k - 1].t === 'and' && k >= 2 && bodyHeadAt(tokens[k - 2].t) && ACRONYM.test(t)) return false;
  // "the Consumer Product Safety Commission CPSC", "Department of Homeland Security DHS": an acronym spelled by the
  // initials of the name's words before it is written beside the name, no word of it.
  if (ACRONYM.test(t) && spelledBefore(tokens, k)) return false;
  // "of the European Parliament and of the Council": "and of" coordinates two phrases, the name ends before it.
  if (tokens[k - 1].t === 'and' && g.headLinks.has(t)) return false;
  // "the Orders of the Commission on June 30, 2020": a date is no part of a name.
  if (monthNumber(t) && /^\d/.test(tokens[k + 1]?.t ?? '')) return false;
  // "the Bureau of Industry and Security in May", "the Ministry of Commerce in Beijing": time or place, no domain.
  if (g.nameStops.links.has(tokens[k - 1].t) && stopsName(t)) return false;
  if (isCap(t) || lowerLegalForm(tokens, k) || hyphenatedNameWord(tokens, k)) return true;
  if (t === 'the') return g.theAfter.has(tokens[k - 1].t) || betweenPair(tokens, k);
  if (t === ',') return g.heads.get(tokens[k + 1]?.t ?? '') === 'Company' || inSeries(tokens, k); // "Co., Ltd."
  if (g.foreignAnd.has(t)) return showsLanguage(tokens, k);
  return g.connectors.has(t);
}

/** "Committee on Fisheries Between the United States and the Republic of Korea": in a name in title case, "the" after
 *  "Between" and after the "and" that closes its pair goes on (grammar/names.yaml between-links), as after "of"; else
 *  "and the" ends a name ("Commerce and the Treasury"). The pair's "and" is the first after "Between", within the run. */
function betweenPair(tokens: Token[], k: number): boolean {
  const links = grammar().betweenLinks;
  if (links.has(tokens[k - 1].t)) return true;
  if (tokens[k - 1].t !== 'and') return false;
  for (let m = k - 2; m >= Math.max(0, k - 12); m--) {
    if (links.has(tokens[m].t)) return true;
    if (tokens[m].t === 'and' || !(isCap(tokens[m].t) || grammar().connectors.has(tokens[m].t))) return false;
  }
  return false;
}

/** "Sanayi ve Ticaret Ltd. Şti.", "Ministerio de Economía y Competitividad": the name around another language's "and"
 *  at k (grammar/names.yaml foreign-and) holds a head (a legal form, a body's head) or another connector of another
 *  language; "Harrow Optics und Kestrel Marine" holds neither, and is two names. The words it scans are the capitalised
 *  words and connectors next to k on either side, up to eight each way. */
function showsLanguage(tokens: Token[], k: number): boolean {
  const g = grammar();
  const marks = (t: string): boolean => g.heads.has(t) || (g.foreignConnectors.has(t) && !g.foreignAnd.has(t));
  const inName = (t: string): boolean => isCap(t) || g.connectors.has(t) || g.heads.get(t) === 'Company' || t === ',';
  for (let i = k - 1; i >= 0 && k - i <= 8 && inName(tokens[i].t); i--) if (marks(tokens[i].t)) return true;
  for (let i = k + 1; i < tokens.length && i - k <= 8 && inName(tokens[i].t); i++) if (marks(tokens[i].t)) return true;
  return false;
}

/** "Information Commissioner's Office", "Prime Minister's Office", "Attorney-General's Department": an office-holder's
 *  title in the possessive before a public body's head (grammar/names.yaml heads) is one name, the body's, where the
 *  title has a word before it or is a compound with "General" (head-postmodifiers: "Auditor-General", "Attorney
 *  General"). A title alone ("the Director's Office") says no whose. */
function titleOffice(tokens: Token[], j: number): boolean {
  const g = grammar();
  if (g.heads.get(tokens[j + 1]?.t ?? '') !== 'Authority') return false;
  const t = tokens[j].t;
  const named = j > 0 && isCap(tokens[j - 1].t) && !g.openers.has(tokens[j - 1].t);
  const [first, post] = t.split('-');
  if (post !== undefined) return isCap(first) && g.headPostmodifiers.has(post);
  // "U.S. Attorney's Office for the Southern District", "District Attorney's Office": an office-holder named by a noun of
  // persons (WordNet, wordnet-persons.ts) that is no title of names.yaml owns the office as a title does; cut at the
  // possessive, the name would leave a false "U.S. Attorney" and an "Office for ..." of no one.
  return named && (g.titles.has(t) || g.headPostmodifiers.has(t) || (/^\p{Lu}\p{Ll}+$/u.test(t) && isPersonNoun(t.toLowerCase(), (w) => w)));
}

/** A legal form written in lower case ("plc", "s.r.o.": grammar/names.yaml Company heads) right after a capitalised word
 *  or another form ends the name before it ("Marks and Spencer plc"), as a capitalised one does. */
function lowerLegalForm(tokens: Token[], k: number): boolean {
  const g = grammar();
  const t = tokens[k].t;
  if (k === 0 || !/^\p{Ll}/u.test(t) || g.heads.get(t) !== 'Company') return false;
  const prev = tokens[k - 1].t;
  return isCap(prev) || g.heads.get(prev) === 'Company';
}

/**
 * "Brenmoor High-tech", "Shenzhen Larkspur Hi-tech Drone Co., Ltd.": a capitalised word with a lower-case part after its
 * hyphen, which isCap leaves out of names ("Government-related", "China-based", "State-owned" modify what follows them),
 * is a word of the name it stands in where that part is a noun (no adjective or participle in the lexicon, no "-ed" or
 * "-ing" form) and it follows a word of the name that is no country's name or demonym ("Chinese State-run ..." is no name).
 */
function hyphenatedNameWord(tokens: Token[], k: number): boolean {
  const t = tokens[k].t;
  if (k === 0 || !HYPHENATED.test(t)) return false;
  const prev = tokens[k - 1].t;
  const g = grammar();
  if (!isCap(prev) || tokens[k - 1].possessive || g.connectors.has(prev) || g.openers.has(prev) || isCountryWord(prev)) return false;
  const tail = t.slice(t.lastIndexOf('-') + 1);
  if (/(?:ed|ing|en)$/.test(tail) || isPastVerb(tail)) return false;
  return !tagsOf(tail).some((x) => x === 'Adjective' || x === 'PastTense' || x === 'Comparable');
}
const HYPHENATED = /^\p{Lu}[\p{L}]*(?:-\p{L}+)*-\p{Ll}+$/u;

/** A month, a weekday, a season or holiday, or a city (grammar/names.yaml name-stops). */
export function stopsName(t: string): boolean {
  const { words, placeTags } = grammar().nameStops;
  return monthNumber(t) !== undefined || grammar().weekdays.has(t) || words.has(t) || tagsOf(t).some((x) => placeTags.has(x));
}

const SERIES_ITEM = /^\p{Lu}\p{Ll}/u;
const ACRONYM = /^[\p{Lu}][\p{Lu}\d-]+$/u;
const MAX_ITEM = 3;

/**
 * The comma at k lists the words of one name, closed by ", and" or "and": "Committee on Commerce, Science, and
 * Transportation", "Ministry of Economy, Trade and Industry" (after a head and its link), "Communications Security,
 * Reliability, and Interoperability Council" (before a head). Items are ordinary capitalised words, up to three each.
 */
function inSeries(tokens: Token[], k: number): boolean {
  let j = k;
  // "Daniel Sato, Attorney, U.S. Department of Justice, and Ruth Ellison, ...": ", and" after a name's only item joins two
  // phrases (a series lists three items or more: "Commerce, Science, and Transportation"), no word of the name follows.
  if (tokens[k + 1]?.t === 'and' && !afterSeriesItem(tokens, k)) return false;
  // "Federal Communications Commission, Public Safety and Homeland Security Bureau" (a citation's author, the body and its
  // unit): a name closed by a body's head before the comma is whole; the words after it make another name, whose own head
  // makes them no series of this one.
  const closed = bodyHeadAt(tokens[k - 1]?.t ?? '');
  // "the Bureau of Industry and Security, Kestrel Cranes and ...": a series puts its "and" before its last item only, so
  // an item before the comma that holds "and" already closed the name's coordination; the words after the comma are
  // another phrase (an apposition, the sentence's subject after an opening phrase).
  if (coordinatedBefore(tokens, k)) return false;
  while (tokens[j]?.t === ',') {
    const closing = tokens[j + 1]?.t === 'and';
    j += closing ? 2 : 1;
    let n = 0;
    while (n <= MAX_ITEM && seriesWord(tokens, j + n, j)) n++;
    if (n === 0 || n > MAX_ITEM || legalFormIn(tokens, j, j + n)) return false;
    j += n;
    if (closing) return headOfBefore(tokens, k) || (!closed && bodyHeadAt(tokens[j - 1].t));
    // "Ministry of Economy, Trade and Industry": the last item after "and" without a comma.
    if (tokens[j]?.t === 'and') {
      let m = 0;
      while (m <= MAX_ITEM && seriesWord(tokens, j + 1 + m, j + 1)) m++;
      if (legalFormIn(tokens, j + 1, j + 1 + m)) return false;
      return m > 0 && m <= MAX_ITEM && (headOfBefore(tokens, k) || (!closed && bodyHeadAt(tokens[j + m].t)));
    }
  }
  return false;
}

/** "Kestrel Cranes Ltd.": a company's legal form (grammar/names.yaml Company heads) among the words from i to before `to`
 *  makes them a company's name, no item of a body's series of domains. */
function legalFormIn(tokens: Token[], i: number, to: number): boolean {
  for (let m = i; m < to; m++) if (grammar().heads.get(tokens[m]?.t ?? '') === 'Company') return true;
  return false;
}

/** "and" among the capitalised words right before the comma at k, back to the link that opens their domain ("of", "for",
 *  "on"), the run's previous comma or its start (up to twelve words): the item before the comma coordinates already. */
function coordinatedBefore(tokens: Token[], k: number): boolean {
  const g = grammar();
  for (let i = k - 1; i >= 0 && k - i <= 12; i--) {
    const t = tokens[i].t;
    if (t === 'and') return i < k - 1;
    if (t === ',' || g.headLinks.has(t) || !isCap(t)) return false;
  }
  return false;
}

/** The word at i is a word of a series item that opens at `first`: capitalised, and after the item's first word written
 *  right after the word before it (one space), so that "Ministry of Trade, Industry and Energy (Minister Kim Dohyun)"
 *  counts "Energy" as the last item, not "Energy Minister Kim Dohyun" (a bracket or a line's end between them). */
function seriesWord(tokens: Token[], i: number, first: number): boolean {
  if (!SERIES_ITEM.test(tokens[i]?.t ?? '')) return false;
  return i === first || tokens[i].start - tokens[i - 1].end === 1;
}

/** The comma at k closes a series item that an earlier comma of the series opens ("Commerce, Science, and"): one to three
 *  ordinary capitalised words before k, a comma before them. */
function afterSeriesItem(tokens: Token[], k: number): boolean {
  let n = 0;
  while (n < MAX_ITEM && k - 1 - n >= 0 && SERIES_ITEM.test(tokens[k - 1 - n].t)) n++;
  return n > 0 && tokens[k - 1 - n]?.t === ',';
}

/** A head or a title and its link ("Committee on", "Minister of") among the name's words before k. */
function headOfBefore(tokens: Token[], k: number): boolean {
  const g = grammar();
  for (let i = k - 1; i > 0 && k - i <= 12; i--) {
    const t = tokens[i].t;
    if (!isCap(t) && !g.connectors.has(t) && t !== ',') return false;
    // "Minister of Innovation, Science and Industry": a title's link names its department's domain as a head's does.
    if (g.headLinks.has(t) && (bodyHeadAt(tokens[i - 1].t) || g.titles.has(tokens[i - 1].t))) return true;
  }
  return false;
}

/** The acronym at k is spelled by the initials of the capitalised words right before it (connectors skipped). */
function spelledBefore(tokens: Token[], k: number): boolean {
  const acronym = tokens[k].t;
  let letters = '';
  for (let i = k - 1; i >= 0 && letters.length < acronym.length; i--) {
    const t = tokens[i].t;
    if (grammar().connectors.has(t)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(t)) return false;
    letters = t[0] + letters;
  }
  return letters === acronym && acronym.length >= 2;
}

const bodyHeadAt = (t: string): boolean => {
  const kind = grammar().heads.get(t);
  return kind !== undefined && kind !== 'Company';
};

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return gap === ' ' || (gap === '' && b.t === ',');
}

/** "Department of Commerce Bureau of Industry and Security" -> two runs: a head or title opening
 *  "of/for/on ..." right after a name that already has its own head. "Broadcom on the Committee" -> two
 *  runs: "<link> the" joins a name only to words that open one (a head, title or instrument word), and
 *  never an instrument to the body that issued it (issuedBy). */
function splitRun(run: Token[]): Token[][] {
  const g = grammar();
  const isHead = (t: string): boolean => g.heads.has(t) || g.titles.has(t);
  const opensOwn = (t: string): boolean => isHead(t) || g.instrumentHeads.has(t) || g.leadingInstruments.has(t);
  const out: Token[][] = [[]];
  run.forEach((tok, k) => {
    const cur = out[out.length - 1];
    const opensName = isHead(tok.t) && g.headLinks.has(run[k + 1]?.t ?? '');
    // "Director of the Federal Bureau of Investigation": a title's "of the" names the body it heads, in full.
    // So does a wrapper's ("Director for Europe of the Harbour Agency of ...", "Task Force of the Norland Ministry of ...":
    // names.yaml wrappers, titles and their ranks): the words after its "of|for the" open the body's name.
    const titleOfThe = (g.titles.has(cur[0]?.t ?? '') && cur[1]?.t === 'of' && cur[2]?.t === 'the') || (opensWrapper(cur) && cur.some((c, i) => c.t === 'the' && g.headLinks.has(cur[i - 1]?.t ?? '') && cur.slice(i + 1).every((x) => isCap(x.t) && !isHead(x.t)))) ||
      // "Institute of Advanced Technology of the Chinese Academy of Sciences": a country's word after "of the" opens the
      // name of the body that holds the first, read with it (bodies.ts attachment), not left on the first.
      (cur.length >= 4 && cur[cur.length - 2].t === 'the' && g.headLinks.has(cur[cur.length - 3].t) && isCountryWord(cur[cur.length - 1].t));
    // Not after an organisation's name: "European Union Agency for Cybersecurity" is one body, named after the union.
    // A head alone before it modifies it ("Treasury Board of Canada Secretariat"): no name of its own.
    const afterName = k > 0 && cur.length >= 2 && isCap(run[k - 1].t) && !g.connectors.has(run[k - 1].t) && cur.some((c) => isHead(c.t) && g.heads.get(c.t) !== 'Organization') && !titleOfThe;
    // "the Office of Export Enforcement and Office of Antiboycott Compliance", "the European Parliament and Council": after
    // a name that has its head (and link), "and" before a head that opens a name of its own joins two bodies.
    // So does "and" right after a public body's head before words that end in a country and hold no head ("the Canadian
    // Security Intelligence Service and Public Safety Canada"); "Customs and Excise Service" is one name.
    // Not a head ending the run after a domain its "of" opened: "Department of the Prime Minister and Cabinet" is one body.
    const inDomain = cur.some((c, i) => isHead(c.t) && g.headLinks.has(cur[i + 1]?.t ?? ''));
    const joinsBody = tok.t === 'and' && hasHead(cur) && ((isHead(run[k + 1]?.t ?? '') && (g.headLinks.has(run[k + 2]?.t ?? '') || (k + 2 === run.length && !inDomain))) ||
      (g.heads.get(run[k - 1]?.t ?? '') === 'Authority' && isCap(run[k + 1]?.t ?? '') && isCountryWord(run[run.length - 1].t) && !run.slice(k + 1).some((x) => isHead(x.t))) ||
      headedPair(cur, run.slice(k + 1)));
    // "the assets in China of Skydio": a country's name alone before "of" is the place of what the phrase names, no
    // name's first word (a body's name puts its country after "of": "Bank of China", "Republic of Korea").
    const placeOf = tok.t === 'of' && cur.length === 1 && k === 1 && isCountryWord(cur[0].t);
    // "banned Routers of Hexlink Ltd.", "Sales of Hexlink Ltd. were restricted": a plural head of products or a noun of trade
    // alone before "of" names the goods or the trade of the company after it (grammar/things.yaml heads, trade-nouns), no
    // name's first word (a name's "of" follows a head of bodies or a word of its own).
    const lower = cur[0]?.t.toLowerCase() ?? '';
    const goodsOf = tok.t === 'of' && cur.length === 1 && k === 1 && /^\p{Lu}\p{Ll}+s$/u.test(cur[0].t) && (g.thingHeads.get(lower) === 'Product' || g.tradeNouns.has(lower)) && isCap(run[k + 1]?.t ?? '');
    if (joinsBody || placeOf || goodsOf) out.push([]);
    else if (opensName && afterName) {
      // "Office of Foreign Assets Control of the United States Department of the Treasury": a state's prefix of several
      // words after "<link> the" (names.yaml jurisdiction-prefixes) opens the next body's name, as "the United States
      // Department of the Treasury" does alone; the link and "the" are neither's.
      const n = prefixAfterThe(cur);
      const prefix = cur.splice(cur.length - n, n);
      if (n > 0) cur.splice(cur.length - 2, 2);
      out.push([...prefix, tok]);
    }
    else if (tok.t === 'the' && k > 1 && ((!cur.slice(0, -1).some((c) => opensOwn(c.t)) && !ofTheName(run, k)) || issuedBy(run, k) || bodysActs(run, k))) {
      cur.pop();
      out.push([]);
    } else cur.push(tok);
  });
  return out.filter((r) => r.length > 0);
}

/** "Friends of the Earth", "Bank of the West Inc.": "of the" after words that open no name of their own, before capitalised
 *  words (up to the run's end or its next connector) that hold no head, title or instrument word but a legal form and
 *  name no country, place or time, is inside one name ("Kestrel of the Netherlands", "Harrow on the Committee" are two). */
function ofTheName(run: Token[], k: number): boolean {
  const g = grammar();
  if (run[k - 1]?.t !== 'of') return false;
  let end = k + 1;
  while (end < run.length && isCap(run[end].t)) end++;
  const tail = run.slice(k + 1, end);
  if (tail.length === 0) return false;
  if (tail.some((x) => (g.heads.has(x.t) && g.heads.get(x.t) !== 'Company') || g.titles.has(x.t) || g.instrumentHeads.has(x.t) || g.leadingInstruments.has(x.t) || stopsName(x.t))) return false;
  const words = tail.filter((x) => g.heads.get(x.t) !== 'Company').map((x) => x.t);
  return words.length > 0 && !isCountryWord(words.join(' ')) && !words.some((w) => isCountryWord(w));
}

/** The number of words of a state's prefix of several words (names.yaml jurisdiction-prefixes: "United States") that end
 *  the words after "<link> the" and a name's first words; 0 if none does. */
function prefixAfterThe(cur: Token[]): number {
  const g = grammar();
  for (const prefix of g.jurisdictionPrefixes) {
    const words = prefix.split(' ');
    const n = words.length;
    if (n < 2 || cur.length < n + 4) continue;
    const at = cur.length - n;
    if (cur[at - 1].t === 'the' && g.headLinks.has(cur[at - 2].t) && words.every((w, i) => cur[at + i].t === w)) return n;
  }
  return 0;
}

/** "the Federal Highway Administration and Federal Transit Administration": a public body's head ends the words before
 *  "and" (two words or more) and another ends the capitalised words after it, no connector among them: two bodies named
 *  in a row, not one ("Customs and Border Protection", "Food and Drug Administration": no head before "and"). */
function headedPair(before: Token[], after: Token[]): boolean {
  const g = grammar();
  const authority = (t: string | undefined): boolean => g.heads.get(t ?? '') === 'Authority';
  // A head in the plural names a domain too ("Kestrian Customs and Product Safety Agency" is one body): only a singular one.
  const last = before[before.length - 1]?.t ?? '';
  if (before.length < 2 || after.length < 2 || !authority(last) || last.endsWith('s') || !authority(after[after.length - 1].t)) return false;
  const plain = (w: Token): boolean => isCap(w.t) && !g.connectors.has(w.t) && !g.headLinks.has(w.t);
  return after.every(plain);
}

/** The words open with a wrapper of a body's name (names.yaml wrappers), a title or a title's rank. */
function opensWrapper(words: Token[]): boolean {
  const g = grammar();
  const t = words[0]?.t ?? '';
  if (g.titles.has(t) || g.titleRanks.has(t)) return true;
  // Asked at every word of every name run: only the wrappers that open with its first word are compared.
  if (!wrappersByFirst) {
    wrappersByFirst = new Map();
    for (const w of g.wrappers) wrappersByFirst.set(w[0], [...(wrappersByFirst.get(w[0]) ?? []), w]);
  }
  return wrappersByFirst.get(t)?.some((w) => w.every((x, i) => words[i]?.t === x)) ?? false;
}
let wrappersByFirst: Map<string, string[][]> | undefined;

/**
 * "Harrow Optics and Bluefin Marine Systems LLC", "Tianlu Avionics and Tianlu Avionics Group Co., Ltd.": two names
 * coordinated before the second one's legal form, not one company's name. The run is split at its last "and" where
 * an acronym in brackets after it spells the second name's words alone ("... Bluefin Marine Systems LLC (BMS)"), or
 * where each side has two capitalised words or more (connectors none on the first side), the first opens with no seat
 * and the second with no adjective or line of business ("Tarnwell Electric Power and Heavy Industries Co., Ltd." is one
 * name; "Pacific Gas and Electric Company", "Marks and Spencer plc": one word on a side, one name). A first side that
 * ends in a legal form ("... Technology Co and ...") may open with its seat: it is a name of its own.
 */
function coordinatedCompanies(text: string, run: Token[]): Token[][] {
  const g = grammar();
  const isForm = (t: string): boolean => g.heads.get(t) === 'Company';
  if (run.length < 4 || !isForm(run[run.length - 1].t)) return [run];
  let form = run.length - 1;
  while (form > 0 && (isForm(run[form - 1].t) || run[form - 1].t === ',')) form--;
  const and = run.slice(0, form).map((r) => r.t).lastIndexOf('and');
  if (and < 1) return [run];
  const left = run.slice(0, and);
  const name = run.slice(and + 1, form);
  if (name.length === 0 || !name.every((r) => isCap(r.t))) return [run];
  const letters = name.map((r) => r.t[0]).join('');
  const acronym = /^\s*\(\s*(\p{Lu}{2,8})\s*\)/u.exec(text.slice(run[run.length - 1].end))?.[1];
  const spelled = acronym !== undefined && name.length >= 2 && letters === acronym;
  // A name that opens with its seat, a city or a country, goes on past "and" ("Harbin Science and Technology Development
  // Co., Ltd.", "Beijing Aerospace Control and Guidance Systems Co., Ltd."), as does one whose second side opens with a
  // line of business ("... and Technology Development Co., Ltd.").
  // Not where the first side ends in a legal form of its own, as a wire writes it without its dot ("Chongqing Yunmai
  // Communication Technology Co and Jiangxi ... Ltd"): that name is whole before "and".
  const last = left[left.length - 1].t;
  const formed = isForm(last) || isForm(`${last}.`);
  const seat = !formed && (tagsOf(left[0].t).includes('City') || isCountryWord(left[0].t));
  const twoNames =
    !seat &&
    left.length >= 2 &&
    left.every((r) => isCap(r.t) && !g.connectors.has(r.t)) &&
    name.length >= 2 &&
    !tagsOf(name[0].t.toLowerCase()).includes('Adjective') &&
    !g.thingHeads.has(name[0].t.toLowerCase());
  return spelled || twoNames ? [left, run.slice(and + 1)] : [run];
}

/** A name's words hold a public body's head with its link ("Office of ...") or end in one ("... Commission"). */
function hasHead(words: Token[]): boolean {
  const g = grammar();
  const body = (t: string): boolean => g.heads.has(t) && g.heads.get(t) !== 'Company';
  return words.some((w, i) => body(w.t) && (g.headLinks.has(words[i + 1]?.t ?? '') || i === words.length - 1));
}

/** "Report and Order of the Commission": an instrument named by its last word, then "of the" and a body's
 *  head or title, is the body's instrument, two names. */
function issuedBy(run: Token[], k: number): boolean {
  const g = grammar();
  const before = run[k - 2].t;
  const after = run[k + 1]?.t ?? '';
  return g.instrumentHeads.has(before) && !g.leadingInstruments.has(before) && (g.heads.has(after) || g.titles.has(after));
}

/**
 * "Measures of the Norland Trade Council", "Rules of the Harbour Board": a plural instrument word opening the run, "of
 * the" at k and a body's name that ends the run, with no subject after it ("on ...", "for ..."), is what the body did or
 * made, a plural noun like any other, and the body's name a name of its own; no instrument's name ("Measures for the
 * Security Assessment of ...", "Regulations of the State Council on ..." name theirs by their subject, "Law of the
 * People's Republic of China" by its state, no body).
 */
function bodysActs(run: Token[], k: number): boolean {
  const g = grammar();
  if (k !== 2 || run[1].t !== 'of' || !g.leadingInstruments.has(run[0].t) || !/[^s]s$/.test(run[0].t)) return false;
  const body = run.slice(3).map((r) => r.t);
  const head = g.heads.get(body[body.length - 1] ?? '');
  return body.length >= 2 && head !== undefined && head !== 'Company' && body.every((t) => isCap(t) && !g.headLinks.has(t));
}

/** The text a run of tokens spans. */
export function spanText(text: string, run: Token[]): string {
  return text.slice(run[0].start, run[run.length - 1].end);
}
