// Companies written without a legal form, where the text says they are companies (grammar/names.yaml
// `company-nouns`):
//   company:cue          "drone makers, Skyward Aeronautics and Tianlu UAV Technology", "the consultancy
//                        East West Futures", "companies such as Quectel", "the acquisition of Qualcomm":
//                        name runs right after a company noun or link, and the runs coordinated with them
//   company:listed       "Ardent Motors, Pellucid Automotive Group and a Japanese manufacturer": runs listed before
//                        "and|or a|an|the ... <noun>"
//   company:apposition   "Quectel, a module maker": a run followed by ", a|an|the ... <noun>"
//   company:predicate    "Ardent is the first drone supplier", "Huawei, which was listed in 2019, remains the best-known
//                        telecom company": a run followed by a copula and "a|an|the|one of the ... <noun>"
//   company:agent        "Quectel produces the cellular modules", "Beiling Semiconductor, which makes navigation
//                        chips": a run right before a verb of making or selling goods (`company-verbs`), or
//                        before the relative clause it opens, an aside in brackets between ("Mirecourt Memory (South
//                        Korea) makes HBM stacks")
//   company:seat         "Kestrel Robotics is headquartered in Shenzhen", "Finch Systems, based in Wuhan, ...": a run of
//                        two words or more, opening with no first name, as the subject of a seat in a capitalised place
//   company:made-by      "made almost exclusively by ASML", "units supplied by Huaxin Auto Electronics": the agents
//                        of a participle of making or selling (`company-participles`), and the runs coordinated with them
//   company:acquirer     "the acquisition of Qualcomm by Broadcom": the run after a company link's name and "by"
//   company:listed-party "added Huaying Aero Technology and Kestrel Drive Systems to the Entity List": the names, coordinated,
//                        between a verb of adding and "to the <...> List"
//   company:coined       "put Ridgeway Avionics on its list", "Halvorsen Dynamics said": a coined name (words the
//                        lexicon does not know, or a surname) before a line of business (a product head, or a field's
//                        name in -ics: Semiconductor, Avionics, Robotics, Telematics), as a party: a verb's object or
//                        subject, or a possessor. Not on a technology head ("Quantum Computing", "Unmanned Systems":
//                        the lexicon lacks some common words, and technologies are written in title case too)
//   company:capitals, company:form-first, company:alias  names with a legal form the names grammar does not read, and
//                        their aliases after "a.k.a." (legal-forms.ts)
// Found with a low score and the lowest priority: a run any other rule explains is not read here. An
// acronym that modifies the noun after it ("DNS service providers, TLD name registries") names no company.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { isFirstName, isLeadingVerb, isPastVerb, isPlaceName, suffixTag, tagsOf } from './lexicon.ts';
import { isCountryWord } from './countries.ts';
import { findLegalForms } from './legal-forms.ts';
import { nameRuns, spanText, type Token } from './names.ts';
import { verbForms } from './verb-forms.ts';
import { readAllVerbs } from './wordnet-verbs.ts';

interface Patterns {
  after: RegExp;
  seated: RegExp;
  listedWith: RegExp;
  apposition: RegExp;
  predicate: RegExp;
  agent: RegExp;
  seat: RegExp;
  acquirer: RegExp;
  partAfter: RegExp;
  madeBy: RegExp;
  suppliedFrom: RegExp;
  forTrade: RegExp;
  listing: RegExp;
  results: RegExp;
  ownedPart: RegExp;
  employer: RegExp;
}

let cached: Patterns | undefined;

/** A company noun's seat after it: " in Kyrgyzstan", " based in the United Arab Emirates" (capitalised words). */
const SEAT = '\\s+(?:based\\s+)?(?:in|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})';

/** "Among the new entries are", "Of the firms added, the largest is": a list's entries or additions before a copula. */
const ENTRIES = '(?:[Aa]mong|[Oo]f)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:entries|additions|listings|designations|designees|parties\\s+(?:added|listed|named|designated))\\s+(?:are|were|is|was)';

/** A quantity opening a company noun's phrase listed after names: "about 30", "more than 20", "several", "dozens of"
 *  (grammar/names.yaml listed-quantities, listed-approximators, apposition-numbers; "both" counts names before it, no
 *  others), a number in figures. */
function listedQuantity(): string {
  const g = grammar();
  const words = (ws: string[]): string => ws.map((w) => w.replace(/ /g, '\\s+')).join('|');
  const number = `(?:\\d[\\d,]*|${words(g.appositionNumbers.filter((n) => n !== 'both'))})`;
  return `(?:(?:${words(g.listedApproximators)})\\s+)?${number}(?:\\s+other)?|(?:${words(g.listedQuantities)})(?:\\s+other)?`;
}

/** A word modifying a company noun: a word, or an initialism written with stops ("a U.S. drone maker"). */
const MODIFIER = '(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|[\\p{L}\\p{N}-]+)';

function patterns(): Patterns {
  if (cached) return cached;
  const nouns = grammar().companyNounGroup;
  // A link opens a sentence capitalised too ("Shares in Calderwood Telematics plc fell").
  const links = grammar().companyLinks.map((l) => `[${l[0]}${l[0].toUpperCase()}]${l.slice(1).replace(/ /g, '\\s+')}`).join('|');
  cached = {
    // The noun's seat may stand between it and the names, set off by a comma ("two of its suppliers in Kyrgyzstan, A and
    // B"): `seated` marks that reading, whose names must be no place (the place's own list goes on: "makers in Europe,
    // Asia and ...").
    // "Among the new entries are A and B": the entries of a list of parties, named after the copula.
    after: new RegExp(`\\b(?:${nouns}(?:,?\\s+(?:such\\s+as|like|including))?,?|${nouns}${SEAT},|(?:${links})|${ENTRIES})\\s+$`, 'u'),
    seated: new RegExp(`\\b${nouns}${SEAT},\\s+$`, 'u'),
    listedWith: new RegExp(`^,?\\s+(?:and|or)\\s+(?:a|an|another|other|${listedQuantity()})\\s+(?:${MODIFIER}\\s+){0,4}?${nouns}(?![\\p{L}'’-])`, 'u'),
    // Not where a modal or a finite verb follows the noun: after an opening phrase's comma it is the subject of the main
    // clause ("... the period of validity of the Certificate of Compliance, the manufacturer shall apply ...").
    apposition: new RegExp(`^,\\s+(?:a|an|the|${grammar().appositionNumbers.join('|')})\\s+(?:${MODIFIER}\\s+){0,4}?${nouns}(?![\\p{L}'’-])(?!\\s+(?:shall|must|may|will|would|should|can|could|is|are|was|were|has|have|had)\\b)`, 'u'),
    // "Ardent is the first drone supplier on the list", "Huawei, which was added in 2019, remains the best-known Chinese
    // telecom company": a company noun's phrase as the complement of a copula, after a relative clause maybe.
    predicate: new RegExp(`^(?:,\\s+(?:which|who)\\s+[^,;:()]{1,80},)?\\s+(?:is|was|remains|remained|became|has\\s+been|had\\s+been)\\s+(?:a|an|the|one\\s+of\\s+the)\\s+(?:${MODIFIER}\\s+){0,4}?${nouns}(?![\\p{L}'’-])`, 'u'),
    // An aside in brackets may stand between the name and its verb: a company profile's country or listing ("Mirecourt
    // Memory (South Korea) makes HBM stacks", "Kestrel Avionics (NASDAQ: KSTR) sells ...").
    // "Skydio, based in California, sells ...": a seat in an aside between the name and its verb.
    agent: new RegExp(`^(?:\\s*\\([^()]{1,30}\\))?(?:,\\s+(?:based|headquartered|located)\\s+in\\s+(?:the\\s+)?[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3},)?(?:,\\s+(?:which|that)\\s+|\\s+)(?:also\\s+|now\\s+)?(?:${grammar().companyVerbs.join('|')})\\s`),
    // "Kestrel Robotics is headquartered in Shenzhen", "Tern Optics, based in Wuhan, ...": the subject of a seat. A person
    // is "based in" a town too, so a run of two words or more that opens with no first name (a public body's head is read by
    // the bodies grammar, which outranks this).
    seat: /^(?:,\s+|\s+(?:is|was|are|were|remains)\s+)(?:(?:also|now|still|currently)\s+)?(?:headquartered|incorporated|domiciled|based)\s+in\s+(?:the\s+)?\p{Lu}/u,
    madeBy: new RegExp(`\\b(?:${grammar().companyParticiples.join('|')})\\s+(?:(?:\\p{Ll}+ly|almost|also|only|still)\\s+){0,2}by\\s+$`, 'u'),
    // The word before the noun too: a compound names the product where its second word alone names none ("flash memory").
    suppliedFrom: new RegExp(`(?:(?<![\\p{L}\\p{N}-])(\\p{Ll}[\\p{L}-]*)\\s+)?(?<![\\p{L}\\p{N}-])(\\p{Ll}[\\p{L}-]*)\\s+(?:(?:${grammar().supplyParticiples.join('|')})\\s+)?from\\s+$`, 'u'),
    // "investigating Harwick Data Systems for reexporting ...", "designated X in May for shipping ...": the trader.
    forTrade: new RegExp(`^\\s+(?:in\\s+(?:\\p{Lu}\\p{Ll}+|\\d{4})\\s+)?for\\s+(?:${grammar().tradeGerunds.join('|')})\\s`, 'u'),
    listing: new RegExp(`\\b(?:${grammar().listingVerbs.join('|')})\\s+$`),
    // "A, B and C together earned 40 percent of their revenue in China", "KLA's revenue", "ASML said ... its 2026 guidance".
    results: resultsPattern(),
    // "Halvard Motors and its TrackLink unit": a part's noun in lower case right after the run that follows "and its".
    ownedPart: new RegExp(`^\\s+(?:${grammar().companyParts.join('|')})(?![\\p{L}\\p{N}-])`, 'u'),
    acquirer: new RegExp(`\\b(?:${links})\\s+\\p{Lu}[\\p{L}\\p{N}.&'’ -]{0,60}?\\s+by\\s+$`, 'u'),
    // "a Realtek Wi-Fi module", "an Ingenic T31 system-on-chip": after the maker's name, up to three words of the part's
    // model, standard or kind, then a noun of parts (names.yaml part-makers).
    // "analysts at Corvane Capital", "engineers at the Tallow Group": people who work for a business and "at" (names.yaml
    // company-staff).
    employer: new RegExp(`\\b(?:${grammar().companyStaff.join('|')})\\s+at\\s+(?:the\\s+)?$`, 'iu'),
    partAfter: new RegExp(`^(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*){0,3}?\\s+(?:${grammar().partMakers.nouns.join('|')})(?![\\p{L}\\p{N}-])`, 'u'),
  };
  return cached;
}

/** A run holding a head of a public body or an organisation ("the Department said its guidance ..."): no business. */
function publicHead(run: Token[]): boolean {
  const g = grammar();
  return run.some((t) => g.titles.has(t.t) || ['Authority', 'conditional', 'subunit', 'Organization'].includes(g.heads.get(t.t) ?? ''));
}

/** The text after a run that says the run names a business: it reports results, owns them, or speaks of its own. */
function resultsPattern(): RegExp {
  const { verbs, nouns } = grammar().companyResults;
  const noun = `(?:${nouns.map((n) => n.replace(/ /g, '\\s+')).join('|')})`;
  return new RegExp(
    `^(?:\\s+(?:together|also|jointly|alone|each|reportedly))?\\s+(?:${verbs.join('|')})\\s+[^.;]{0,60}?\\b${noun}\\b` +
      `|^['’]s\\s+(?:[\\w-]+\\s+){0,2}?${noun}\\b` +
      `|^\\s+said\\s+[^.;]{0,100}?\\bits\\s+(?:[\\w-]+\\s+){0,2}?${noun}\\b`,
    'u',
  );
}

/** The words around a run say it is a company's name: a company noun or link right before it, a company noun in
 *  apposition after it, a verb of making or selling goods after it ("Kestrel Group, a drone maker"), or a company noun's
 *  phrase it is listed with ("Pellucid Automotive Group and a Japanese manufacturer"). */
export function companyContext(text: string, run: Token[]): boolean {
  const p = patterns();
  const end = run[run.length - 1].end;
  const before = text.slice(Math.max(0, run[0].start - 60), run[0].start);
  return p.after.test(before) || p.apposition.test(text.slice(end)) || p.agent.test(text.slice(end)) || p.listedWith.test(text.slice(end)) || listedAmongCompanies(before, text.slice(end));
}

let actObject: RegExp | undefined;
/** "opened an investigation into Nvidia", "fined Xiaomi": right after a public act done to companies (names.yaml
 *  company-act-objects). */
function actedOn(before: string): boolean {
  actObject ??= new RegExp(`(?<![\\p{L}-])(?:${grammar().companyActObjects.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
  return actObject.test(before);
}

/** The words around the one word at start..end give it a company's role (a name compromise's lexicon guesses is an
 *  organisation's: guessed-companies.ts): a company cue (companyContext: "shares of X", "chipmaker X", "X, a module
 *  maker", "X makes ..."), its results ("X's revenue", "X reported record sales"), a listing on a list of parties ("added
 *  X to the Entity List", "X was added to the Entity List"), or a public act done to companies ("an investigation into X",
 *  "fined X"). */
export function companyRole(text: string, start: number, end: number): boolean {
  const p = patterns();
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end);
  const run: Token[] = [{ t: text.slice(start, end), start, end }];
  return companyContext(text, run) || p.results.test(after) || (p.listing.test(before) && TO_LIST.test(after)) || LISTED_PASSIVE.test(after) || p.madeBy.test(before) || actedOn(before);
}

/** "added Tarrow Group, the largest of them, to its list of Chinese military companies": a name a body puts on a list of
 *  companies (a listing verb before it, a list whose noun phrase names companies after it, an aside between). */
const COMPANY_LIST = /^[^.;]{0,60}?\b(?:to|on)\s+(?:the|its|their|a)\s+[^.;]{0,40}?\blists?\s+of\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|entities|enterprises|manufacturers|suppliers|vendors)\b/i;
function listedAmongCompanies(before: string, after: string): boolean {
  return patterns().listing.test(before) && COMPANY_LIST.test(after);
}

/** The number a count word of grammar/names.yaml apposition-numbers says ("both": two), none for an inexact one ("several"). */
const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
let countedCue: RegExp | undefined;

/**
 * "two Chinese wind turbine makers, Mingxu Wind Power and Dongtai Turbine Group", "both suppliers, A and B Group", "three
 * firms such as A, B and C Group": after a count and a company noun, the names listed are that many names. A run that holds
 * "and" or "or" (or a comma the names grammar joined before a corporate head), split there, with the names listed before
 * it after the cue, makes exactly the count: the run's parts are that many companies' names, not one name that holds the
 * coordinator. None where the count and the parts differ ("two makers, Marks and Spencer Group and B": three parts); a
 * comma before a legal form ends no part ("Kestrel Lift Robotics, Inc.").
 */
export function countedParts(text: string, run: Token[]): Token[][] | undefined {
  if (!run.some((t) => t.t === 'and' || t.t === 'or')) return undefined;
  const numbers = grammar().appositionNumbers.filter((n) => COUNTS[n.toLowerCase()] !== undefined);
  countedCue ??= new RegExp(`(?<![\\p{L}\\p{N}-])(${numbers.join('|')}|\\d{1,2})\\s+(?:${MODIFIER}\\s+){0,4}?(?:${grammar().companyNounGroup})(?:,?\\s+(?:such\\s+as|like|including))?,?\\s+((?:[^,;:()]{1,80}?,\\s+)*)$`, 'iu');
  const m = countedCue.exec(text.slice(Math.max(0, run[0].start - 400), run[0].start));
  if (!m) return undefined;
  const count = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
  const before = m[2] ? m[2].split(/,\s+/).filter((x) => x.trim()).length : 0;
  const parts: Token[][] = [[]];
  run.forEach((t, k) => {
    const comma = t.t === ',' && grammar().heads.get(run[k + 1]?.t ?? '') !== 'Company';
    if (t.t === 'and' || t.t === 'or' || comma) parts.push([]);
    else parts[parts.length - 1].push(t);
  });
  const names = parts.filter((p) => p.length > 0 && /^\p{Lu}/u.test(p[0].t) && /^\p{Lu}|\d|\.$/u.test(p[p.length - 1].t));
  return names.length >= 2 && names.length === parts.length && before + names.length === count ? names : undefined;
}

/** " to the Entity List", " on its Covered List": a list named by its head after "to" or "on", perhaps after the listed
 *  name's goods ("'s base station equipment to the Covered List") or after a number of its affiliates or subsidiaries
 *  the text leaves unnamed ("and two of its affiliates to the Entity List", ", along with three of its subsidiaries,"). */
/** The pattern, built once: the lists of parties named in lower case come from grammar/names.yaml party-lists. */
let toList: RegExp | undefined;
const TO_LIST = {
  test: (s: string): boolean => {
    toList ??= new RegExp(`^(?:['’]s(?:\\s+[\\p{Ll}\\d][\\p{L}\\d-]*){1,4}|,?\\s+(?:and|along\\s+with|together\\s+with|as\\s+well\\s+as)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both|\\d+)\\s+of\\s+(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+)?(?:affiliates|subsidiaries|affiliated\\s+companies|related\\s+entities),?)?\\s+(?:to|on|onto)\\s+(?:the|its|their|a)\\s+(?:(?:[\\p{Lu}][\\p{L}-]*\\s+){1,4}List|${partyLists()})\\b`, 'u');
    return toList.test(s);
  },
};
/** grammar/names.yaml party-lists, any spacing: "debarment list", "sanctions list". */
const partyLists = (): string => grammar().partyLists.map((l) => l.split(' ').join('\\s+')).join('|');

/** ", were added to the Entity List", " have been placed on its Unverified List": a passive of listing on a list named by
 *  its head, right after the names (grammar/names.yaml company-nouns are no help there). */
const LISTED_PASSIVE = /^,?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|later\s+|subsequently\s+|since\s+)?(?:added|placed|put|named|listed)\s+(?:to|on)\s+(?:the|its|their|a)\s+(?:[\p{Lu}][\p{L}-]*\s+){1,4}List\b/u;

/** "designated X in August for buying ...", "in May": a run of dates (a month, a weekday, "May", which the lexicon calls a
 *  modal) is when, no trader. */
const DATE_TAGS = new Set(['Month', 'WeekDay', 'Date']);
const dated = (run: Token[]): boolean => run.every((t) => t.t === 'May' || /^\d+$/.test(t.t) || tagsOf(t.t).some((x) => DATE_TAGS.has(x)));

/** The last of the runs coordinated from runs[k] on, where " to|on the <...> List" follows it, else -1. */
function listedThrough(text: string, runs: Token[][], k: number): number {
  let j = k;
  while (j + 1 < runs.length && COORDINATION.test(text.slice(runs[j][runs[j].length - 1].end, runs[j + 1][0].start))) j++;
  return TO_LIST.test(text.slice(runs[j][runs[j].length - 1].end)) ? j : -1;
}

/**
 * "Nordwing of Norway", "Quadra Robotics of Shenzhen": a company's name before "of" and a place that ends the run is the
 * name and its seat; the company is named without the seat where its name's last word is a coined word or a line of
 * business. A name whose word before "of" is a common noun or a head keeps its place ("Bank of China", "University of
 * Toronto"), as does one with words after the place ("Nokia of America Corporation"). Asked of runs the words around
 * them already show to be a company's, so a polity ("Province of Ontario") is not asked.
 */
function unseated(text: string, run: Token[]): Token[] {
  const of = run.findIndex((t) => t.t === 'of');
  if (of < 1 || of > 4 || run.length - of - 1 < 1 || run.length - of - 1 > 3) return run;
  const g = grammar();
  const name = run.slice(0, of);
  const seat = run.slice(of + 1);
  if (name.some((t) => g.heads.has(t.t) || g.connectors.has(t.t)) || seat.some((t) => !/^\p{Lu}/u.test(t.t) || g.heads.has(t.t))) return run;
  const last = name[name.length - 1].t;
  return placeRun(text, seat) && (lineOfBusiness(last) || coinedWord(last)) ? name : run;
}

/** A run and the runs after it joined by ", " / "and" / "or". */
export const COORDINATION = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** The index of the run coordinated right after runs[i], else -1: "Harlow Cell Technology Co., Limited (HCT), Norvane
 *  Company": a run in brackets right after it (a short name, an acronym) is no conjunct and ends no list. */
export function nextConjunct(text: string, runs: Token[][], i: number): number {
  let from = runs[i][runs[i].length - 1].end;
  let j = i + 1;
  const aside = runs[j];
  if (aside !== undefined && /^\s*\($/.test(text.slice(from, aside[0].start)) && text[aside[aside.length - 1].end] === ')') {
    from = aside[aside.length - 1].end + 1;
    j++;
  } else if (/^\s*\([^()\n]{1,40}\)/.test(text.slice(from))) from += /^\s*\([^()\n]{1,40}\)/.exec(text.slice(from))![0].length;
  return runs[j] !== undefined && runs[j][0].start >= from && COORDINATION.test(text.slice(from, runs[j][0].start)) ? j : -1;
}

export function findCompanies(text: string, runs: Token[][]): Found[] {
  const p = patterns();
  const out: Found[] = [];
  const add = (run: Token[], rule: string): void => {
    for (const whole of countedParts(text, run) ?? coordinated(run)) {
      const part = unseated(text, whole);
      if (modifiesNext(text, part) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, part[0].start - 4), part[0].start))) continue;
      const name = spanText(text, part);
      out.push({ start: part[0].start, end: part[part.length - 1].end, surface: name, label: 'Company', name, rule, score: 0.6 });
    }
  };
  runs.forEach((run, k) => {
    const before = text.slice(Math.max(0, run[0].start - 60), run[0].start);
    // "the Dutch subsidiary of China's Wingtech", "the acquisition of Korea's Dalmeon": a country's possessive between the
    // cue and the name says where the company is from; the cue reads past it to the name (the country is read as a country).
    const possessor = countryPossessor(text, runs, k);
    const cued = possessor === undefined ? before : text.slice(Math.max(0, possessor - 60), possessor);
    // After a seat, a run with a place among its conjuncts goes on with the seat's list of places.
    // The seat must be a place or country the lexicon knows ("in Kyrgyzstan", not "in Title II").
    const seat = p.seated.exec(before)?.[1];
    const seatList = (r: Token[]): boolean => seat !== undefined && coordinated(r).some((part) => placeRun(text, part));
    const unseated = seat !== undefined && !isPlaceName(seat) && !isCountryWord(seat);
    // "bar Halvard Motors and its TrackLink unit from ...": the owner and its part, both companies (not a public body's).
    const next = runs[k + 1];
    if (next && /^\s+and\s+its\s+$/.test(text.slice(run[run.length - 1].end, next[0].start)) && p.ownedPart.test(text.slice(next[next.length - 1].end)) && !publicHead(run) && !publicHead(next)) {
      add(run, 'company:cue');
      // The part's name modifies its noun ("TrackLink unit"), which `add` reads as no company's name: pushed as is.
      const part = spanText(text, next);
      out.push({ start: next[0].start, end: next[next.length - 1].end, surface: part, label: 'Company', name: part, rule: 'company:cue', score: 0.6 });
      return;
    }
    if ((p.after.test(before) || (cued !== before && !publicHead(run) && p.after.test(cued))) && !unseated && !seatList(run)) {
      add(run, 'company:cue');
      for (let j = nextConjunct(text, runs, k); j >= 0 && !seatList(runs[j]); j = nextConjunct(text, runs, j)) add(runs[j], 'company:cue');
    } else if (p.listedWith.test(text.slice(run[run.length - 1].end))) {
      // "Ardent Motors, Pellucid Automotive Group and a Japanese manufacturer": names listed with a company noun's phrase.
      add(run, 'company:listed');
      for (let j = k - 1; j >= 0 && /^,\s+$/.test(text.slice(runs[j][runs[j].length - 1].end, runs[j + 1][0].start)); j--) add(runs[j], 'company:listed');
    } else if (p.apposition.test(text.slice(run[run.length - 1].end))) add(run, 'company:apposition');
    else if (p.predicate.test(text.slice(run[run.length - 1].end))) add(run, 'company:predicate');
    else if (p.seat.test(text.slice(run[run.length - 1].end)) && run.length >= 2 && !isFirstName(run[0].t)) add(run, 'company:seat');
    // After the seat's reading, which takes a name of two words or more: one word, a seat in an aside, then a company verb
    // ("Skydio, based in California, sells") is the verb's agent.
    else if (p.agent.test(text.slice(run[run.length - 1].end)) || (p.forTrade.test(text.slice(run[run.length - 1].end)) && !dated(run))) add(run, 'company:agent');
    // "Lam Research, Applied Materials and KLA together earned ... revenue": the names coordinated before it too.
    else if (p.results.test(text.slice(run[run.length - 1].end)) && !publicHead(run)) {
      add(run, 'company:results');
      for (let j = k - 1; j >= 0 && COORDINATION.test(text.slice(runs[j][runs[j].length - 1].end, runs[j + 1][0].start)); j--) add(runs[j], 'company:results');
    }
    // "Qianlu Microelectronics and Qianlu Cloud Services were added to the Entity List": the names, coordinated, right before
    // a passive of listing on a list of parties, are the parties listed (as company:listed-party reads the active).
    else if (LISTED_PASSIVE.test(text.slice(run[run.length - 1].end))) {
      add(run, 'company:listed-party');
      for (let j = k - 1; j >= 0 && COORDINATION.test(text.slice(runs[j][runs[j].length - 1].end, runs[j + 1][0].start)); j--) add(runs[j], 'company:listed-party');
    }
    // "produced by Hikvision, Dahua Technology and Hytera": the agents, coordinated. A short name of a company the
    // document names in full ("made by Shenwei") is that company (short-names.ts), not a second one.
    else if (p.madeBy.test(before)) {
      add(run, 'company:made-by');
      for (let j = nextConjunct(text, runs, k); j >= 0; j = nextConjunct(text, runs, j)) add(runs[j], 'company:made-by');
    }
    // "laser chips from Hefei Guangrui Optoelectronics", "cellular modems bought from X": a product's supplier; and the
    // suppliers coordinated after it ("equipment from Huawei, ZTE, Hytera, Hikvision and Dahua"), as made-by reads its
    // agents, but a place's or a country's name.
    else if (suppliedFrom(before, run, text)) {
      add(run, 'company:supplier');
      for (let j = nextConjunct(text, runs, k); j >= 0 && !placeRun(text, runs[j]); j = nextConjunct(text, runs, j)) add(runs[j], 'company:supplier');
    }
    else if (p.acquirer.test(text.slice(Math.max(0, run[0].start - 120), run[0].start))) add(run, 'company:acquirer');
    else if (p.listing.test(before) && (k === 0 || !COORDINATION.test(text.slice(runs[k - 1][runs[k - 1].length - 1].end, run[0].start))) && listedThrough(text, runs, k) >= 0) {
      // "the bureau added Huaying Aero Technology and Kestrel Drive Systems to the Entity List", "put X on the Entity List",
      // "added X's base station equipment to the Covered List": the names a body puts on a list of parties (or whose goods
      // it puts there), coordinated, are the parties listed (grammar/names.yaml listing-verbs; bodies, countries and people
      // are read by rules that outrank this one). Not on a list named by no head ("put X on its list": company:coined).
      for (let x = k; x <= listedThrough(text, runs, k); x++) add(runs[x], 'company:listed-party');
    }
    // "as well as Qarnel Precision Industries (Iran)": a coined name on a plural business head with its seat in brackets.
    else if (coinedName(run) && (asParty(text, run) || (businessName(run) && seatAside(text, run)))) add(run, 'company:coined');
    // "Analysts at Sorrel Vale Research said", "engineers at Pellith Networks": the employer of people who work for a business,
    // a name of two words or more with no head of a public body or an organisation, no place and no country's word.
    else if (p.employer.test(before) && run.length >= 2 && !publicHead(run) && !placeRun(text, run) && !run.some((t) => isCountryWord(t.t))) add(run, 'company:employer');
    // "a GigaDevice flash chip", "an Ingenic T31 system-on-chip": one word no lexicon knows after an indefinite article and
    // before a part's noun is its maker's name (a model's code, a standard or the part may close the run: "Ingenic T31",
    // "Realtek Wi-Fi", "Ingenic SoC"). Not a standard's or a
    // platform's ("a Bluetooth chip"), an acronym ("a GNSS receiver") or a hyphenated word ("a Wi-Fi module").
    // The name modifies the part's noun and follows an article, which `add` reads as no name of a company: pushed as is.
    else if (partMaker(text, run, before)) out.push({ start: run[0].start, end: run[0].end, surface: run[0].t, label: 'Company', name: run[0].t, rule: 'company:part-maker', score: 0.6 });
    // "designated Harrow Optics and Bluefin Marine Systems LLC", "whether Suzhou Lanmu Optoelectronics Co., Ltd. and Hefei
    // Guangyu Sensing Technology benefited": a name coordinated right before or after a company's name with its legal form
    // is a company's too (a person's, a body's or a country's are read by rules that outrank this one).
    else if (run.length >= 2 && run.every((r) => /^\p{Lu}\p{Ll}/u.test(r.t)) && !isFirstName(run[0].t) && !withForm(run) && (joinedByAnd(text, run, runs[k + 1]) || joinedByAnd(text, runs[k - 1], run) || listedWithForms(text, runs, k))) add(run, 'company:coordinated');
    // "Corridor Devices GmbH and Pawline are the leading vendors": one coined word (none the lexicon knows, no place, no
    // first name) coordinated right after a company's name with its legal form, which ends that name, is a company's name
    // too. Not one before it ("designated Kestrel and Bluefin Marine Systems LLC": the word may be a vessel's or a
    // person's, and "X and Y Ltd." may be one company's name, "Marks and Spencer plc").
    else if (run.length === 1 && coinedWord(run[0].t) && !isFirstName(run[0].t) && !placeRun(text, run) && runs[k - 1] !== undefined && withForm(runs[k - 1]) && joinedByAnd(text, runs[k - 1], run)) add(run, 'company:coordinated');
  });
  out.push(...findLegalForms(text));
  return out;
}

/** The run's first word names the maker of the part after it (names.yaml part-makers), after "a" or "an": a word with a
 *  capital and a lower-case letter, no hyphen, the lexicon knows as nothing, no head, place or standard; the rest of the
 *  run a model's code, a standard or the part ("T31", "Wi-Fi", "SoC"), no capitalised word of a longer name ("Systems"). */
function partMaker(text: string, run: Token[], before: string): boolean {
  const g = grammar();
  const name = run[0].t;
  if (!/(?:^|[^\p{L}\p{N}])an?\s+$/u.test(before) || !/^\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*$/u.test(name) || run.slice(1).some((t) => /^\p{Lu}\p{Ll}+$/u.test(t.t))) return false;
  if (tagsOf(name).length > 0 || g.partMakers.notMakers.has(name) || g.thingHeads.has(name.toLowerCase()) || g.heads.has(name) || isCountryWord(name) || isPlaceName(name)) return false;
  return patterns().partAfter.test(text.slice(run[0].end));
}

let possessedCues: { later: RegExp; own: RegExp } | undefined;
/**
 * "Japan's Hamatsu said it would stop selling drone parts.", "Norway's Kovaru has cut prices. The company ...": a coined
 * name (words the lexicon does not know, or a surname; no first name) right after a country's possessive, the subject of
 * the clause, is a company's where the clause says so: "it" (not a person's "he" or "she") and a verb of making or
 * selling goods after it in the sentence (names.yaml company-verbs, in any form: the grammar holds their third persons,
 * less the "s" the lemma), or a company noun after "The" opening the sentence `after` it ("The company", "The firm").
 * Never every capitalised word after a possessive ("Japan's Kishida said ...").
 * Read per sentence with the sentence after it (index.ts withReferences).
 */
export function findPossessedCompanies(text: string, after: string): Found[] {
  if (!/['’]s\s+\p{Lu}/u.test(text)) return [];
  possessedCues ??= {
    later: new RegExp(`^\\s*The\\s+(?:${grammar().companyNounGroup})\\b`, 'u'),
    own: new RegExp(`\\bit\\s+(?:[\\p{Ll}'’]+\\s+){0,3}?(?:${verbForms(grammar().companyVerbs.map((v) => v.replace(/s$/, '')), ['base', 'present', 'past', 'gerund']).join('|')})\\b`, 'u'),
  };
  const cues = possessedCues;
  const runs = nameRuns(text);
  const out: Found[] = [];
  runs.forEach((run, k) => {
    if (countryPossessor(text, runs, k) === undefined || run.length > 3 || isFirstName(run[0].t) || publicHead(run) || !run.every((t) => coinedWord(t.t))) return;
    const rest = text.slice(run[run.length - 1].end);
    // The clause's subject: a verb right after the name ("said", "has cut").
    const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
    if (next === undefined || !(tagsOf(next).some((t) => VERB_TAGS.has(t)) || isPastVerb(next) || pastOfVerb(next))) return;
    if (!cues.later.test(after) && !cues.own.test(rest.split(/[.;]\s/u)[0])) return;
    const name = spanText(text, run);
    out.push({ start: run[0].start, end: run[run.length - 1].end, surface: name, label: 'Company', name, rule: 'company:possessed', score: 0.6 });
  });
  return out;
}

/** Where the run before runs[k] starts, when it is a country's name in the possessive right before runs[k] ("China's
 *  Wingtech"): a run of one word, the run after it, which its possessive determines, not the country's own body or list. */
function countryPossessor(text: string, runs: Token[][], k: number): number | undefined {
  const prev = runs[k - 1];
  if (!prev || !/^['’]s\s+$/u.test(text.slice(prev[prev.length - 1].end, runs[k][0].start))) return undefined;
  return isCountryWord(spanText(text, prev)) ? prev[0].start : undefined;
}

/** The run names a place or a country, or is made of their names ("Asia", "North America", "Central Asia"). */
function placeRun(text: string, run: Token[]): boolean {
  const name = spanText(text, run);
  return isPlaceName(name) || isCountryWord(name) || run.every((t) => isPlaceName(t.t) || isCountryWord(t.t));
}

/** What suppliedFrom's pattern ends in. */
const FROM_BEFORE = /from\s+$/u;

/** The run follows a product's noun (a head of things: grammar/things.yaml, WordNet's devices), a participle of buying
 *  maybe (grammar/names.yaml supply-participles), and "from", and names no place: not "chips from Shenzhen", "drones
 *  imported from China". */
function suppliedFrom(before: string, run: Token[], text: string): boolean {
  // Every match ends in "from" and a space (FROM_BEFORE): the pattern, which tries each of the 60 characters as its start,
  // is run only where that holds.
  if (!FROM_BEFORE.test(before)) return false;
  const m = patterns().suppliedFrom.exec(before);
  const noun = m?.[2];
  const heads = grammar().thingHeads;
  // "flash memory from X": the noun closes a compound of things (WordNet's, things.yaml's) whose second word alone is none.
  if (!noun || !(heads.get(noun) || (m?.[1] !== undefined && heads.compound(m[1], noun)))) return false;
  // "stop ordering terminals from April 2027": a run of dates after "from" says when, not who supplies.
  return !placeRun(text, run) && !dated(run);
}

/** "TLD name registries", "DNS service providers": an acronym before a lower-case singular noun is its
 *  modifier; a verb agreeing with it leaves it a name ("ZTE supplies", "ZTE said"). */
const SINGULAR = new Set(['Singular', 'Uncountable']);
function modifiesNext(text: string, part: Token[]): boolean {
  const name = spanText(text, part);
  const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(text.slice(part[part.length - 1].end))?.[1];
  return /^[\p{Lu}\d][\p{Lu}\d-]*$/u.test(name) && next !== undefined && tagsOf(next).some((t) => SINGULAR.has(t));
}

/** "a|an" right before a run: legal drafting writes a class in capitals ("where a Member State makes one of the following
 *  findings", "an Approval Authority"), one of many, where a company's name stands alone ("Quectel makes modules"). */
const INDEFINITE_BEFORE = /(?<![\p{L}\p{N}])an?\s+$/iu;

/** A field's name ("Avionics", "Robotics", "Telematics"): a mass noun in -ics, a line of business in a name. */
const FIELD = /^\p{Lu}\p{Ll}{2,}ics$/u;
/** Tags of the lexicon a coined word may carry: none, or a surname's (companies are named after founders). */
const SURNAME = new Set(['LastName']);
const NOT_NOUN = new Set(['Adjective', 'Adverb', 'PastTense', 'Participle']);

/** "Ridgeway Avionics", "Beiling Semiconductor", "Trelix Mobility": one or two capitalised words the lexicon does not know
 *  (no place, no country, no head, no field, none its ending makes an adjective, adverb or participle: "Autonomous",
 *  "Unmanned"), then a line of business: a product's head, a field, or one of grammar/names.yaml company-lines. A
 *  subsidiary's name may close with its country ("Greenway Mobility Vietnam"); a name may open with its seat
 *  (seatedName). */
function coinedName(run: Token[]): boolean {
  const g = grammar();
  const words = (run.length >= 3 && isCountryWord(run[run.length - 1].t) ? run.slice(0, -1) : run).map((r) => r.t);
  const last = words[words.length - 1];
  // A part of an organisation ("Investment Security Unit") is no line of business (grammar/names.yaml heads: subunit).
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || g.heads.get(last) === 'subunit') return false;
  if (seatedName(words)) return true;
  if (businessName(run)) return true;
  return words.length >= 2 && words.length <= 3 && lineOfBusiness(last) && words.slice(0, -1).every(coinedWord);
}

/** "Parsian Precision Industries", "Varda Technologies", "Norland Marine Enterprises": two or three capitalised words, the
 *  first coined (no first name), any middle word no head, place or country, on a plural head of a business that a field's
 *  topics share (grammar/names.yaml business-heads: "Defense Industries", "Critical Technologies" open with known words). */
function businessName(run: Token[]): boolean {
  const g = grammar();
  const words = run.map((r) => r.t);
  if (words.length < 2 || words.length > 3 || !g.businessHeads.has(words[words.length - 1])) return false;
  if (!coinedWord(words[0]) || isFirstName(words[0])) return false;
  return words.slice(1, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !g.heads.has(w) && !isPlaceName(w) && !isCountryWord(w));
}

/** " (Iran)", " (Hong Kong, China)": the run's seat in brackets right after it, places or countries only. */
function seatAside(text: string, run: Token[]): boolean {
  const aside = ASIDE.exec(text.slice(run[run.length - 1].end));
  return aside?.[0].replace(/^\s*\(|\)$/gu, '').split(/,\s*/u).every((p) => isPlaceName(p) || isCountryWord(p)) === true;
}

/** A word that names a line of business: a head of products, a field in -ics ("Avionics", "Electronics"), or one of
 *  grammar/names.yaml company-lines. */
export function lineOfBusiness(word: string): boolean {
  const g = grammar();
  return g.thingHeads.get(word.toLowerCase()) === 'Product' || FIELD.test(word) || g.companyLines.has(word);
}

export function coinedWord(t: string): boolean {
  const g = grammar();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(t) && !/ed$/.test(t) && tagsOf(t).every((x) => SURNAME.has(x)) && !NOT_NOUN.has(suffixTag(t) ?? '') && !FIELD.test(t) && !g.thingHeads.has(t.toLowerCase()) && !isCountryWord(t) && !isPlaceName(t) && !g.heads.has(t);
}

/** "Hefei Guangyu Sensing Technology": a city the lexicon knows, a coined trade name, then one to three words of its trade,
 *  the last a line of business or any head of things ("Technology"). Chinese companies are named so (seat, trade name,
 *  trade, legal form), and texts in English often drop the form. */
function seatedName(words: string[]): boolean {
  if (words.length < 3 || words.length > 5 || !tagsOf(words[0]).includes('City') || !coinedWord(words[1])) return false;
  const g = grammar();
  const trade = words.slice(2);
  const last = trade[trade.length - 1];
  return trade.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !g.heads.has(w) && !isCountryWord(w) && !isPlaceName(w)) && (lineOfBusiness(last) || g.thingHeads.has(last.toLowerCase()));
}

const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb', 'Modal']);
/** The run stands as a party to an act: right after a verb (its object: "put X on", "investigating X"), right before
 *  one (its subject: "X said", "X has"), or owning something ("X's drones"); never before a noun it modifies. */
function asParty(text: string, run: Token[]): boolean {
  const after = text.slice(run[run.length - 1].end);
  if (/^['’]s\s/u.test(after)) return true;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  if (next !== undefined && /^\p{Ll}/u.test(next) && !tagsOf(next).some((t) => CLOSES_NAME.has(t))) return false;
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, run[0].start - 30), run[0].start))?.[1];
  const verb = (w: string): boolean => !tagsOf(w).includes('Copula') && (tagsOf(w).some((t) => VERB_TAGS.has(t)) || isPastVerb(w) || isLeadingVerb(w) || pastOfVerb(w) || suffixTag(w) === 'Gerund');
  // "optical transceivers from Hengyu Photonics", "on behalf of Qianlu Networks": a preposition's object, a party too.
  const preposition = before !== undefined && tagsOf(before).includes('Preposition');
  // "Jingyu Photonics, the larger of them, will be added": the subject before an apposition set off by commas.
  const apposed = APPOSED_VERB.exec(after)?.[1];
  // "Quillon Radio, which integrates sensors into trucks, ...": the subject of a relative clause's verb, a party as the
  // subject of a verb right after it is.
  const related = RELATIVE_VERB.exec(after)?.[1];
  return preposition || (before !== undefined && verb(before)) || (next !== undefined && /^\p{Ll}/u.test(next) && verb(next)) || (apposed !== undefined && verb(apposed)) || (related !== undefined && verb(related));
}

/** "investigated", "sanctioned": a past form of a verb WordNet knows, which compromise's lexicon may lack (names.ts
 *  isInflectedVerb reads capitalised ones so). */
function pastOfVerb(w: string): boolean {
  if (!w.endsWith('ed')) return false;
  allVerbs ??= readAllVerbs();
  const verbs = allVerbs;
  return [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)].some((stem) => stem.length > 1 && verbs.has(stem));
}
let allVerbs: Set<string> | undefined;
/** ", the larger of them, will": a noun phrase opened by a determiner or a number between commas, then the verb's word. */
const APPOSED_VERB = /^,\s+(?:the|a|an|its|their|one|two|three|both)\s+[^,;:.()]{1,60}?,\s+(\p{Ll}+)\s/u;
/** ", which integrates", ", which also sells": a relative clause right after a name, and its verb's word. */
const RELATIVE_VERB = /^,\s+(?:which|that|who)\s+(?:(?:also|now|still|once|later|mainly|mostly)\s+)?(\p{Ll}+)\s/u;
/** Words after a name that it does not modify: function words and verbs. */
const CLOSES_NAME = new Set(['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Copula', 'Modal', 'Verb', 'PastTense', 'PresentTense', 'Auxiliary']);

/** "Skyward Aeronautics and Tianlu UAV Technology" -> two names: after a company noun, "and" joins names. */
export function coordinated(run: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of run) {
    if (t.t === 'and' || t.t === 'or') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0 && /^\p{Lu}/u.test(p[0].t) && /^\p{Lu}|\d/u.test(p[p.length - 1].t));
}

/** " (Russia)", " (Hong Kong, China)": a bracketed aside right after a name (a seat, a short name). */
const ASIDE = /^\s*\([^()\n]{1,40}\)/u;
/** The list separators between two names each with its aside: ", ", " and ", ", and ", ", as well as ", " or ". */
const LIST_GAP = /^(?:,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or|as\s+well\s+as)\s+)$/u;

/**
 * "The entities are Halvern Trading FZE (Oman), Tarvo Instruments (Russia) and Bright Reef Ltd (Hong Kong)": in a list whose
 * names each carry a bracketed aside (a seat, mostly), a name with no legal form between or beside names with one is a
 * company's too. The asides mark the list's items, so a comma separates names here as "and" does (joinedByAnd takes "and"
 * only, where a comma may set off an apposition or a place). The run's own aside must be its seat (places, countries), a
 * neighbour's, with its legal form, any aside; bracketed runs (the asides' own words) are skipped.
 */
function listedWithForms(text: string, runs: Token[][], k: number): boolean {
  const run = runs[k];
  const aside = ASIDE.exec(text.slice(run[run.length - 1].end));
  // The run's own aside is its seat: places or countries, a comma between ("Hong Kong, China"); an acronym is no seat
  // ("Finance Canada (FIN)").
  if (!aside?.[0].replace(/^\s*\(|\)$/gu, '').split(/,\s*/u).every((p) => isPlaceName(p) || isCountryWord(p))) return false;
  const inAside = (r: Token[] | undefined): boolean => r !== undefined && /\(\s*$/u.test(text.slice(Math.max(0, r[0].start - 3), r[0].start));
  // The item after: the first run past the aside.
  const from = run[run.length - 1].end + aside[0].length;
  const next = runs.slice(k + 1).find((r) => r[0].start >= from);
  const nextOk = next !== undefined && withForm(next) && LIST_GAP.test(text.slice(from, next[0].start)) && ASIDE.test(text.slice(next[next.length - 1].end));
  // The item before: the last run before this one that is no aside's, whose own aside ends the gap to this run.
  let j = k - 1;
  while (j >= 0 && inAside(runs[j])) j--;
  const prev = runs[j];
  const prevAside = prev ? ASIDE.exec(text.slice(prev[prev.length - 1].end)) : null;
  const prevOk = prev !== undefined && prevAside !== null && withForm(prev) && LIST_GAP.test(text.slice(prev[prev.length - 1].end + prevAside[0].length, run[0].start));
  return nextOk || prevOk;
}

/** `a` and `b` are joined by "and", and one of them has a legal form (the caller's run has none). */
function joinedByAnd(text: string, a: Token[] | undefined, b: Token[] | undefined): boolean {
  return a !== undefined && b !== undefined && /^\s+and\s+$/.test(text.slice(a[a.length - 1].end, b[0].start)) && (withForm(a) || withForm(b));
}

/** The run ends in a legal form (a Company head of grammar/names.yaml). */
function withForm(run: Token[]): boolean {
  return grammar().heads.get(run[run.length - 1].t) === 'Company';
}
