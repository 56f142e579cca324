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
      if (m.via !== 'instrument:introduced') continue;
      const cited = sources.get(s.sentence.locator) ?? [];
      // A register's or code's citation in the entry beside a named instrument cites that instrument ("Harbour Crane
      // Telemetry Security Rule. Final rule. 91 Fed. Reg. 12345."): the named ones count first.
      const laws = cited.flatMap((l) => (byLocator.get(l)?.mentions ?? []).filter((x) => x.label === 'Law' && x.id !== m.id));
      const named = laws.filter((x) => !x.procedural);
      const ids = new Set((named.length ? named : laws).map((x) => x.id));
      targets.set(m.id, (targets.get(m.id) ?? new Set()).add(ids.size === 1 ? [...ids][0] : null));
    }
  }
  const out = new Map<string, string>();
  for (const [id, to] of targets) if (to.size === 1 && !to.has(null)) out.set(id, [...to][0] as string);
  return out;
}
