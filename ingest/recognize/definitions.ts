// The names a document defines for itself, read after a mention of the entity they name:
//   "Cybersecurity and Infrastructure Security Agency (CISA)"               an acronym (its initials)
//   "北岭航电系统公司（Northridge Avionics Systems, Inc.）"                   the company's name in another script
//   "... Telecommunications Services Sector (the “Committee”)"               a defined term
//   "... (hereinafter referred to as the “Act”)"                            a defined term
//   "天翎智能科技有限公司（以下简称“天翎智能”）"                              a defined term
//   "the term “Commission” means the Federal Communications Commission"     a definition
//   "the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA)": the citation in
//   apposition is another name of the act, and the acronym after it still belongs to the act; so is a
//   publication citation after an order's date and title ("Executive Order 13873 of May 15, 2019 (Securing
//   ...) (84 FR 22689)"). A procedural citation with a named instrument in its parentheses is that instrument
//   ("Pub. L. 116-124 (the Secure and Trusted Communications Networks Act of 2019)"), and so is an act named after "the"
//   in the parentheses after its number ("Regulation (EU) 2024/2847 (the Cyber Resilience Act)"); an act's number
//   between commas right after its name ("X Regulation (XR), Regulation (EU) 2023/1804, has applied") is the act.
// A term bound to two different entities in one document is ambiguous: reported, bound to neither.
import type { Ambiguity } from './entities.ts';
import { type EuTitle, establisher, euTitles } from './eu-titles.ts';
import { spells } from './acronym-instruments.ts';
import { grammar } from './grammar.ts';
import { singular } from './lexicon.ts';
import { HAN, hasHan } from '../text/scripts.ts';

export interface Named {
  id: string;
  label: string;
  start: number;
  end: number;
  surface: string;
  /** A body named inside the name ("... of the Office of Management and Budget"). */
  parts?: Named[];
  /** A procedural citation ("50 U.S.C. 1701"): the instrument a parenthesis names beside it is what it cites. */
  procedural?: boolean;
  /** The state whose possessive stands right before the name (Mention.possessor). */
  possessor?: string;
}

export interface Definition {
  term: string;
  id: string;
  locator: string;
  acronym: boolean;
}

// One level of nesting: "(8 U.S.C. 1182(f))".
const PAREN = /^\s*[(（]((?:[^()（）]|[(（][^()（）]{1,12}[)）]){1,160})[)）]/;
/** "Executive Order 13873 of May 15, 2019 (...)", "the Defense Production Act of 1950, as amended (...)": an
 *  instrument's date or amendment note before its parentheses. */
const DATED = /^(?:\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d{2})?(?:,\s+as\s+amended)?/;
/** A parenthesis that is an instrument's title ("(Securing the ... Supply Chain)"): capitalised words. */
const TITLE = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’,-]+){2,}$/u;
// The article may stand inside the quotes, as Indian and Commonwealth drafting writes it: '(hereinafter "the IT Act")'.
const TERM = /^(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?|collectively,?\s+)?(?:the\s+)?["“'‘]?(?:the\s+)?([\p{Lu}\d][\p{L}\p{N}&.\- ]{0,60}?)["”'’]?$/u;
/** A parenthesis's aside (no quote, comma or semicolon in it), a comma or semicolon, then "hereinafter" and the term: the
 *  term is read after the aside. */
const ASIDE_THEN_TERM = /^[^"“”;,]{1,80}[,;]\s*((?:hereinafter|hereafter)\s+\S.*)$/u;
/** "（以下简称“天翎智能”）", "（下称“该局”）": a Chinese text's short name for what it just named. */
const CJK_TERM = new RegExp(`^(?:以下简称|以下称|以下统称|下称|简称)\\s*[“"「]?([${HAN}\\p{L}\\p{N}]{2,20})[”"」]?$`, 'u');
/** Quoted names listed in one parenthesis ('"Harrow", "we", "us" or "our"'), after a lead that says whom they take in
 *  ("together with its subsidiaries, "): two names or more, or one after such a lead, or one before such a lead and a
 *  second name ('"Qingmu USA," and together with Qingmu, "Plaintiffs"', the comma inside the quotes). */
const TERM_LIST = /^(?:(?:together|collectively)\s+with\s+[^"“,()]{1,60},\s*(?:the\s+)?["“][^"”]{1,60}["”]|(?:the\s+)?["“][^"”]{1,60}["”](?:(?:\s*,\s*|\s*,?\s+(?:or|and)\s+)(?:the\s+)?["“][^"”]{1,60}["”])+|(?:the\s+)?["“][^"”]{1,60}["”],?\s+(?:and\s+)?(?:together|collectively)\s+with\s+[^"“()]{1,60},\s*(?:the\s+)?["“][^"”]{1,60}["”])$/u;
/** Quoted names parted only by commas or "or" ('"NPRM" or "Proposed Rule"', '"HCSA", "Crane Act"'): alternatives. */
const ALTERNATIVES = /^(?:the\s+)?["“][^"”]{1,60}["”](?:(?:\s*,\s*|\s*,?\s+or\s+)(?:the\s+)?["“][^"”]{1,60}["”])+$/u;
const THING_TERM = /^(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?|referred\s+to\s+(?:in\s+this\s+\p{Ll}+\s+|below\s+|herein\s+)?as\s+|collectively,?\s+)?(?:the\s+)?["“‘]([\p{Ll}\d][\p{L}\p{N}\- ]{1,60}?)["”’]$/u;
/** Between an instrument and where it was published: a comma, or "published at|in" (in the Federal Register, on a date). */
const PUBLISHED_GAP = /^(?:\s*,\s*|(?:\s*[,(]\s*|\s+)(?:(?:as|which\s+was|that\s+was)\s+)?published\s+(?:on\s+\p{Lu}\p{Ll}+\s+\d{1,2},\s+(?:19|20)\d{2},?\s+)?(?:in\s+the\s+Federal\s+Register\s+)?(?:at|in)\s+)$/u;
/** A Federal Register citation: volume, FR, page (grammar/instruments.yaml federal-register). */
const PUBLISHED_AT = /^\d{1,3}\s+(?:FR|Fed\.\s?Reg\.)\s+\d{1,6}$/;
/** A name, then another of its kind after a comma, "and" or "or": the first of a list. A thing listed with things, and
 *  a name listed with names of its own label ('the term "covered supplier" means A Co., Ltd., B Co., Ltd., and any of
 *  their affiliates': a class of companies, no other name of A). */
function firstListed(text: string, m: Named, mentions: Named[]): boolean {
  const kin = (n: Named): boolean => (LISTED_THINGS.has(m.label) ? LISTED_THINGS.has(n.label) : n.label === m.label);
  const next = mentions.filter((n) => n.start >= m.end && kin(n)).sort((a, b) => a.start - b.start)[0];
  if (next === undefined) return false;
  const between = text.slice(m.end, next.start);
  // The statutory form of a list, each item with its own words and the items parted by semicolons ('"covered equipment"
  // means cranes produced by A; scanners and sensors produced by B; and ...'): the next item opens with a thing too.
  // An article or "any" may open each item as "means" let it open the first ('"covered device" means a drone, a camera, or
  // any other device ...').
  return /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+|an?\s+|any\s+)?$/.test(between) || (LISTED_THINGS.has(m.label) && /^[^;]*;\s*(?:(?:and|or)\s+)?$/.test(between));
}
const LISTED_THINGS = new Set(['Product', 'Technology']);
const MEANS = /\bthe\s+term\s+["“]([^"”]{1,60})["”]\s+means\s+(?:an?\s+|the\s+|any\s+)?$/i;
/** A definition that opens its sentence or list item with the quoted term, as a statute's definitions section writes them:
 *  '(3) "Department" means the Department of Management Services', '2. ‘Commission’ means ...'. */
const OPENING_MEANS = /^\s*(?:\(?[0-9A-Za-z]{1,4}[.)]\s*)?["“‘]([^"”‘’]{1,60})["”’]\s+means\s+(?:an?\s+|the\s+|any\s+)?$/;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\p{N}&.-]*[\p{Lu}\d]s?$/u;
/** An acronym in brackets inside a name, and the capitalised words after it that close the name (one to three). */
const ACRONYM_IN_NAME = /\s\((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})$/u;

/** A citation by number, no name: a procedural one (a code or register's place), a Federal Register page, an EU act's
 *  number (grammar/instruments.yaml kind eu-act). */
function byNumber(m: Named): boolean {
  numbered ??= grammar()
    .citations.filter((c) => c.kind === 'eu-act' || c.procedural)
    .map((c) => new RegExp(`^(?:${c.pattern.source})$`, 'u'));
  return m.procedural === true || PUBLISHED_AT.test(m.surface) || numbered.some((r) => r.test(m.surface));
}
let numbered: RegExp[] | undefined;

/** A defined term's head ("Final Rule": rule) and a name's heads, in lower case and the singular: the instrument and body
 *  heads of the grammar (instruments.yaml named.heads, names.yaml heads) among its capitalised words before "of", "for" or
 *  "on" ("Office of Investment Security": office; "Executive Order 14105": order). */
function headWords(): Set<string> {
  heads ??= new Set([...grammar().instrumentHeads, ...[...grammar().heads].filter(([, k]) => k !== 'Organization' && k !== 'corporate').map(([h]) => h)].map((h) => singular(h.toLowerCase())));
  return heads;
}
let heads: Set<string> | undefined;
const nameHeads = (surface: string): string[] =>
  surface
    .split(/\s+(?:of|for|on)\s+/)[0]
    .split(/\s+/)
    .map((w) => singular(w.replace(/['’]s$|[^\p{L}-]/gu, '').toLowerCase()))
    .filter((w) => headWords().has(w));
/** The head of a term or name: its last head word, if it has one. */
const headOf = (surface: string): string | undefined => nameHeads(surface).at(-1);
/** Before a name, the head of the phrase that takes it in a modifier: a noun, then a participle ("amending", "implementing",
 *  perhaps after an adverb: "partially amending"; not one that lists members, "including", nor a preposition, "during") or
 *  "within", "under", and an article or a possessive ("within Treasury's").
 *  The phrase is what a bracket after the name defines or cites ("the final rule implementing Executive Order 14105 (the
 *  "Final Rule")", "the Office of Harbour Permits within the Ministry's Office of Ports (the "Office")"). */
const MODIFIED = /(\p{L}[\p{L}-]*)\s+(?:\p{Ll}+ly\s+)?(?:(?!(?:including|excluding|during|following|according|something|anything|nothing)\s)\p{Ll}{2,}ing|within|under)\s+(?:(?:the|an?|its|their)\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}['’]s\s+)?$/u;
function outerHead(text: string, m: Named, mentions: Named[]): { word: string; name?: Named } | undefined {
  const o = MODIFIED.exec(text.slice(0, m.start));
  if (!o) return undefined;
  // A name that ends there is the phrase's head ("the Office of Harbour Permits within ..."): its head word.
  const end = o.index + o[1].length;
  const name = mentions.find((y) => y.end === end && y.id !== m.id && (y.label === 'Law' || y.label === 'Authority'));
  const word = name ? headOf(name.surface) : singular(o[1].toLowerCase());
  return word === undefined ? undefined : { word, name };
}
/** The phrase before `m` that takes it in a modifier is headed by `head`. */
function described(text: string, m: Named, head: string | undefined, mentions: Named[]): boolean {
  return head !== undefined && outerHead(text, m, mentions)?.word === head;
}
/** A defined term's head chooses what it names ('(the "Office")', '(the "Final Rule")'): the phrase that takes the name
 *  before the bracket in a modifier where its head is the term's (the name read there, else none), else the name where its
 *  head is the term's or it has no head word; a name headed by another head word ("Executive Order" before '(the
 *  "Rule")') is not what the term names. A citation by number has no head of its own to fit. */
function headed(text: string, d: { term: string }, m: Named, mentions: Named[]): Named | undefined {
  const head = headOf(d.term);
  if (head === undefined || (m.label !== 'Law' && m.label !== 'Authority')) return m;
  const outer = outerHead(text, m, mentions);
  if (outer?.word === head) return outer.name;
  if (m.procedural || (m.label === 'Law' && byNumber(m))) return m;
  const own = nameHeads(m.surface);
  return own.length === 0 || own.includes(head) ? m : undefined;
}

/** Definitions in one sentence; `apposed` collects citation -> named instrument pairs. */
export function findDefinitions(text: string, locator: string, mentions: Named[], apposed: Map<string, string>): Definition[] {
  const out: Definition[] = [];
  const laws = mentions.filter((m) => m.label === 'Law' && !m.procedural);
  const titles = laws.length > 0 ? euTitles(text, laws) : [];
  for (const m of mentions) {
    let at = m.end + (m.label === 'Law' ? (DATED.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0) : 0);
    for (let hop = 0; hop < 3; hop++) {
      const p = PAREN.exec(text.slice(at));
      if (!p) break;
      // The short name closing a cited EU act's title is the act's at its head, not the one named last before it.
      if (titles.some((t) => t.short && t.short.start > at && t.short.start < at + p[0].length)) break;
      // After a procedural citation, the instrument may follow "the": "(the International Emergency Economic Powers Act)".
      // So after an act's number: "Regulation (EU) 2024/2847 (the Cyber Resilience Act, or "CRA")".
      const from = at + p[0].indexOf(p[1]) + (m.procedural || (m.label === 'Law' && byNumber(m)) ? (/^the\s+/i.exec(p[1])?.[0].length ?? 0) : 0);
      const inner = mentions.find((x) => x.start === from && x.id !== m.id && (x.label === 'Law' && m.label === 'Law' || otherScriptName(m, x, p[1])));
      // 'a Cabinet Order partially amending the Harbour Dues Order (Cabinet Order No. 12 of 2027)': the citation names the
      // order the phrase is headed by, before the participle, not the one it amends.
      if (inner && !inner.procedural && m.label === 'Law' && described(text, m, headOf(inner.surface), mentions)) break;
      const d = inner ? undefined : term(p[1].replace(/\s+et\s+seq\.?$/, ''), m);
      const bound = d && headOf(d.term) !== undefined ? headed(text, d, m, mentions) : m;
      // The named one of the two is the instrument: a citation in apposition is another name of it.
      if (inner && m.procedural && !inner.procedural) apposed.set(m.id, inner.id);
      else if (inner) {
        apposed.set(inner.id, m.id);
        if (m.label === 'Law' && !m.procedural) furtherCitations(text, inner, at + p[0].length, mentions, m.id, apposed);
      }
      // A parenthesis that opens with the instrument's own citation (a catalog alias: "(Public Law 117-55, ...)").
      const own = inner ? undefined : mentions.find((x) => x.start === from && x.id === m.id && x.label === 'Law');
      if (own && !m.procedural) furtherCitations(text, own, at + p[0].length, mentions, m.id, apposed);
      else if (d && bound && !thingsTermAfterMaker(d, m, mentions)) {
        const id = bound === m ? owner(d, m).id : bound.id;
        out.push({ term: d.term, acronym: d.acronym, id, locator });
        for (const other of d.alternatives ?? []) out.push({ term: other, acronym: ACRONYM.test(other), id, locator });
      }
      at += p[0].length;
      // After a citation or an instrument's own title, a further parenthesis may still name the instrument
      // ("Executive Order 13873 of May 15, 2019 (Securing ...) (84 FR 22689)").
      if (!inner && !(m.label === 'Law' && !d && TITLE.test(p[1].trim()))) break;
    }
  }
  // "E.O. 13873, 84 FR 22689" (an authority line), "Executive Order 13873 of May 15, 2019, 84 FR 22689": a Federal
  // Register citation right after a named instrument (its date) and a comma is where it was published, another name of it;
  // so is one after a participle of publishing that says so ("The Final Determination, published at 91 FR 48211, bars ...",
  // "the interim final rule published in the Federal Register at 90 FR 1202", "(published at ...)").
  for (const m of laws) {
    const end = m.end + (DATED.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0);
    const fr = mentions.find((x) => x.label === 'Law' && x.id !== m.id && x.start >= end && PUBLISHED_GAP.test(text.slice(end, x.start)) && PUBLISHED_AT.test(text.slice(x.start, x.end)));
    if (fr) apposed.set(fr.id, m.id);
  }
  // "the European Union's Alternative Fuels Infrastructure Regulation (AFIR), Regulation (EU) 2023/1804, has applied": an
  // act's citation by its number, between commas right after its name (its acronym or term in brackets between), is
  // another name of it; not an item of a list ("the X Regulation, Regulation (EU) 2023/1804, and Directive ...").
  for (const m of laws) {
    if (byNumber(m)) continue;
    let end = m.end;
    for (let hop = 0, p = PAREN.exec(text.slice(end)); p && hop < 2; hop++, p = PAREN.exec(text.slice(end))) end += p[0].length;
    const x = mentions.find((y) => y.label === 'Law' && y.id !== m.id && y.start >= end && /^\s*,\s*$/.test(text.slice(end, y.start)) && byNumber(y));
    if (!x || !/^\s*,(?!\s*(?:and|or)\b)/.test(text.slice(x.end))) continue;
    const curated = (id: string): boolean => !id.includes(':~');
    if (curated(x.id) && curated(m.id)) continue;
    if (curated(x.id)) apposed.set(m.id, x.id);
    else apposed.set(x.id, m.id);
  }
  out.push(...closingThingTerms(text, mentions, locator));
  for (const t of titles) euTitleNames(text, t, laws, locator, apposed, out);
  for (const m of mentions) aliasOf(text, m, mentions, locator, apposed, out);
  // "the Military End User (MEU) List": its acronym and head ("MEU List") name it after (instruments.ts acronymInNames). So
  // any name read with an acronym in brackets inside it that spells the words before the brackets, as the acronym check
  // does (acronym-instruments.ts spells): "the Hong Kong Special Administrative Region (HKSAR) Government" is "the HKSAR
  // Government" after, "the Harbour Testing and Certification (HTC) Directorate" "the HTC Directorate". A company keeps
  // its own short names (short-names.ts): its brackets hold a place ("Kestrel Electronics (HK) Limited"), no acronym.
  for (const m of mentions) {
    if (m.label === 'Company') continue;
    const inside = ACRONYM_IN_NAME.exec(m.surface);
    if (!inside) continue;
    const before = m.surface.slice(0, inside.index).replace(/^the\s+/i, '').split(/\s+/);
    if (spells(inside[1].replace(/-/g, ''), before)) out.push({ term: `${inside[1]} ${inside[2]}`, id: m.id, locator, acronym: true });
  }
  // Not the first of things a definition lists: 'the term "harbour equipment" means ship-to-shore cranes, remote operating
  // systems and controllers' defines a class that holds them all, no other name of the cranes.
  for (const m of mentions) {
    const means = MEANS.exec(text.slice(Math.max(0, m.start - 120), m.start)) ?? (m.start <= 80 ? OPENING_MEANS.exec(text.slice(0, m.start)) : null);
    if (means && !firstListed(text, m, mentions)) out.push({ term: means[1], id: m.id, locator, acronym: ACRONYM.test(means[1]) });
  }
  for (const m of mentions) unquotedMeans(text, m, mentions, locator, apposed, out);
  return out;
}

/** 'In this order, harbour radio modules means harbour telemetry modules.': a definition without quotes, its term
 *  a thing the grammar reads at the head of the sentence or after a lead that says where the meaning holds ("In this
 *  order,", "For purposes of this section,", "As used in this part,"), "the term" or not, and "means" (its verb in the singular after a
 *  plural: the term is named, not used) right before another thing that ends the sentence or clause. The term is that
 *  thing; not the first of a list (a class holding them all), and a catalog entity keeps its id. */
const UNQUOTED_LEAD = /(?:^|[.;:]\s+|\b(?:in|for\s+(?:the\s+)?purposes\s+of|as\s+used\s+in)\s+this\s+\p{Ll}+,\s*)(?:the\s+(?:term|expression)\s+)?$/iu;
const MEANS_AFTER = /^\s+means\s+(?:an?\s+|the\s+|any\s+)?/;
function unquotedMeans(text: string, m: Named, mentions: Named[], locator: string, apposed: Map<string, string>, out: Definition[]): void {
  if (!THING_KINDS.has(m.label)) return;
  const verb = MEANS_AFTER.exec(text.slice(m.end));
  if (!verb || !UNQUOTED_LEAD.test(text.slice(0, m.start))) return;
  const y = mentions.find((x) => x.start === m.end + verb[0].length && THING_KINDS.has(x.label) && x.id !== m.id);
  // Only where the other thing is the whole definition: 'Covered module means a cellular IoT module designed ... by a person
  // owned by a foreign adversary' defines a narrower class of its own (genus and difference; dev5's gold keeps it apart).
  if (!y || firstListed(text, y, mentions) || !/^\s*(?:[.;]|$)/.test(text.slice(y.end))) return;
  const curated = (id: string): boolean => !id.includes(':~');
  if (curated(m.id) && curated(y.id)) return;
  if (curated(m.id)) {
    apposed.set(y.id, m.id);
    return;
  }
  apposed.set(m.id, y.id);
  out.push({ term: m.surface, id: y.id, locator, acronym: false });
}

/** 'Wi-Fi smart plugs sold under the X brand, model SP-10 and its two-pack SP-10D (the "Products")': a quoted term in
 *  brackets whose last word is a head of things (grammar/things.yaml: "Products", "Devices", "Cameras"), where no name
 *  ends right before the brackets (that name's own term, read above), closes the phrase the one thing named before it in
 *  the sentence opens, its models, brand and other words between: the term names that thing. Not where two things come
 *  before it ("cameras and radios ... (the "Products")" names both, no one of them), nor a term of other words ("(the
 *  "Recall")"). */
// So a lower-case term the brackets give "referred to (in this order) as" or "collectively" ('harbour telemetry modules
// made by X (referred to in this order as "covered modules")'): the company's name before the brackets takes no such term.
const CLOSING_TERM = /[(（]\s*(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?|referred\s+to\s+(?:in\s+this\s+\p{Ll}+\s+|below\s+|herein\s+)?as\s+|collectively,?\s+)?(?:the\s+)?["“]([\p{Lu}][\p{L}\p{N}\- ]{0,40}?|[\p{Ll}\d][\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){1,4})["”]\s*[)）]/gu;
function closingThingTerms(text: string, mentions: Named[], locator: string): Definition[] {
  const out: Definition[] = [];
  for (const p of text.matchAll(CLOSING_TERM)) {
    const at = p.index;
    const lower = /^[\p{Ll}\d]/u.test(p[1]);
    const term = p[1].trim();
    if (mentions.some((m) => m.end <= at && /^\s*$/.test(text.slice(m.end, at)) && (!lower || THING_KINDS.has(m.label)) && !thingsTermAfterMaker({ term, acronym: false }, m, mentions))) continue;
    const last = term.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (!grammar().thingHeads.has(last)) continue;
    const things = new Set(mentions.filter((m) => THING_KINDS.has(m.label) && m.end <= at).map((m) => m.id));
    if (things.size === 1) out.push({ term, id: [...things][0], locator, acronym: false });
  }
  return out;
}

/** 'harbour telemetry modules made by Harlow Systems Inc. (hereinafter "HT modules")', '... (the "Modules")': a term in the
 *  brackets right after a company's name whose last word is a head of things (grammar/things.yaml) and whose words are
 *  none of the company's own names the goods the company closes the phrase of, not the company: a company is no module.
 *  Only where one thing is named before it in the sentence (closingThingTerms then gives it that thing); 'Harlow Devices
 *  Ltd. ("Harlow Devices")' keeps its own words, and its term. */
function thingsTermAfterMaker(d: { term: string; acronym: boolean }, m: Named, mentions: Named[]): boolean {
  if (d.acronym || (m.label !== 'Company' && m.label !== 'Organization')) return false;
  const words = d.term.toLowerCase().split(/\s+/);
  if (!grammar().thingHeads.has(words[words.length - 1])) return false;
  const own = new Set(m.surface.toLowerCase().split(/[\s,.]+/));
  if (words.some((w) => own.has(w))) return false;
  return new Set(mentions.filter((x) => THING_KINDS.has(x.label) && x.end <= m.start).map((x) => x.id)).size === 1;
}

/** A cited EU act's title names it (eu-titles.ts): by the short name in brackets that closes it, and by an instrument it
 *  establishes ("establishing the Union Quay Code"). A name read there is the act from then on (a catalog entity keeps
 *  its id, two catalog entities stay apart); a short name not read as one is a term of the act. */
function euTitleNames(text: string, t: EuTitle, laws: Named[], locator: string, apposed: Map<string, string>, out: Definition[]): void {
  const head = laws[t.head];
  const curated = (id: string): boolean => !id.includes(':~');
  const join = (x: Named, act: Named = head): void => {
    if (x.id === act.id || (curated(x.id) && curated(act.id))) return;
    if (curated(x.id)) apposed.set(act.id, x.id);
    else apposed.set(x.id, act.id);
  };
  for (const x of laws) {
    const by = x === head ? undefined : establisher(text, t, laws, x);
    if (by !== undefined) join(x, laws[by]);
  }
  if (!t.short) return;
  const read = laws.find((x) => x.start <= t.short!.start && t.short!.start < x.end);
  if (read) join(read);
  else out.push({ term: t.short.term, id: head.id, locator, acronym: ACRONYM.test(t.short.term) });
}

/** "(Public Law 117-55; H.R. 3919)", "(Public Law 117-55, which began as H.R. 3919)", "(H.R. 3919, enacted as Public Law
 *  117-55)": the citations after the first in a named instrument's parenthesis, each right after the one before, cite it
 *  too; a citation after other words ("as amended by Public Law 118-159") is another instrument's. */
const FURTHER = /^\s*[,;]\s*(?:(?:which\s+)?(?:began|was\s+introduced|originally|formerly|enacted)\s+(?:as\s+)?)?$/i;
function furtherCitations(text: string, first: Named, parenEnd: number, mentions: Named[], id: string, apposed: Map<string, string>): void {
  let end = first.end;
  const next = mentions.filter((x) => x.label === 'Law' && x.procedural && x.start >= first.end && x.end <= parenEnd).sort((a, b) => a.start - b.start);
  for (const x of next) {
    if (!FURTHER.test(text.slice(end, x.start))) return;
    if (x.id !== id) apposed.set(x.id, id);
    end = x.end;
  }
}

/** "X, also known as Y", "X (also called Y)", "X, formerly known as Y": the text gives a second name of what it just
 *  named. A name read there (a mention starting right after the cue, of a kind X may have) is X from then on; else a
 *  capitalised name, a quoted one, or, after a technology or product, a lower-case phrase up to the clause's end, is a
 *  term of X. */
// "X (15 U.S.C. 1 et seq.) (commonly known as the Y Act)": a statute's popular name may follow its citation's bracket
// ("the Act of May 27, 1921 (47 U.S.C. 34-39) (commonly known as the Cable Landing License Act)"), which the cue reads
// past.
const ALIAS_CUE = /^\s*(?:et\s+seq\.)?\s*\)?\s*(?:,\s*|\(\s*)(?:(?:also|otherwise|formerly|commonly|popularly|generally)\s+(?:known\s+as|called|referred\s+to\s+as|named|cited\s+as)|known\s+in\s+the\s+(?:industry|trade|market|sector)\s+as|a\.k\.a\.|aka)\s+(?:the\s+)?/i;
const QUOTED = /^["“‘']([^"”’']{1,60})["”’']/u;
const CAPITALISED = /^[\p{Lu}\d][\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[\p{Lu}\d][\p{L}\p{N}&.'’-]*){0,6}/u;
// Two words at least: "also called the box" would make every box of the text the thing.
const LOWER_PHRASE = /^[\p{Ll}\d][\p{Ll}\p{N}-]*(?:\s+[\p{Ll}\d][\p{Ll}\p{N}-]*){1,4}(?=\s*(?:[,;)]|\.\s|\.$|$))/u;
const NAMED_KINDS = new Set(['Company', 'Authority', 'Organization', 'Law', 'Technology', 'Product']);
const THING_KINDS = new Set(['Technology', 'Product']);

// "known in the industry as" is the same cue: the trade's name for the thing.
function aliasOf(text: string, named: Named, mentions: Named[], locator: string, apposed: Map<string, string>, out: Definition[]): void {
  if (!NAMED_KINDS.has(named.label)) return;
  const cue = ALIAS_CUE.exec(text.slice(named.end, named.end + 60));
  if (!cue) return;
  const at = named.end + cue[0].length;
  const rest = text.slice(at);
  const m = madeThing(text, named, mentions, at) ?? named;
  const quoted = QUOTED.exec(rest);
  const from = at + (quoted ? 1 : 0);
  const other = mentions.find((x) => x.start === from && x.id !== m.id);
  const sameKind = (x: Named): boolean => x.label === m.label || (THING_KINDS.has(x.label) && THING_KINDS.has(m.label)) || (m.label === 'Company' && x.label === 'Organization');
  if (other) {
    if (!sameKind(other) || other.procedural) return;
    // A catalog entity keeps its id: the document's own name joins it, never the other way.
    const curated = (id: string): boolean => !id.includes(':~');
    if (curated(other.id) && curated(m.id)) return;
    // A citation's popular name is the instrument's: the citation joins the name, not the other way.
    // Where the citation already names an instrument ("the Trade Act (19 U.S.C. 2101 et seq.) (commonly known as ...)"),
    // the popular name joins that one.
    const cited = m.procedural && m.label === 'Law' ? apposed.get(m.id) : undefined;
    if (cited !== undefined) {
      if (!curated(other.id) && other.id !== cited) apposed.set(other.id, cited);
    } else if (curated(other.id) || (m.procedural && m.label === 'Law' && !curated(m.id))) apposed.set(m.id, other.id);
    else {
      apposed.set(other.id, m.id);
      // Where the grammar does not read the second name again, the term still does.
      out.push({ term: other.surface, id: m.id, locator, acronym: ACRONYM.test(other.surface) });
    }
    return;
  }
  const name = quoted?.[1] ?? CAPITALISED.exec(rest)?.[0] ?? (THING_KINDS.has(m.label) ? LOWER_PHRASE.exec(rest)?.[0] : undefined);
  const term = name?.trim().replace(/[.,]$/, '');
  if (term && term.length > 1 && term !== m.surface) out.push({ term, id: m.id, locator, acronym: ACRONYM.test(term) });
}

/** 'harbour telemetry modules made by Harlow Systems Inc., also known as buoy link units': the second name after a maker's
 *  name that closes a thing's phrase ("X made by Y", "X sold by Y") is the thing's where it is a thing too (a thing read
 *  there, or a lower-case phrase on a head of things): a company is not known as modules. */
function madeThing(text: string, m: Named, mentions: Named[], at: number): Named | undefined {
  if (m.label !== 'Company' && m.label !== 'Organization') return undefined;
  const other = mentions.find((x) => x.start === at || x.start === at + 1);
  const lower = LOWER_PHRASE.exec(text.slice(at))?.[0];
  const thingy = other ? THING_KINDS.has(other.label) : lower !== undefined && grammar().thingHeads.has(lower.split(/\s+/).pop()!.toLowerCase());
  if (!thingy) return undefined;
  const before = mentions.filter((x) => THING_KINDS.has(x.label) && x.end <= m.start).sort((a, b) => b.end - a.end)[0];
  return before && /^\s+(?:\p{Ll}+,?\s+(?:or\s+|and\s+)?){1,3}by\s+$/u.test(text.slice(before.end, m.start)) ? before : undefined;
}

/** "北岭航电系统公司（Northridge Avionics Systems, Inc.）": a company's name in another script, the whole of the
 *  parenthesis right after it, is the same company (a Chinese text gives a foreign company's own name so). */
function otherScriptName(m: Named, x: Named, inside: string): boolean {
  return m.label === 'Company' && (x.label === 'Company' || x.label === 'Organization') && x.surface === inside.trim() && hasHan(m.surface) !== hasHan(x.surface);
}

/** The term a parenthesis defines for `m`, if it defines one. */
function term(inside: string, m: Named): { term: string; acronym: boolean; alternatives?: string[] } | undefined {
  // '(Minister Jane Roe, hereinafter "the Ministry")', '(Director Jane Roe; hereinafter "BHS")': an aside, then the
  // drafting "hereinafter" that defines the short name, as a government's release in English often writes it after its
  // own name.
  const aside = ASIDE_THEN_TERM.exec(inside.trim());
  if (aside) return term(aside[1] as string, m);
  const cjk = CJK_TERM.exec(inside.trim());
  if (cjk) return { term: cjk[1] as string, acronym: false };
  // 'telematics control units ("telematics boxes")': a quoted lower-case term a technology or product is given.
  const thing = THING_KINDS.has(m.label) ? THING_TERM.exec(inside.trim()) : null;
  if (thing) return { term: thing[1].trim(), acronym: false };
  // '(the "draft Regulations")': an instrument's short name after a stage of it in lower case (instruments.yaml
  // short-forms.stages), its capitalised words the name's own.
  const staged = m.label === 'Law' ? stagedTerm().exec(inside.trim()) : null;
  if (staged?.[2].split(/\s+/).every((w) => m.surface.split(/\s+/).includes(w))) return { term: staged[1], acronym: false };
  // 'Harrow Sensing Inc. ("Harrow", "we", "us" or "our")', '(together with its subsidiaries, "Harrow")': a filing's
  // list of the names it will use, the first capitalised one its short name (the pronouns are no names).
  const listed = TERM_LIST.exec(inside.trim());
  if (listed) {
    // American style puts the comma inside the quotes: ("Qingmu USA," and together with Qingmu, "Plaintiffs").
    const names = [...listed[0].matchAll(/["“]([^"”]{1,60})["”]/g)].map((q) => (q[1] as string).trim().replace(/[,;]$/, '')).filter((q) => /^\p{Lu}/u.test(q));
    // '("NPRM" or "Proposed Rule")': names offered as alternatives, parted by "or" or commas alone (no "and", no
    // "together with" lead that widens the later ones), are each a name of what the first one names.
    const alternatives = ALTERNATIVES.test(listed[0]) ? names.slice(1) : [];
    if (names[0]) return { term: names[0], acronym: false, ...(alternatives.length > 0 ? { alternatives } : {}) };
  }
  const t = TERM.exec(inside.trim());
  if (!t) return undefined;
  const word = t[1].trim();
  const marked = t[0] !== word; // quoted, "the ...", "hereinafter ..."
  // "National Defense Authorization Act for Fiscal Year 2019 (FY2019 NDAA)": an instrument's acronym in pieces, each
  // fitting the name in its own place (the fiscal year's letters after the act's initials).
  if (m.label === 'Law' && !m.procedural && /\s/.test(word) && word.split(/\s+/).every((p) => ACRONYM.test(p) && /\p{Lu}.*[\p{Lu}\d]/u.test(p) && initialsFit(p, m.surface))) return { term: word, acronym: true };
  // A public body's acronym may keep a former name's letters: "European Union Agency for Cybersecurity (ENISA)".
  if (ACRONYM.test(word) && /\p{Lu}.*[\p{Lu}\d]/u.test(word)) return initialsFit(word, m.surface) || m.label === 'Authority' ? { term: word, acronym: true } : undefined;
  // "Office of Communications (Ofcom)", "Commission for Communications Regulation (ComReg)": a public body's short name
  // made of the heads of its name's words.
  if (m.label === 'Authority' && CLIPPED.test(word) && clippedFit(word, m.surface)) return { term: word, acronym: true };
  // "Ministry of Electronics and Information Technology (MeitY)", "Department of Telecommunications (DoT)", "Department
  // for Transport (DfT)": a government's short name in mixed case, its letters the initials of the name's words in order
  // (a small word's too, or passed over), the last ones from its last word.
  if (m.label === 'Authority' && MIXED_CASE.test(word) && mixedCaseFit(word, m.surface)) return { term: word, acronym: true };
  const ownWord = m.surface.split(/\s+/).includes(word);
  return marked || ownWord ? { term: word, acronym: false } : undefined;
}

/** '(the "draft Regulations")': a quoted stage word and capitalised words after it (instruments.yaml short-forms.stages). */
function stagedTerm(): RegExp {
  stagedPattern ??= new RegExp(`^(?:the\\s+)?["“]((?:${grammar().shortForms.stages.join('|')})\\s+(\\p{Lu}[\\p{L}\\p{N}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}\\-]*){0,4}))["”]$`, 'u');
  return stagedPattern;
}
let stagedPattern: RegExp | undefined;

/** "Office of Information and Regulatory Affairs of the Office of Management and Budget (OMB)": an acronym whose
 *  letters are exactly the initials of the body named at the end of the name, not of the whole, is that body's. */
function owner(d: { term: string; acronym: boolean }, m: Named): Named {
  if (!d.acronym) return m;
  const part = m.parts?.find((p) => p.end === m.end);
  return part && capitalInitials(part.surface) === letters(d.term) && capitalInitials(m.surface) !== letters(d.term) ? part : m;
}
const letters = (acronym: string): string => acronym.replace(/s$/, '').replace(/[^\p{Lu}\d]/gu, '');
const capitalInitials = (name: string): string => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** One capitalised word of lower-case letters after its capital, four letters or more ("Ofcom", "Ofgem", "Europol"), or
 *  pieces each opened by a capital ("ComReg": Commission for Communications Regulation; "BaFin"). */
const CLIPPED = /^\p{Lu}\p{Ll}{3,}$|^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/** The word is the name's words clipped: its letters split into pieces, each the start of a later word of the name, the
 *  first one of two letters or more and of the name's first word ("Of" + "com": "Office of Communications"; "Of" + "g" +
 *  "e" + "m": "Office of Gas and Electricity Markets"). */
function clippedFit(word: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const w = word.toLowerCase();
  const rest = (at: number, from: number): boolean => {
    if (at === w.length) return true;
    for (let k = from; k < words.length; k++) {
      for (let n = Math.min(words[k].length, w.length - at); n >= 1; n--) {
        if (words[k].startsWith(w.slice(at, at + n)) && rest(at + n, k + 1)) return true;
      }
    }
    return false;
  };
  for (let n = Math.min(words[0]?.length ?? 0, w.length); n >= 2; n--) if (words[0].startsWith(w.slice(0, n)) && rest(n, 1)) return true;
  return false;
}

/** One word of two to eight letters, two capitals or more and a small letter: "MeitY", "DoT", "MoHFW". */
const MIXED_CASE = /^(?=(?:\p{Ll}*\p{Lu}){2})(?=.*\p{Ll})\p{Lu}\p{L}{1,7}$/u;
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/** The word's letters, in order, are initials of the name's words from its first (a small word's initial may be used or
 *  passed over, no other word), the name's last word used, whose later letters may close the word ("MeitY": Ministry,
 *  Electronics, Information, TechnologY). */
function mixedCaseFit(word: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter((x) => x !== '');
  const w = word.toLowerCase();
  const matches = (at: number, k: number): boolean => {
    if (k >= words.length) return false;
    if (words[k][0] === w[at]) {
      if (at + 1 === w.length) return k === words.length - 1;
      if (matches(at + 1, k + 1)) return true;
      // The last letters from the rest of the last word, in order.
      if (k === words.length - 1) {
        let from = 1;
        for (const c of w.slice(at + 1)) {
          from = words[k].indexOf(c, from) + 1;
          if (from === 0) return false;
        }
        return true;
      }
    }
    return SMALL_WORDS.has(words[k]) && matches(at, k + 1);
  };
  return matches(0, 0);
}

/** The acronym's letters appear, in order, among the initials of the name's words (or of its parts). */
function initialsFit(acronym: string, name: string): boolean {
  const letters = acronym.replace(/s$/, '').replace(/[^\p{Lu}\d]/gu, '');
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w.replace(/^[^\p{L}\d]+/u, ''))
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join('');
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length || name.replace(/[^\p{Lu}\d]/gu, '').includes(letters);
}

/** Terms bound once; a term bound to two entities becomes an ambiguity. */
export function bindTerms(defs: Definition[], ambiguities: Ambiguity[]): Map<string, Definition> {
  const byTerm = new Map<string, Definition[]>();
  for (const d of defs) byTerm.set(d.term, [...(byTerm.get(d.term) ?? []), d]);
  const out = new Map<string, Definition>();
  for (const [t, ds] of byTerm) {
    const ids = [...new Set(ds.map((d) => d.id))];
    if (ids.length === 1) out.set(t, ds[0]);
    else ambiguities.push({ surface: t, locator: ds[0].locator, candidates: ids, why: 'defined for more than one entity in this document' });
  }
  return out;
}
