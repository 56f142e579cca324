// Acronyms a document defines for itself: "China Communications Standards Association (CCSA)". When the long
// form is a catalog entity, the acronym is learned for this document only; when it is not, the pair becomes a
// candidate (never merged).
import type { Candidate } from './candidates.ts';
import { CANDIDATE_CONFIDENCE } from './candidates.ts';
import type { MatchEntity, Matcher, Mention } from './matcher.ts';

export interface LearnedAcronym {
  acronym: string;
  entity: MatchEntity;
  /** Where it was defined. */
  locator: string;
}

const DEFINITION = /\(\s*([\p{Lu}][\p{L}\p{N}&.-]{1,9}?)(s?)\s*\)/gu;
const SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&', 'de']);

export function learnAcronyms(
  sentences: { text: string; locator: string }[],
  matcher: Matcher,
): { learned: LearnedAcronym[]; candidates: Candidate[] } {
  const byId = new Map(matcher.entities.map((e) => [e.id, e]));
  const learned = new Map<string, LearnedAcronym>();
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const mentions = matcher.find(s.text);
    for (const m of s.text.matchAll(DEFINITION)) {
      const acronym = m[1];
      if (!/[\p{Lu}].*[\p{Lu}\p{N}]/u.test(acronym)) continue; // needs two capitals or digits: "(CCSA)", not "(Beijing)"
      const before = s.text.slice(0, m.index).replace(/\s+$/, '');
      const entity = longFormEntity(before, mentions, byId);
      if (entity) {
        const known = entity.surfaces.some((x) => x.text === acronym);
        if (!known && !learned.has(acronym)) learned.set(acronym, { acronym, entity, locator: s.locator });
        continue;
      }
      const long = initialsMatch(before, acronym);
      if (long && /^\p{Lu}/u.test(long)) {
        candidates.push({ name: long, acronym, locator: s.locator, confidence: CANDIDATE_CONFIDENCE });
      }
    }
  }
  return { learned: [...learned.values()], candidates };
}

/** The catalog entity whose mention ends right before the parenthesis. */
function longFormEntity(before: string, mentions: Mention[], byId: Map<string, MatchEntity>): MatchEntity | undefined {
  const m = mentions.find((x) => x.end === before.length);
  return m ? byId.get(m.id) : undefined;
}

/** The shortest run of preceding words whose initials spell the acronym ("Belt and Road Initiative" = BRI). */
function initialsMatch(before: string, acronym: string): string | undefined {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  const words = before.split(/\s+/);
  for (let n = 1; n <= Math.min(words.length, letters.length + 4); n++) {
    const run = words.slice(words.length - n);
    const initials = run.filter((w) => !SKIP.has(w.toLowerCase())).map((w) => w[0]?.toUpperCase()).join('');
    if (initials === letters && !SKIP.has(run[0].toLowerCase())) return run.join(' ');
  }
  return undefined;
}
