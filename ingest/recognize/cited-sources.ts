// The sources a sentence cites, where the document lists them: a numbered endnote ("... in January 2025.[9]", the ninth
// item of an "Endnotes" or "Notes" list) or a reference list's entry by its first author and year ("... (BIS 2025).",
// the entry "BIS (Bureau of Industry and Security) (2025). Securing ..."). A report that writes "BIS issued a final rule"
// names the rule in the source it cites for the sentence; an instrument the sentence introduces by its type word alone
// is the one instrument that source names (introducedFromSources, which index.ts takes up).
import type { Section } from '../model.ts';
import type { SentenceFindings } from './index.ts';

/** A note marker in brackets: "[9]", "[9, 10]". The splitter leaves one that follows a sentence's stop at the start of the
 *  next sentence ("... Russia.[9] Meanwhile ..." -> "[9] Meanwhile ..."): there it is the previous sentence's. */
const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;
const LEADING_MARKERS = /^(?:\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\])+/;
const NOTES_HEADING = /^(?:end\s?notes|notes)$/i;
/** "(BIS 2025)", "(Sundqvist and Mao 2025; Feng 2022)": author-year citations in brackets. */
const AUTHOR_YEAR_CITATION = /\(([^()]*?\b(?:19|20)\d{2}[a-z]?)\)/g;
const ONE_CITATION = /^\s*([\p{Lu}][\p{L}'’-]*)[^;]*?\s((?:19|20)\d{2}[a-z]?)\s*$/u;
/** An entry's lead: its authors, then the year in brackets ("Feng, Y. (2022).", "BIS (Bureau of ...) (2025)."). */
const ENTRY_LEAD = /^([\p{Lu}][\p{L}'’-]*)[\s\S]*?\(((?:19|20)\d{2}[a-z]?)\)\.\s*$/u;

/** Each sentence's locator -> the locators of the sentences of the sources it cites (none where it cites none, or cites a
 *  source the document does not list, or one two entries could be). */
export function citedSources(sections: Section[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const sec of sections) {
    if (!NOTES_HEADING.test(sec.heading.trim())) continue;
    for (const [k, p] of sec.paragraphs.filter((x) => x.item).entries()) notes.set(String(k + 1), p.sentences.map((s) => s.locator));
  }
  const entries = new Map<string, string[] | null>();
  for (const p of sections.flatMap((sec) => sec.paragraphs)) {
    const lead = ENTRY_LEAD.exec(p.sentences[0]?.text ?? '');
    if (!lead || p.sentences.length < 2) continue;
    const key = `${lead[1].toLowerCase()} ${lead[2]}`;
    entries.set(key, entries.has(key) ? null : p.sentences.map((s) => s.locator));
  }
  const out = new Map<string, string[]>();
  if (notes.size === 0 && entries.size === 0) return out;
  for (const p of sections.flatMap((sec) => sec.paragraphs)) {
    p.sentences.forEach((s, k) => {
      const cited: string[] = [];
      const own = s.text.replace(LEADING_MARKERS, '');
      const next = LEADING_MARKERS.exec(p.sentences[k + 1]?.text ?? '')?.[0] ?? '';
      for (const m of `${own} ${next}`.matchAll(MARKER)) for (const n of m[1].split(',')) cited.push(...(notes.get(n.trim()) ?? []));
      for (const m of own.matchAll(AUTHOR_YEAR_CITATION)) {
        for (const part of m[1].split(';')) {
          const c = ONE_CITATION.exec(part);
          if (c) cited.push(...(entries.get(`${c[1].toLowerCase()} ${c[2]}`) ?? []));
        }
      }
      if (cited.length) out.set(s.locator, cited);
    });
  }
  return out;
}

/** The works' titles in a reference list: the sentence after an entry's lead ("Feng, Y. (2022).") that opens its paragraph
 *  ("Cross-Border Data Rules after the PIPL."), by locator -> the locators of the entry's other sentences. */
export function referenceTitles(sections: Section[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of sections.flatMap((sec) => sec.paragraphs)) {
    if (p.sentences.length >= 2 && ENTRY_LEAD.test(p.sentences[0].text)) out.set(p.sentences[1].locator, p.sentences.filter((_, k) => k !== 1).map((s) => s.locator));
  }
  return out;
}

/** Each instrument introduced by its type word alone ("a final rule": instruments.ts introduced) -> the one instrument the
 *  sources its sentence cites name, where every sentence that introduces it cites sources naming that one instrument and no
 *  other (an introduced word is local to its document, so two rules introduced alike share it: both must agree). */
export function introducedFromSources(sentences: SentenceFindings[], sources: Map<string, string[]>): Map<string, string> {
  if (sources.size === 0) return new Map();
  const byLocator = new Map(sentences.map((s) => [s.sentence.locator, s]));
  const targets = new Map<string, Set<string | null>>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const described = m.via === 'instrument:thing-rule';
      if (m.via !== 'instrument:introduced' && !described) continue;
      const cited = sources.get(s.sentence.locator) ?? [];
      // A register's or code's citation in the entry beside a named instrument cites that instrument ("Harbour Crane
      // Telemetry Security Rule. Final rule. 91 Fed. Reg. 12345."): the named ones count first.
      const laws = cited.flatMap((l) => (byLocator.get(l)?.mentions ?? []).filter((x) => x.label === 'Law' && x.id !== m.id));
      const named = laws.filter((x) => !x.procedural);
      const ids = new Set((named.length ? named : laws).map((x) => x.id));
      // A rule described by its technology ("the connected vehicles rule"), written in several sentences, is the one
      // instrument its cited notes name where they name one; a note naming none or several says nothing of it.
      if (described && ids.size !== 1) continue;
      targets.set(m.id, (targets.get(m.id) ?? new Set()).add(ids.size === 1 ? [...ids][0] : null));
    }
  }
  const out = new Map<string, string>();
  for (const [id, to] of targets) if (to.size === 1 && !to.has(null)) out.set(id, [...to][0] as string);
  return out;
}

/** "Pub. L. 115-232, § 889": a Public Law's citation with the section the note cites of it. */
const NOTED_SECTION = /^\s*,\s*§+\s*(\d{1,4}[A-Z]{0,2})\b/u;
/** "Section 889 of the ", "section 1709 of ": the section a sentence cites of the name right after. */
const SECTION_OF = /\b[Ss]ection\s+(\d{1,4}[A-Z]{0,2})(?:\([\w]{1,4}\))*\s+of\s+(?:the\s+)?$/u;

/**
 * "Section 889 of the Harbour Defence Act for Fiscal Year 2031 bars ...[6]", note 6 "Pub. L. 131-232, § 889.": a Public
 * Law's citation in the note a sentence cites, with a section number, is the act the sentence cites that section of; the
 * note gives the act's number where the body gives its name, and the section ties the two. Public Law citation id -> the
 * act's id, only where every sentence citing that note with that section names one act of that section.
 */
export function notedActCitations(sentences: SentenceFindings[], sources: Map<string, string[]>): Map<string, string> {
  if (sources.size === 0) return new Map();
  const byLocator = new Map(sentences.map((s) => [s.sentence.locator, s]));
  const targets = new Map<string, Set<string | null>>();
  for (const s of sentences) {
    const cited = sources.get(s.sentence.locator);
    if (!cited) continue;
    // The acts this sentence cites a section of, by section.
    const acts = new Map<string, Set<string>>();
    for (const m of s.mentions) {
      if (m.label !== 'Law' || m.procedural) continue;
      const section = SECTION_OF.exec(s.sentence.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
      if (section) acts.set(section, (acts.get(section) ?? new Set()).add(m.id));
    }
    if (acts.size === 0) continue;
    for (const l of cited) {
      const note = byLocator.get(l);
      for (const m of note?.mentions ?? []) {
        if (m.via !== 'instrument:public-law') continue;
        const section = NOTED_SECTION.exec(note!.sentence.text.slice(m.end))?.[1];
        const of = section ? acts.get(section) : undefined;
        if (of) targets.set(m.id, (targets.get(m.id) ?? new Set()).add(of.size === 1 ? [...of][0] : null));
      }
    }
  }
  const out = new Map<string, string>();
  for (const [id, to] of targets) if (to.size === 1 && !to.has(null) && [...to][0] !== id) out.set(id, [...to][0] as string);
  return out;
}
