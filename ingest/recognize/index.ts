// Recognition over a parsed report: catalog mentions (with acronyms the document defines), unknown
// organisation-like candidates and law citations, per sentence.
import type { ParsedReport, Sentence } from '../model.ts';
import type { LearnedAcronym } from './acronyms.ts';
import { learnAcronyms } from './acronyms.ts';
import type { Candidate } from './candidates.ts';
import { findCandidates } from './candidates.ts';
import type { Citation } from './citations.ts';
import { findCitations } from './citations.ts';
import type { Matcher, Mention } from './matcher.ts';

export interface SentenceFindings {
  sentence: Sentence;
  section: string;
  mentions: Mention[];
  citations: Citation[];
  unmatchedCitations: Citation[];
}

export interface Recognition {
  sentences: SentenceFindings[];
  learned: LearnedAcronym[];
  candidates: Candidate[];
}

export function recognise(report: ParsedReport, matcher: Matcher): Recognition {
  const all = report.sections.flatMap((sec) => sec.paragraphs.flatMap((p) => p.sentences.map((s) => ({ s, sec }))));
  const { learned, candidates: acronymCandidates } = learnAcronyms(all.map(({ s }) => s), matcher);
  const m = learned.length ? matcher.withAcronyms(learned) : matcher;
  const sentences: SentenceFindings[] = [];
  const candidates = new Map<string, Candidate>();
  for (const c of acronymCandidates) candidates.set(c.name, c);
  for (const { s, sec } of all) {
    let mentions = m.find(s.text);
    const found = findCandidates(s.text, s.locator, mentions);
    const swallowed = new Set(found.flatMap((c) => c.swallows ?? []));
    if (swallowed.size) mentions = mentions.filter((x) => !swallowed.has(x));
    const { citations, unmatched } = findCitations(s.text, mentions);
    for (const c of found) if (!candidates.has(c.name)) candidates.set(c.name, c);
    sentences.push({ sentence: s, section: sec.heading, mentions, citations, unmatchedCitations: unmatched });
  }
  return { sentences, learned, candidates: [...candidates.values()] };
}

export type { Candidate, Citation, LearnedAcronym, Mention };
export { Matcher } from './matcher.ts';
