// A section named alone stands for the act the document cites it of: "USTR maintains duties under Section 301 of the
// Trade Act of 1974 ... The Section 301 tariffs also cover ..." names the Trade Act twice. The bare section is a Law of
// its own (grammar/instruments.yaml section-measure) only where the document cites no act with that section number,
// or cites it of two acts (then neither is guessed).

import { grammar } from './grammar.ts';

interface Mention {
  id: string;
  label: string;
  surface: string;
  start: number;
  procedural?: boolean;
}

const CITED_OF = /\b[Ss]ection\s+(\d{1,4}[A-Z]{0,2})\s+of\s+(?:the\s+)?$/u;
const BARE = /^[Ss]ection\s+(\d{1,4}[A-Z]{0,2})$/u;

/** Each bare section's id -> the act the document cites that section of (one act only). */
export function sectionActs(sentences: { text: string; mentions: Mention[] }[]): Map<string, string> {
  const actsOf = new Map<string, Set<string>>();
  for (const { text, mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== 'Law' || m.procedural) continue;
      const cited = CITED_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (cited) actsOf.set(cited[1], (actsOf.get(cited[1]) ?? new Set<string>()).add(m.id));
    }
  }
  const out = new Map<string, string>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      const bare = m.label === 'Law' ? BARE.exec(m.surface) : null;
      const acts = bare ? actsOf.get(bare[1]) : undefined;
      if (acts?.size === 1 && !acts.has(m.id)) out.set(m.id, [...acts][0]);
    }
  }
  return out;
}

/** "Section 5(a) of the ", "section 12 of this ": a section with its subsections, cited of the name after it. */
const CITED_OF_SUBSECTIONS = /\b[Ss]ection\s+(\d{1,4}[A-Z]{0,2})(?:\([\w]{1,4}\))*\s+of\s+(?:the\s+)?$/u;
/** A section written alone with one subsection or more ("Section 5(b)", "section 5(a)"), not cited of an act after it
 *  (a bare "Section 301" is the measure-noun form, read by sectionActs). */
const BARE_SUBSECTIONS = /\b[Ss]ection\s+(\d{1,4}[A-Z]{0,2})((?:\([\w]{1,4}\))+)(?![\w(])(?!\s+of\b)/gu;

/**
 * A report that cites a section of one act with its subsections ("Section 5(a) of the Act prohibits ...", "Section 5(c)
 * of the Act defines ...") names that act by the section written alone, "Section 5(b) prohibits ...": the bare section,
 * as a term of the document, is the act, wherever the sentence's own names leave its place free. Not where the document
 * cites that section number of two acts, nor in an instrument, whose bare sections are its own.
 */
export function bareSectionTerms(sentences: { text: string; locator: string; mentions: Mention[] }[]): { term: string; id: string; locator: string; acronym: boolean }[] {
  const actsOf = new Map<string, Set<string>>();
  for (const { text, mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== 'Law' || m.procedural) continue;
      const cited = CITED_OF_SUBSECTIONS.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (cited) actsOf.set(cited[1], (actsOf.get(cited[1]) ?? new Set<string>()).add(m.id));
    }
  }
  const out = new Map<string, { term: string; id: string; locator: string; acronym: boolean }>();
  for (const { text, locator } of sentences) {
    for (const b of text.matchAll(BARE_SUBSECTIONS)) {
      const acts = actsOf.get(b[1]);
      if (acts?.size === 1 && !out.has(b[0])) out.set(b[0], { term: b[0], id: [...acts][0], locator, acronym: false });
    }
  }
  return [...out.values()];
}

/** "Section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019": a law whose own name is a
 *  section "of" another law's name. */
const SECTION_NAME = /^[Ss]ection\s+\d{1,4}[A-Z]{0,2}(?:\([\w]{1,4}\))*\s+of\s+(?:the\s+)?(.+)$/u;

/** Each law named as a section of an act (a catalog entry kept apart for the section's own facts) -> that act, where the
 *  document names the act as a law of its own too ("Pub. L. 115-232", the act's title in an endnote): a section of an act
 *  is that act (../shared/docs/evaluation.md), and one instrument cited in two forms is one entity, not two. Where the
 *  document names the section alone, it stays what it is. */
export function sectionsOfNamedActs(laws: { id: string; label: string; name: string }[]): Map<string, string> {
  const byName = new Map(laws.filter((e) => e.label === 'Law').map((e) => [e.name.toLowerCase(), e.id]));
  const out = new Map<string, string>();
  for (const e of laws) {
    const act = e.label === 'Law' ? SECTION_NAME.exec(e.name)?.[1] : undefined;
    const to = act ? byName.get(act.toLowerCase()) : undefined;
    if (to && to !== e.id) out.set(e.id, to);
  }
  return out;
}

/** A numbered part of an instrument written alone ("Schedule 2", "Annex IV", "Part 3"), not cited "of"/"to" a name after
 *  it, nor itself a word of a longer capitalised name; and a part cited of the name after it ("Schedule 2 to the ",
 *  "Annex IV of "). The part words are the grammar's (instruments.yaml self.numbered-parts). */
function partPatterns(): { bare: RegExp; citedOf: RegExp } {
  const words = grammar().selfReference['numbered-parts'].join('|');
  const num = String.raw`\d{1,3}[A-Z]?|[IVXL]{1,6}`;
  return {
    bare: new RegExp(String.raw`\b(?:${words})\s+(?:${num})\b(?![(\w])(?!\s+(?:of|to)\s)`, 'gu'),
    citedOf: new RegExp(String.raw`\b(${words})\s+(${num})\s+(?:of|to)\s+(?:the\s+|this\s+|that\s+)?$`, 'u'),
  };
}
let parts: { bare: RegExp; citedOf: RegExp } | undefined;

/**
 * A report whose title names one instrument and no other ("Comments on the draft Strategic Goods (Screening) Regulations
 * 2026") is about that instrument, and a part of it written alone ("Schedule 2 lists X", "Schedule 3 goes furthest. It
 * covers Y") names it: a part of an instrument is that instrument (../shared/docs/evaluation.md), as a bare section is the
 * act the report cites it of (bareSectionTerms). Not where the report cites a part of that word and number of another
 * instrument ("Annex II to the Machinery Regulation"), nor in an instrument, whose parts are its own, nor in a report whose
 * title names no instrument or two (its "Annex 2" is as likely its own).
 */
export function bareInstrumentPartTerms(sentences: { text: string; locator: string; mentions: Mention[] }[], title: string | undefined): { term: string; id: string; locator: string; acronym: boolean }[] {
  const head = title?.trim();
  const titled = head ? sentences.find((s) => s.text.trim() === head) : undefined;
  const inTitle = new Set(titled?.mentions.filter((m) => m.label === 'Law' && !m.procedural).map((m) => m.id) ?? []);
  if (!titled || inTitle.size !== 1 || titled.mentions.some((m) => m.label === 'Authority' && !inTitle.has(m.id))) return [];
  const id = [...inTitle][0] as string;
  parts ??= partPatterns();
  const { bare, citedOf } = parts;
  const citedOfOther = new Set<string>();
  for (const { text, mentions } of sentences) {
    for (const m of mentions) {
      const cited = m.label === 'Law' && m.id !== id ? citedOf.exec(text.slice(Math.max(0, m.start - 40), m.start)) : null;
      if (cited) citedOfOther.add(`${cited[1]} ${cited[2]}`);
    }
  }
  const out = new Map<string, { term: string; id: string; locator: string; acronym: boolean }>();
  for (const { text, locator, mentions } of sentences) {
    for (const p of text.matchAll(bare)) {
      const start = p.index ?? 0;
      const inside = mentions.some((m) => m.start < start + p[0].length && start < m.start + m.surface.length);
      if (!inside && !citedOfOther.has(p[0]) && !out.has(p[0])) out.set(p[0], { term: p[0], id, locator, acronym: false });
    }
  }
  return [...out.values()];
}
