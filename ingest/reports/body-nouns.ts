// "the bureau", "the commission": a report's name for a public body it named before by the body's head noun. The
// recognizer binds such a noun document-wide only where the document names one body of that head (short-names.ts
// headNounNames); a report on several bureaus or commissions writes "the bureau" for the one it last named ("BIS
// blacklisted X ... In the same notice the bureau put Y on the Entity List"; later "the FCC's Enforcement Bureau").
// Here the noun takes up, as an actor of the sentence, the nearest body before it whose name has that head (or one of
// the heads the data lets it stand for: "the agency" for a commission). Actors only, never objects or entities.
import type { Mention } from '../recognize/matcher.ts';
import { authorityHead } from '../recognize/short-names.ts';

export const BODY_NOUN = 'anaphora:body-noun';

/** Per noun (lower case), the heads of the bodies it may stand for. */
export type BodyNouns = Record<string, string[]>;

/** The public bodies a document has named so far, in order, with the heads of every name each was written with. */
export class NamedBodies {
  private readonly order: Mention[] = [];
  private readonly heads = new Map<string, Set<string>>();

  add(m: Mention): void {
    if (m.label !== 'Authority') return;
    const head = authorityHead(m.surface);
    if (head) this.heads.set(m.id, (this.heads.get(m.id) ?? new Set<string>()).add(head));
    // The same body named again moves to the end; the list holds each body once.
    const at = this.order.findIndex((x) => x.id === m.id);
    if (at >= 0) this.order.splice(at, 1);
    this.order.push(m);
  }

  /** The last body named whose names have one of `heads`, among `before` (the sentence's own, first) and the earlier
   *  ones (each body once, at its last naming). */
  latest(heads: string[], before: Mention[]): Mention | undefined {
    const named = (m: Mention): boolean => heads.some((h) => this.heads.get(m.id)?.has(h));
    return before.findLast((m) => m.label === 'Authority' && (named(m) || heads.includes(authorityHead(m.surface) ?? ''))) ?? this.order.findLast(named);
  }
}

/** "the bureau" (lower case, no possessive: "the department's Bureau of ..." names its parent), where no mention covers
 *  it, as the body it takes up: a subject mention in its place. */
export function bodyNounSubjects(text: string, from: number, own: Mention[], nouns: BodyNouns, named: NamedBodies): Mention[] {
  const out: Mention[] = [];
  for (const m of text.slice(from).matchAll(NOUN)) {
    const heads = nouns[m[1]];
    if (!heads) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (own.some((x) => x.start < end && start < x.end)) continue;
    const body = named.latest(heads, own.filter((x) => x.end <= start));
    if (body) out.push({ ...body, start, end, surface: text.slice(start, end), via: BODY_NOUN });
  }
  return out;
}

/** A definite lower-case noun, not a possessor. */
const NOUN = /\b[Tt]he\s+([a-z]+)\b(?!['’]s?\b)/g;
