// "the bureau", "the commission": a report's name for a public body it named before by the body's head noun. The
// recognizer binds such a noun document-wide only where the document names one body of that head (short-names.ts
// headNounNames); a report on several bureaus or commissions writes "the bureau" for the one it last named ("BIS
// blacklisted X ... In the same notice the bureau put Y on the Entity List"; later "the FCC's Enforcement Bureau").
// Here the noun takes up, as an actor of the sentence, the nearest body before it whose name has that head (or one of
// the heads the data lets it stand for: "the agency" for a commission). Actors only, never objects or entities.
// The capitalised "the Commission" the recognizer left unbound (the document names two commissions) is a definite
// description of a body the reader already knows: it takes up the one body of those heads named before it; where two or
// more were, the one its own paragraph named before it, alone (none where the paragraph named both or neither: no guess
// by nearness across paragraphs); none where the sentence names another, or where a body named before by an acronym
// alone may be one.
import type { Mention } from '../recognize/matcher.ts';
import { grammar } from '../recognize/grammar.ts';
import { stopsName } from '../recognize/names.ts';
import { authorityHead } from '../recognize/short-names.ts';

export const BODY_NOUN = 'anaphora:body-noun';

/** Per noun (lower case), the heads of the bodies it may stand for. */
export type BodyNouns = Record<string, string[]>;

/** The public bodies a document has named so far, in order, with the heads of every name each was written with. */
export class NamedBodies {
  private readonly order: Mention[] = [];
  private readonly heads = new Map<string, Set<string>>();
  /** Bodies named so far by an acronym alone ("the FCC"): their head is unknown. */
  private readonly acronyms = new Set<string>();

  add(m: Mention): void {
    if (m.label !== 'Authority') return;
    const head = authorityHead(m.surface);
    if (head) this.heads.set(m.id, (this.heads.get(m.id) ?? new Set<string>()).add(head));
    if (ACRONYM.test(m.surface)) this.acronyms.add(m.id);
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

  /** The one body named so far whose names have one of `heads`, when the sentence (`sentence`, all its mentions) names no
   *  other body of them; of two or more, the one `paragraph` (the mentions of the sentences before it in its paragraph)
   *  named alone; undefined when there are none, two or more in the paragraph too, or a body named by an acronym alone,
   *  whose head is unknown, may be one. */
  given(heads: string[], sentence: Mention[], paragraph: Mention[] = []): Mention | undefined {
    const has = (m: Mention): boolean => m.label === 'Authority' && (heads.some((h) => this.heads.get(m.id)?.has(h)) || heads.includes(authorityHead(m.surface) ?? ''));
    const unknown = (m: Mention): boolean => this.acronyms.has(m.id) && !this.heads.has(m.id);
    if (this.order.some(unknown) || sentence.some((m) => m.label === 'Authority' && ACRONYM.test(m.surface) && !this.heads.has(m.id))) return undefined;
    const bodies = new Set([...this.order, ...sentence].filter(has).map((m) => m.id));
    if (bodies.size === 1) return [...this.order, ...sentence].find(has);
    // Two or more: the one its paragraph named before it, where the paragraph named one alone and the sentence names no
    // other ("The European Commission took a different route. ... In 2028, the Commission designated X").
    const last = new Set(paragraph.filter(has).map((m) => m.id));
    if (last.size !== 1 || sentence.some((m) => has(m) && !last.has(m.id))) return undefined;
    return paragraph.find(has);
  }
}

/** "the bureau" (lower case, no possessive: "the department's Bureau of ..." names its parent), where no mention covers
 *  it, as the body it takes up: a subject mention in its place. "The Commission", capitalised, only as the one body of its
 *  heads named before, or the one its paragraph named before it (NamedBodies.given). */
/** `paragraph`: the mentions of the sentences before it in its paragraph, asked only for a capitalised noun. */
export function bodyNounSubjects(text: string, from: number, own: Mention[], nouns: BodyNouns, named: NamedBodies, paragraph: () => Mention[] = () => []): Mention[] {
  const out: Mention[] = [];
  for (const m of text.slice(from).matchAll(NOUN)) {
    const capital = m[1] !== m[1].toLowerCase();
    const heads = nouns[m[1].toLowerCase()];
    if (!heads) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (own.some((x) => x.start < end && start < x.end)) continue;
    if (capital && nameGoesOn(text.slice(end))) continue;
    const body = capital ? named.given(heads, own, paragraph()) : named.latest(heads, own.filter((x) => x.end <= start));
    if (body) out.push({ ...body, start, end, surface: text.slice(start, end), via: BODY_NOUN });
  }
  return out;
}

/** A definite noun, lower case or capitalised ("the Commission"), not a possessor ("the department's Bureau of ..." names
 *  its parent, "the bureau's staff added X" states no act of the bureau), but for the possessor of a noun whose
 *  infinitive follows: that act is the body's ("the Department's decision to place X on the register"; relation-rules.yaml
 *  possessed). */
const NOUN = /\b[Tt]he\s+([a-z]+|[A-Z][a-z]+)\b(?!['’]s\b(?!\s+(?:[a-z][\w-]*\s+){1,3}?to\s)|['’](?!s\b)(?!\s+(?:[a-z][\w-]*\s+){1,3}?to\s))/g;
/** After a capitalised noun: the name it opens goes on ("the Commission on Human Rights", "the Agency for X", "the
 *  Office Depot"), no description of a body; a time or place after "in", "on" ends it as it ends a name ("the Commission
 *  in October", "the Ministry in Beijing": grammar/names.yaml name-stops). */
function nameGoesOn(after: string): boolean {
  const m = NAME_GOES_ON.exec(after);
  return m !== null && !(m[1] !== undefined && grammar().nameStops.links.has(m[1]) && stopsName(m[2]));
}
const NAME_GOES_ON = /^\s*(?:(of|for|on|to|in)\s+(?:the\s+)?)?([A-Z][\p{L}\d.-]*)/u;
/** A name written as an acronym alone ("FCC", "OPSS", "MOFCOM"). */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;
