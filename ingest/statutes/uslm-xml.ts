// United States Code in USLM 1.0 XML (Office of the Law Revision Counsel): one <section> per file as
// mirrors slice it, or a whole <uscDoc> title; every top-level <section> becomes a provision
// (`sec_1601`, number "1601", heading). Levels below it render as text and SubProvisions
// (uslm-text.ts). <sourceCredit> gives the dates: the first entry enacts the section, each later one
// amends it, each kept verbatim. <notes>: a note that sets out another law's text (a <quotedContent>
// whose origin is a public law or act) becomes provisions of that law (EmbeddedLaw, locators
// `pl118-159.sec_1709`); other notes (references in text, amendments, short titles of codified
// acts…) stay notes: provisions of kind `note`, apart from the section's text. Sections of one title
// and enacting law (or chapter, when the file says it) are one expression, keyed from the XML's
// metadata and identifiers, never from file names.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { EmbeddedLaw, Expression, LawCitation, ParsedStatute, Provision, SourceFile, StatuteDates } from '../model.ts';
import { collapseSpaces } from '../text/clean.ts';
import { englishDate, isoDate, longEnglishDate } from '../text/dates.ts';
import { checkDepth, childTags, headingOf, inlineText, isTag, LevelText, printedNum, renderChildren } from './uslm-text.ts';

const USLM_NS = 'http://xml.house.gov/schemas/uslm/1.0';
/** Notes whose quotations are old or amending text, never a law set out in full. */
const NOT_SET_OUT = new Set(['amendments', 'referencesInText', 'codification', 'priorProvisions']);

export function looksLikeUslm(text: string): boolean {
  const head = text.slice(0, 4000);
  return head.includes(USLM_NS) || /<(?:uscDoc|section)\b[^>]*\bidentifier="\/us\/usc\//.test(head);
}

/** The name of the document element, after the XML declaration and comments. */
function rootName(text: string): string | undefined {
  return /^(?:\s*<\?[^>]*\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*\s*<([A-Za-z][\w:.-]*)/.exec(text)?.[1];
}

export function parseUslm(file: SourceFile): ParsedStatute {
  const root = rootName(file.text);
  if (!root) throw new DocumentError(file.path, 'no XML document element');
  // The XML parser forgives a missing end; a cut-off file would give a cut-off last section.
  if (!new RegExp(`</${root}>\\s*$`).test(file.text)) throw new DocumentError(file.path, `truncated: the file does not end with </${root}>`);
  const $ = cheerio.load(file.text, { xml: { xmlMode: true, decodeEntities: true } });
  const found = topSections(file.path, $.root()[0] as unknown as Element, []);
  if (!found.length) throw new DocumentError(file.path, 'no <section> element');
  const meta = metadata($, file.path, found[0].el);
  const provisions: Provision[] = [];
  const embedded = new Map<string, EmbeddedLaw>();
  const warnings: string[] = [];
  const seen = new Set<string>();
  let credit: ReturnType<typeof sourceCredit> = { dates: { amendments: [], lines: [] } };
  for (const [i, s] of found.entries()) {
    const p = sectionProvision(file.path, s.el, s.context, warnings);
    if (seen.has(p.locator)) throw new DocumentError(file.path, `duplicate section ${p.number}`);
    seen.add(p.locator);
    provisions.push(p, ...readNotes(file.path, s.el, p, embedded, warnings));
    const sc = childTags(s.el, 'sourceCredit')[0];
    if (i === 0 && sc) credit = sourceCredit(file.path, sc);
  }
  const sections = provisions.filter((p) => p.kind === 'section');
  const first = sections[0] as Provision;
  const expression = expressionOf(meta, credit.law);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title: sections.length === 1 ? `${meta.title} U.S.C. ${first.number}${first.heading ? `: ${first.heading}` : ''}` : (expression.title ?? file.entry.title),
    language: file.entry.language,
    // One file, one section: its source credit dates it. (Several sections: the first one's.)
    dates: credit.dates,
    provisions,
    ...(credit.law ? { law: credit.law } : {}),
    expression,
    ...(embedded.size ? { embedded: [...embedded.values()] } : {}),
    warnings,
  };
}

// ------------------------------------------------------------------------------ sections

interface Found {
  el: Element;
  /** Headings of the chapter and subchapter around it, where the file has them. */
  context: { chapter?: string; subchapter?: string };
}

/** Sections of the Code itself: not those quoted in notes or in other sections. */
function topSections(file: string, node: Element, path: Element[]): Found[] {
  checkDepth(file, path.length);
  const out: Found[] = [];
  for (const child of node.children) {
    if (!isTag(child) || child.name === 'quotedContent' || child.name === 'notes' || child.name === 'meta') continue;
    if (child.name === 'section') {
      const named = (name: string) => path.find((a) => a.name === name);
      out.push({ el: child, context: { chapter: levelTitle(named('chapter')), subchapter: levelTitle(named('subchapter')) } });
    } else {
      out.push(...topSections(file, child, [...path, child]));
    }
  }
  return out;
}

function levelTitle(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const [num, heading] = ['num', 'heading'].map((n) => {
    const x = childTags(el, n)[0];
    return x ? collapseSpaces(inlineText('', x)) : '';
  });
  // "CHAPTER 15—" runs on into its heading.
  const t = num && heading ? `${num}${num.endsWith('—') ? '' : ' '}${heading}` : num || heading;
  return t || undefined;
}

function sectionProvision(file: string, el: Element, context: Found['context'], warnings: string[]): Provision {
  const value = childTags(el, 'num')[0]?.attribs.value?.trim();
  if (!value) throw new DocumentError(file, `a <section> has no <num value="…"> (identifier ${el.attribs.identifier ?? 'none'})`);
  const locator = `sec_${value.replace(/\s+/g, '_')}`;
  const t = new LevelText(file);
  renderChildren(t, el, locator, 0, undefined);
  const { text, paragraphs } = t.finish();
  for (const d of t.duplicates) warnings.push(`${d}: number repeats within its parent; later ones suffixed _2, _3`);
  // Repealed, omitted or transferred sections print only a heading that says so.
  if (!text && !el.attribs.status) throw new DocumentError(file, `section ${value} has no text`);
  const p: Provision = { locator, kind: 'section', number: value, order: sectionOrder(value), text, paragraphs };
  const heading = headingOf(file, el);
  if (heading) p.heading = heading;
  if (context.chapter) p.chapter = context.chapter;
  if (context.subchapter) p.section = context.subchapter;
  return p;
}

/** "1601" -> 1601, "1601a" -> 1601 (the sequence guards do not apply: the Code skips numbers). */
function sectionOrder(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

// ------------------------------------------------------------------------------ notes

/** The section's notes: other laws set out in full go to `embedded`; the rest are returned as notes. */
function readNotes(file: string, section: Element, owner: Provision, embedded: Map<string, EmbeddedLaw>, warnings: string[]): Provision[] {
  const out: Provision[] = [];
  for (const notes of childTags(section, 'notes')) {
    for (const note of childTags(notes, 'note')) {
      if (note.attribs.role === 'crossHeading') continue;
      const quote = NOT_SET_OUT.has(note.attribs.topic ?? '') ? undefined : setOutLaw(note);
      if (quote) {
        addEmbedded(file, note, quote, embedded, warnings);
        continue;
      }
      const locator = `${owner.locator}.note_${out.length + 1}`;
      const t = new LevelText(file);
      renderChildren(t, note, locator, 0, undefined);
      const { text } = t.finish();
      if (!text) continue;
      const p: Provision = { locator, kind: 'note', number: `${owner.number} note`, order: out.length + 1, text, paragraphs: [] };
      const heading = headingOf(file, note);
      if (heading) p.heading = heading;
      out.push(p);
    }
  }
  return out;
}

interface SetOut {
  quote: Element;
  law: LawCitation;
  /** The origin path after the law: ["dA", "tXVII", "s1709"]. */
  rest: string[];
}

/** The law a note sets out: a quotation whose origin is a law, holding sections or naming one. */
function setOutLaw(note: Element): SetOut | undefined {
  const quote = descendants(note).find((e) => e.name === 'quotedContent' && e.attribs.origin);
  const origin = quote ? lawOfPath(quote.attribs.origin as string) : undefined;
  if (!quote || !origin) return undefined;
  const addressable = childTags(quote, 'section').length > 0 || origin.rest.some((x) => /^s\w/.test(x));
  return addressable ? { quote, ...origin } : undefined;
}

/** Every element below `el`, in document order (no recursion: any depth is safe here). */
function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const stack = childTags(el).reverse();
  while (stack.length) {
    const next = stack.pop() as Element;
    out.push(next);
    stack.push(...childTags(next).reverse());
  }
  return out;
}

/** The quoted law's provisions, under its own locators, with the note's citation line as evidence of the version. */
function addEmbedded(file: string, note: Element, s: SetOut, embedded: Map<string, EmbeddedLaw>, warnings: string[]): void {
  const citing = s.quote.parent as Element;
  const tokens = creditTokens(file, citing.children.filter((c) => c !== s.quote && !(isTag(c) && c.name === 'heading')));
  const line = collapseSpaces(tokens.map((k) => k.text).join(''));
  const enacted = s.law.enacted ?? tokens.find((k) => k.date)?.date;
  const title = collapseSpaces(tokens.find((k) => k.href && lawOfPath(k.href))?.text.split(',')[0] ?? s.law.citation);
  const law = embedded.get(s.law.key) ?? { ...s.law, ...(enacted ? { enacted } : {}), title, lines: [], provisions: [] };
  embedded.set(s.law.key, law);
  law.lines.push(line);
  const prefix = s.law.key.replace('-', '');
  const add = (p: Provision): void => {
    // The same section set out twice (under two notes) is one provision.
    if (law.provisions.some((q) => q.locator === p.locator)) warnings.push(`${p.locator}: set out again in note "${headingOf(file, note) ?? ''}"; first kept`);
    else law.provisions.push(p);
  };
  const sections = childTags(s.quote, 'section');
  if (sections.length) {
    for (const sec of sections) add(quotedSection(file, sec, prefix, law.provisions.length));
    return;
  }
  const at = s.rest.findIndex((x) => /^s\w/.test(x));
  const number = (s.rest[at] as string).slice(1);
  const locator = [`${prefix}.sec_${number}`, ...s.rest.slice(at + 1)].join('.');
  const t = new LevelText(file, true);
  renderChildren(t, s.quote, locator, 0, undefined);
  const { text, paragraphs } = t.finish();
  const p: Provision = { locator, kind: 'section', number, order: sectionOrder(number), text, paragraphs };
  const heading = headingOf(file, note);
  if (heading) p.heading = heading;
  add(p);
}

function quotedSection(file: string, sec: Element, prefix: string, index: number): Provision {
  const value = childTags(sec, 'num')[0]?.attribs.value?.trim() || printedNum(file, sec).replace(/^(?:SECTION|SEC\.)\s*|\.$/gi, '') || String(index + 1);
  const locator = `${prefix}.sec_${value}`;
  const t = new LevelText(file, true);
  renderChildren(t, sec, locator, 0, undefined);
  const { text, paragraphs } = t.finish();
  const p: Provision = { locator, kind: 'section', number: value, order: sectionOrder(value), text, paragraphs };
  const heading = headingOf(file, sec);
  if (heading) p.heading = heading;
  return p;
}

/** A law from a USLM path: /us/pl/118/159/… (public law), /us/act/1934-06-19/ch652/… (older acts by chapter). */
export function lawOfPath(path: string): { law: LawCitation; rest: string[] } | undefined {
  const [jurisdiction, kind, a, b, ...rest] = path.split('/').filter(Boolean);
  if (!jurisdiction || !a || !b) return undefined;
  if (kind === 'pl' && /^\d+$/.test(a) && /^\d+$/.test(b)) {
    return { law: { key: `pl-${a}-${b}`, citation: `Pub. L. ${a}-${b}`, jurisdiction }, rest };
  }
  const enacted = isoDate(a);
  if (kind === 'act' && enacted && /^ch\w+$/.test(b)) {
    return { law: { key: `act-${a}-${b}`, citation: `Act of ${longEnglishDate(enacted)}, ch. ${b.slice(2)}`, jurisdiction, enacted }, rest };
  }
  return undefined;
}

// ------------------------------------------------------------------------------ source credits

interface Token {
  text: string;
  href?: string;
  date?: string;
}

/** Inline content as text pieces, refs and dates marked (a <date> without a valid @date is read from its words). */
function creditTokens(file: string, nodes: AnyNode[], depth = 0): Token[] {
  checkDepth(file, depth);
  const out: Token[] = [];
  for (const n of nodes) {
    if (isTag(n) && n.name === 'ref') out.push({ text: inlineText(file, n), href: n.attribs.href });
    else if (isTag(n) && n.name === 'date') {
      const text = inlineText(file, n);
      out.push({ text, date: isoDate(n.attribs.date) ?? englishDate(text)?.date });
    } else if (isTag(n)) out.push(...creditTokens(file, n.children, depth + 1));
    else out.push({ text: inlineText(file, n) });
  }
  return out;
}

/** "(Pub. L. 116–124, § 4, Mar. 12, 2020, …; Pub. L. 116–260, …, Dec. 27, 2020, ….)" -> enactment, amendments, enacting law. */
function sourceCredit(file: string, el: Element): { dates: StatuteDates; law?: LawCitation } {
  const entries: Token[][] = [[]];
  for (const k of creditTokens(file, el.children)) {
    if (k.href || k.date) {
      (entries.at(-1) as Token[]).push(k);
      continue;
    }
    const parts = k.text.split(';');
    for (const [i, part] of parts.entries()) {
      if (i > 0) entries.push([]);
      (entries.at(-1) as Token[]).push({ text: part });
    }
  }
  const dates: StatuteDates = { amendments: [], lines: [] };
  let law: LawCitation | undefined;
  for (const [i, entry] of entries.entries()) {
    const line = collapseSpaces(entry.map((k) => k.text).join('')).replace(/^\(/, '').replace(/\.?\)\.?$/, '');
    if (!line) continue;
    // "…, § 230, as added Pub. L. 104–104, …, Feb. 8, 1996": the section dates from its last date.
    const date = entry.filter((k) => k.date).at(-1)?.date ?? englishDate(line)?.date;
    dates.lines.push(line);
    if (i === 0) {
      dates.adopted = date;
      law = enactingLaw(entry);
    } else if (date) dates.amendments.push({ date, kind: 'amended', line });
  }
  return { dates, ...(law ? { law } : {}) };
}

/** The law of the first reference in the entry, dated by the date that follows it. */
function enactingLaw(entry: Token[]): LawCitation | undefined {
  const i = entry.findIndex((k) => k.href && lawOfPath(k.href));
  if (i === -1) return undefined;
  const { law } = lawOfPath(entry[i].href as string) as { law: LawCitation };
  const enacted = law.enacted ?? entry.slice(i + 1).find((k) => k.date)?.date;
  return enacted ? { ...law, enacted } : law;
}

// ------------------------------------------------------------------------------ expression

interface Meta {
  /** Title number: "47". */
  title: string;
  chapter?: string;
  /** The file holds several chapters: its text is the title's. */
  chapters: number;
  releasePoint?: string;
  date?: string;
}

/** Title from the section's identifier (/us/usc/t47/s1601) or <docNumber>; release point and date from <meta>. */
function metadata($: cheerio.CheerioAPI, file: string, section: Element): Meta {
  const id = /^\/us\/usc\/t(\w+)\//.exec(section.attribs.identifier ?? '');
  const title = id?.[1] ?? collapseSpaces($('meta > docNumber').first().text());
  if (!title) throw new DocumentError(file, 'no title number: neither an identifier /us/usc/t<N>/… nor <docNumber>');
  // A file of one chapter is that chapter's text; a file of several is keyed by its title alone.
  const chapters = $('chapter').toArray();
  const chapter = chapters.length === 1 ? /\/ch(\w+)$/.exec(chapters[0]?.attribs.identifier ?? '')?.[1] : undefined;
  const releasePoint = /@(\d+-\d+\w*)/.exec($('meta > docPublicationName').first().text())?.[1];
  const date = isoDate(collapseSpaces($('meta > dcterms\\:created').first().text()).slice(0, 10));
  return { title, chapters: chapters.length, ...(chapter ? { chapter } : {}), ...(releasePoint ? { releasePoint } : {}), ...(date ? { date } : {}) };
}

/** One codified text: title + chapter (else the enacting law) + release point. */
function expressionOf(meta: Meta, law: LawCitation | undefined): Expression {
  const part = meta.chapter ? `ch${meta.chapter}` : meta.chapters > 1 ? undefined : law?.key;
  const key = [`usc-t${meta.title}`, part].filter(Boolean).join('-') + (meta.releasePoint ? `@${meta.releasePoint}` : '');
  const what = meta.chapter ? `${meta.title} U.S.C. ch. ${meta.chapter}` : part ? `${meta.title} U.S.C., sections enacted by ${law?.citation}` : `${meta.title} U.S.C.`;
  const title = what + (meta.releasePoint ? ` (release point ${meta.releasePoint})` : '');
  return { key, title, ...(law?.enacted ? { adopted: law.enacted } : {}), ...(meta.date ? { date: meta.date } : {}) };
}
