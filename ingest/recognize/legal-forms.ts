// Companies named with a legal form in the ways the names grammar (names.ts, read in title case) does not read, as
// registers, sanctions lists and their fact sheets write them (grammar/legal-forms.yaml):
//   company:capitals     "SHENZHEN KAIYUAN MICROWAVE TECHNOLOGY CO., LTD.", "RUITONG ELECTRONICS (HK) LIMITED": a run
//                        of words in capitals (a place in brackets among them) ending in a legal form of any case
//   company:form-first   "Limited Liability Company Avionika-Tekh", "OOO Severstanok Trade", "AO KRONSTAL HOLDING": a
//                        form that opens the name, then its capitalised words; the company is named by those words
//                        ("Avionika-Tekh"), so each form of it and the words alone are one company
//   company:listed-capitals  "SEVERNY PRIBOR (a.k.a. SEVERNYI PRIBOR), Moscow, Russia, is ...": a name in capitals with
//                        no form that opens a list's entry, its aliases or address after it, no person's (listedEntry)
//   company:alias        "(a.k.a. KAIYUAN MICROWAVE; a.k.a. SHENZHEN KAIYUAN WEIBO KEJI YOUXIAN GONGSI)", "(f.k.a.
//                        RUITONG COMPONENTS LIMITED)": each name in brackets after a cue, right after a company's name
//                        with a legal form (any of the three ways, title case too), is that company
// A name ends at its legal form, so the address a list writes after it (", Room 1203, 12/F, Harbour Crest Tower, ...")
// is no part of it; a person's name, which has no legal form, is none of these.
import path from 'node:path';
import { z } from 'zod';
import { loadData } from '../data.ts';
import { countryCode } from './countries.ts';
import { grammar } from './grammar.ts';
import type { Found } from './found.ts';
import { isFirstName, tagsOf } from './lexicon.ts';
import { caselessChar, escapeRegExp } from '../text/clean.ts';
import { HAN } from '../text/scripts.ts';

const words = z.array(z.string().min(1)).min(1);
const Schema = z.strictObject({ 'after-name': words, 'in-title-case': words, 'spelled-out': z.record(z.string(), z.string()), 'before-name': words, 'alias-cues': words, 'address-openers': words, 'person-markers': words });

interface Patterns {
  capitals: RegExp;
  titled: RegExp;
  formFirst: RegExp;
  cue: RegExp;
  address: RegExp;
  entry: RegExp;
  person: RegExp;
  /** A legal form's words by their lower case, as the grammar spells them ("ltd." -> "Ltd.", "gmbh" -> "GmbH"). */
  formWords: Map<string, string>;
  /** The forms whose own spelling ends in a dot ("Co., Ltd.", "L.L.C."), by their letters in lower case. */
  dotted: Set<string>;
  /** The same for the forms spelled without a final dot ("LLC" beside "L.L.C."). */
  undotted: Set<string>;
  /** An address's part that opens with an opener written in lower case ("ul. Lenina 5") goes on the address. */
  lowerOpener: RegExp;
  /** A name in capitals that opens an entry, a comma after it (its address follows). */
  entryBeforeComma: RegExp;
  /** Whether a legal form (either list's) is written in a sentence as capitals, titled and formFirst read one (any case,
   *  dots optional; no letter or digit either side), which each of them needs to match: none, none of them runs. One
   *  scan of one expression, cheaper than a pass of an automaton over the forms' first words in JavaScript. */
  hasForm: RegExp;
}

let cached: Patterns | undefined;

/** A form as a pattern of any case: each letter either case, each dot optional, ", " a comma or a space. A form written
 *  in capitals alone ("OOO", "LLC", "AO") is matched in capitals: "ao" or "Llc" is no form. */
function anyCase(form: string): string {
  const acronym = !/\p{Ll}/u.test(form);
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const ch = form[i];
    // "Co., Ltd.", "CO.,LTD.", "Co. Ltd.": the comma and the space each optional, one of them written.
    if (ch === ',' && form[i + 1] === ' ') {
      out += '(?:,\\s*|\\s+)';
      i++;
    } else if (ch === '.') out += '\\.?';
    else if (ch === ' ') out += '\\s+';
    else if (ch === ',') out += ',';
    else if (/\p{L}/u.test(ch) && !acronym) out += caselessChar(ch);
    else out += ch.replace(/[\\^$*+?()[\]{}|/]/g, '\\$&');
  }
  return out;
}

/** A form's letters in lower case, without dots, commas or spaces ("Co., Ltd." -> "coltd"). */
const letters = (form: string): string => form.toLowerCase().replace(/[.,\s]/g, '');
const alternation = (forms: string[]): string => [...forms].sort((a, b) => b.length - a.length).map(anyCase).join('|');

/** Word in capitals ("KAIYUAN", "AVIONIKA-TEKH", "3D"), or a place in brackets inside a name ("(HK)", "(SHENZHEN)"). */
const CAPS_WORD = String.raw`(?:[\p{Lu}\d][\p{Lu}\d&'’-]*|\((?:[\p{Lu}]+\s?){1,3}\))`;
/** A capitalised word of a name in title case or capitals, or a place in brackets ("(HK)", "(Hong Kong)"). */
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d&'’-]*|\((?:\p{Lu}[\p{L}]*\s?){1,3}\))`;
/** After a form: no further letter or digit (a dot the form may not have written is the sentence's). */
const CLOSED = String.raw`(?![\p{L}\p{N}])`;

/** A name in quotes after a form that opens it, as a Russian register writes it (ООО «Авионика»): 'OOO "Avionika-Tekh"',
 *  'AO «Kronstal»'. */
const QUOTED_NAME = String.raw`["“«]([\p{Lu}\d][^"”»]{0,60}?)["”»]`;

/** grammar/legal-forms.yaml, read and validated once per process: the patterns, the form words and the spelled-out forms
 *  each read it before (three validations in a fresh worker's first report). Shared, so read, never changed. */
let forms: z.output<typeof Schema> | undefined;
function legalForms(): z.output<typeof Schema> {
  forms ??= loadData(path.join(import.meta.dirname, 'grammar', 'legal-forms.yaml'), Schema);
  return forms;
}

function patterns(): Patterns {
  if (cached) return cached;
  const g = legalForms();
  const after = alternation(g['after-name']);
  cached = {
    capitals: new RegExp(String.raw`(?<![\p{L}\p{N}&'’-])((?:${CAPS_WORD}\s+){1,10}?)(${after})${CLOSED}`, 'gu'),
    titled: new RegExp(String.raw`(?<![\p{L}\p{N}&'’-])((?:${NAME_WORD}\s+){1,10}?)(${after})${CLOSED}`, 'gu'),
    formFirst: new RegExp(String.raw`(?<![\p{L}\p{N}&'’.-])(${alternation(g['before-name'])})\s+(?:${QUOTED_NAME}|((?:[\p{Lu}\d][\p{L}\d&'’-]*)(?:\s+[\p{Lu}\d][\p{L}\d&'’-]*){0,5})${CLOSED})`, 'gu'),
    cue: new RegExp(String.raw`^(?:${alternation(g['alias-cues'])})(?:\s+|(?<=:)\s*)`, 'u'),
    entry: new RegExp(String.raw`^((?:${CAPS_WORD}\s+)*?${CAPS_WORD})(?=\s*\((?:${alternation(g['alias-cues'])})\s+["“«]?[\p{Lu}\d])`, 'u'),
    formWords: new Map([...g['after-name'], ...g['before-name']].flatMap((f) => f.split(/[\s,]+/)).filter((w) => w.length > 1).flatMap((w) => [[w.toLowerCase().replace(/\./g, ''), w.replace(/\./g, '')] as const, [w.toLowerCase(), w] as const])),
    person: new RegExp(String.raw`(?<![\p{L}])(?:${g['person-markers'].map(escapeRegExp).join('|')})(?![\p{L}])`, 'u'),
    address: new RegExp(String.raw`^,\s+(?=(?:${g['address-openers'].map(escapeRegExp).join('|')})(?![\p{L}])|\d+(?:st|nd|rd|th)?\s+\p{Lu}|\d+\/F\b)`, 'u'),
    dotted: new Set(g['after-name'].filter((f) => f.endsWith('.')).map(letters)),
    undotted: new Set(g['after-name'].filter((f) => !f.endsWith('.')).map(letters)),
    lowerOpener: new RegExp(String.raw`^(?:${g['address-openers'].filter((w) => /^\p{Ll}/u.test(w)).map(escapeRegExp).join('|')})(?![\p{L}])`, 'u'),
    entryBeforeComma: new RegExp(String.raw`^((?:${CAPS_WORD}\s+)*?${CAPS_WORD})(?=,)`, 'u'),
    hasForm: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation([...g['after-name'], ...g['before-name']])})${CLOSED}`, 'u'),
  };
  return cached;
}

/** The words of the legal forms written after a name (legal-forms.yaml after-name, and the Company heads of the names
 *  grammar), each by its letters in lower case ("Co., Ltd." -> "co", "ltd"; "A.Ş." -> "aş"): what a company's name may end
 *  in and still be the same company's name without it (entities.ts). */
let formWordSet: Set<string> | undefined;
export function legalFormWords(): Set<string> {
  if (formWordSet) return formWordSet;
  const g = legalForms();
  const heads = [...grammar().heads].filter(([, k]) => k === 'Company').map(([h]) => h);
  formWordSet = new Set([...g['after-name'], ...heads].flatMap((f) => f.split(/[\s,]+/)).map(letters).filter((w) => w.length > 1));
  return formWordSet;
}

/** Whether `span` is, whole, a legal form written after a name (legal-forms.yaml after-name: "Co., Ltd.", "Limited", "Inc."),
 *  in any case, its dots optional. */
let formAfterPattern: RegExp | undefined;
export function isFormAfterName(span: string): boolean {
  formAfterPattern ??= new RegExp(`^(?:${alternation(legalForms()['after-name'])})$`, 'u');
  return formAfterPattern.test(span.trim());
}

/** Whether the text right before a name ends in a legal form written before a name (legal-forms.yaml before-name: "JSC ",
 *  "OOO ", "Limited Liability Company "): the name after it is that company's. */
let formBeforePattern: RegExp | undefined;
export function endsInFormBefore(before: string): boolean {
  formBeforePattern ??= new RegExp(String.raw`(?<![\p{L}\p{N}&'’.-])(?:${alternation(legalForms()['before-name'])})\s+$`, 'u');
  return formBeforePattern.test(before);
}

/** Whether two legal forms, as the words a company's key ends in ("co., ltd.", "company"), can be one company's: read
 *  with their words abbreviated (legal-forms.yaml spelled-out), one opens the other ("co" and "co ltd"), or a form is
 *  missing. */
let spelledOut: Map<string, string> | undefined;
export function sameLegalForm(a: string, b: string): boolean {
  spelledOut ??= new Map(Object.entries(legalForms()['spelled-out']));
  const abbreviated = (form: string): string[] => form.split(/[\s,]+/).map(letters).filter(Boolean).map((w) => spelledOut?.get(w) ?? w);
  const [x, y] = [abbreviated(a), abbreviated(b)].sort((p, q) => p.length - q.length);
  return x.every((w, i) => y[i] === w);
}

/** Words that join a name's words, none of its own. */
const CONNECTORS = new Set(['and', 'the', 'of', '&', 'for', 'de']);
/** An alias opens as a name does: a capital, a digit or a Han character. */
const ALIAS_START = new RegExp(`^[\\p{Lu}\\d${HAN}]`, 'u');
/** A word of an alias: opening with a capital, a digit, a Han character, or a bracket, quote or ampersand before one. */
const NAME_WORD_START = new RegExp(`^[\\p{Lu}\\d${HAN}("“«&]`, 'u');

/** Whether the form as written is one the grammar spells with a final dot ("Co., Ltd.", "L.L.C."), so a dot after it is
 *  the form's; letters the grammar also spells without one ("LLC") are that form unless written with a dot inside. */
function endsInDot(form: string, p: Patterns): boolean {
  const key = letters(form);
  return p.dotted.has(key) && (!p.undotted.has(key) || /\.\S/.test(form));
}

/** The company names with a legal form in one sentence, and the aliases given after them. */
export function findLegalForms(text: string): Found[] {
  const p = patterns();
  const names: Found[] = [];
  // Names with a legal form need one written; an entry of a list (listedEntry) needs none.
  const forms = p.hasForm.test(text);
  if (forms) for (const m of text.matchAll(p.capitals)) {
    // "THE COMPANY LIMITED", "AND CO." : a name has a word of its own before the form.
    const own = m[1].split(/\s+/).filter((w) => w !== '' && !CONNECTORS.has(w.toLowerCase()));
    if (!own.some((w) => /[\p{Lu}]{2}|\p{Lu}\d|\d\p{Lu}/u.test(w)) || !startsName(text, m.index)) continue;
    const surface = m[0].replace(/\.$/, (dot) => (endsInDot(m[2], p) ? dot : ''));
    names.push({ start: m.index, end: m.index + surface.length, surface, label: 'Company', name: titled(surface, p), rule: 'company:capitals', score: 0.7 });
  }
  if (forms) for (const m of text.matchAll(p.formFirst)) {
    if (!startsName(text, m.index)) continue;
    const bare = m[2] ?? m[3];
    // "AO" or "LLC" before a word the text writes in lower case elsewhere is no form; a form-first name is one word at least of
    // its own, not a second form ("Joint Stock Company Limited").
    if (/^(?:Limited|Ltd|Company|Co)$/i.test(bare)) continue;
    names.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Company', name: titled(bare, p), rule: 'company:form-first', score: 0.7 });
  }
  const entry = listedEntry(text, p, names);
  if (entry) names.push(entry);
  // Names in title case with a form after them anchor aliases only: the names grammar reads the names themselves.
  const anchors = [...names];
  if (forms) for (const m of text.matchAll(p.titled)) {
    if (!startsName(text, m.index) || anchors.some((a) => a.start <= m.index && m.index < a.end)) continue;
    const surface = m[0].replace(/\.$/, (dot) => (endsInDot(m[2], p) ? dot : ''));
    anchors.push({ start: m.index, end: m.index + surface.length, surface, label: 'Company', name: surface, rule: 'company:titled', score: 0 });
  }
  const aliases = anchors.flatMap((a) => aliasesAfter(text, a, p.cue));
  // An alias that is itself a name with a form ("f.k.a. RUITONG COMPONENTS LIMITED") is the company it follows.
  const own = names.filter((n) => !aliases.some((a) => a.start === n.start && a.end === n.end));
  const addresses = anchors.flatMap((a) => addressAfter(text, afterAliases(text, a.end), p));
  return [...own, ...aliases, ...addresses];
}

/** "SEVERNY PRIBOR (a.k.a. SEVERNYI PRIBOR), Moscow, Russia, is being designated", "KRASNY MAYAK, 12 Lenina Street,
 *  Perm, Russia, ...": a name in capitals that opens an entry of a list (the sentence), with no legal form, is a company's
 *  where its aliases or its address follow it, and nothing says it is a person's (person-markers, a first name). */
function listedEntry(text: string, p: Patterns, names: Found[]): Found | undefined {
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  if (names.some((n) => n.start === lead)) return undefined;
  const rest = text.slice(lead);
  const byAlias = p.entry.exec(rest)?.[1];
  const run = byAlias ?? p.entryBeforeComma.exec(rest)?.[1];
  if (!run || !/\p{Lu}{3}/u.test(run)) return undefined;
  const end = lead + run.length;
  if (!byAlias && !p.address.test(text.slice(end))) return undefined;
  const first = run.split(/\s+/)[0];
  const firstWord = first[0] + first.slice(1).toLowerCase();
  if (isFirstName(firstWord) || p.person.test(text.slice(end)) || personOrder(run)) return undefined;
  return { start: lead, end, surface: run, label: 'Company', name: titled(run, p), rule: 'company:listed-capitals', score: 0.6 };
}

/** A name written in capitals, as the company's name in title case (its key unchanged: keys are lower case): each word
 *  capitalised ("AVIONIKA-TEKH" -> "Avionika-Tekh"), a legal form's words as the grammar spells them ("CO., LTD." ->
 *  "Co., Ltd."), connectors in lower case; short words (initials: "SZ", "BYD"), words with digits and places in brackets
 *  ("(HK)") as written. A name with a lower-case letter is left as it is. */
function titled(name: string, p: Patterns): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/[^\s,]+/gu, (w) => {
    const form = p.formWords.get(w.toLowerCase());
    if (form) return form;
    if (CONNECTORS.has(w.toLowerCase())) return w.toLowerCase();
    if (w.length <= 3 || /\d|^\(/u.test(w)) return w;
    return w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  });
}

/** "CHEN WENBO", "SERGEI PETROV": two or three words, the first or the last a surname the lexicon knows (a family name
 *  first, as Chinese names are written, or last), read as a person's name. */
function personOrder(run: string): boolean {
  const w = run.split(/\s+/).map((x) => x[0] + x.slice(1).toLowerCase());
  return w.length >= 2 && w.length <= 3 && [w[0], w[w.length - 1]].some((x) => tagsOf(x).includes('LastName'));
}

/** A name starts at the start of the sentence, or after a word that is none of its own: in lower case, or punctuation
 *  (not inside a run of capitalised words: "Acme Limited Liability Company" is no form before a name). */
function startsName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // "Russia-based OOO X": a word whose last part after a hyphen is in lower case is none of a name's.
  return !/[\p{Lu}\d][\p{L}\d&'’.-]*\s+$/u.test(before) || /(?:^|\s)(?:The|A|An)\s+$/u.test(before) || /-\p{Ll}+\s+$/u.test(before);
}

/** The names in brackets after the company's name, each after a cue: "(a.k.a. X; a.k.a. Y)", "(f.k.a. X)". */
function aliasesAfter(text: string, company: Found, cue: RegExp): Found[] {
  const open = /^\s*\(/.exec(text.slice(company.end));
  if (!open) return [];
  const from = company.end + open[0].length;
  const close = closingBracket(text, from);
  if (close < 0) return [];
  const out: Found[] = [];
  let at = from;
  for (const part of text.slice(from, close).split(';')) {
    const lead = /^\s*/.exec(part)?.[0].length ?? 0;
    const c = cue.exec(part.slice(lead));
    if (c) {
      const raw = part.slice(lead + c[0].length);
      const q = /^["“'‘«]?(.*?)["”'’»]?\s*$/u.exec(raw);
      const alias = q?.[1] ?? '';
      const start = at + lead + c[0].length + raw.indexOf(alias);
      if (ALIAS_START.test(alias) && alias.length <= 100 && aliasWords(alias)) {
        out.push({ start, end: start + alias.length, surface: alias, label: 'Company', name: company.name, rule: 'company:alias', score: 0.7 });
      }
    }
    at += part.length + 1;
  }
  return out;
}

/** Where the name's bracket of aliases closes, or the name's end when none follows. */
function afterAliases(text: string, end: number): number {
  const open = /^\s*\(/.exec(text.slice(end));
  if (!open) return end;
  const close = closingBracket(text, end + open[0].length);
  return close < 0 ? end : close + 1;
}

/** The address after a company's name (", Room 1203, 12/F, Harbour Crest Tower, 88 Lockhart Road, Wan Chai, Hong Kong,
 *  is ..."): its parts, from one an opener starts or a number before a capitalised word or "/F" (a floor), up to the part a lower-case word opens (the clause goes on)
 *  or the sentence's end; a place up to its last part that is no country, which the countries grammar reads. */
function addressAfter(text: string, end: number, p: Patterns): Found[] {
  const lead = p.address.exec(text.slice(end));
  if (!lead) return [];
  const start = end + lead[0].length;
  let last = -1;
  let at = start;
  for (const part of text.slice(start, start + 300).split(/,\s+/).slice(0, 12)) {
    if (/^\p{Ll}/u.test(part) && !p.lowerOpener.test(part)) break;
    const clean = part.replace(/[.;]\s*$/, '');
    if (countryCode(clean.trim()) === undefined) last = at + clean.length;
    at += part.length;
    const sep = /^,\s+/.exec(text.slice(at));
    if (!sep) break;
    at += sep[0].length;
  }
  if (last <= start) return [];
  const surface = text.slice(start, last);
  return [{ start, end: last, surface, label: 'Place', name: surface, rule: 'company:address', score: 0.5 }];
}

/** An alias is a name: capitalised words, with the connectors of names and a legal form's punctuation ("X CO., LTD."),
 *  no clause ("a.k.a. the firm that ..."). */
function aliasWords(alias: string): boolean {
  return alias.split(/[\s,]+/).every((w) => w === '' || NAME_WORD_START.test(w) || /^(?:of|and|de|the|for|du|la)$/.test(w));
}

/** The index of the bracket that closes one opened before `from` (nested brackets inside: "(a.k.a. X (HK) LIMITED)"). */
function closingBracket(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length && i < from + 400; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
