// A body's short form: the last words of a longer body's name the document gave before ("the Strike Force" after the
// "Disruptive Technology Strike Force", "the Harbour Taskforce" after "the Joint Harbour Taskforce"). A report writes
// the full name once and its tail after; the tail read on its own (its head ends it, body:name-head) is no second body.
// So is a statute's: "the Drone Act" after the "American Security Drone Act of 2023" (instrumentTails).
import { grammar } from './grammar.ts';
import type { Mention } from './matcher.ts';

const BODIES = new Set(['Authority', 'Organization']);

/** Recognised body id -> the one longer body of the same label whose name ends with its name (two words or more) and
 *  which the document names first. A tail two bodies share binds neither ("Trade Commission" after both the "Federal
 *  Trade Commission" and the "International Trade Commission"). */
export function bodyTails(mentions: Mention[], recognised: (id: string) => boolean, nameOf: (id: string) => string): Map<string, string> {
  const first = new Map<string, number>();
  const label = new Map<string, string>();
  mentions.forEach((m, i) => {
    if (!BODIES.has(m.label) || first.has(m.id)) return;
    first.set(m.id, i);
    label.set(m.id, m.label);
  });
  const out = new Map<string, string>();
  for (const [id, at] of first) {
    const name = nameOf(id);
    if (!recognised(id) || name.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(name)) continue;
    // Only capitalised modifiers before the tail: "Office of Regulatory Affairs of the Norland Budget Office" is a unit of
    // the "Norland Budget Office", not the body the tail names.
    const modified = (o: string): boolean => {
      const full = nameOf(o);
      return full.endsWith(` ${name}`) && full.slice(0, -name.length - 1).split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    };
    const longer = [...first.keys()].filter((o) => o !== id && label.get(o) === label.get(id) && modified(o));
    if (longer.length === 1 && (first.get(longer[0]) ?? Infinity) < at) out.set(id, longer[0]);
  }
  return out;
}

/** "of 2023", "for Fiscal Year 2019", "2019", ", 1952": a statute's year after its head, which its short form leaves out. */
const YEAR_TAIL = /(?:,?\s+(?:of\s+|for\s+Fiscal\s+Year\s+)?(?:19|20)\d{2})$/u;

/** Recognised Law id -> the one longer statute of the document whose name, its year left out, ends with its name (two
 *  capitalised words or more, the head a statute's: grammar/instruments.yaml named.heads with no kind of its own in
 *  named.kinds, so no list, rule or order) after capitalised words, named first: "the Drone Act" after the "American
 *  Security Drone Act of 2023". A tail two statutes share binds neither ("the Security Act" after the "Homeland Security
 *  Act" and the "Cyber Security Act"); a short form with its own year is another act ("the Trade Act of 1974" after the
 *  "Trade Expansion Act of 1962" ends no name). */
export function instrumentTails(mentions: Mention[], recognised: (id: string) => boolean, nameOf: (id: string) => string): Map<string, string> {
  const g = grammar();
  const statute = (name: string): boolean => {
    const head = name.split(/\s+/).pop() ?? '';
    return g.instrumentHeads.has(head) && !g.instrumentKinds.has(head);
  };
  const first = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.label === 'Law' && !first.has(m.id)) first.set(m.id, i);
  });
  const out = new Map<string, string>();
  for (const [id, at] of first) {
    const name = nameOf(id);
    if (!recognised(id) || name.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(name) || YEAR_TAIL.test(name) || !statute(name)) continue;
    const ends = (o: string): boolean => {
      const full = nameOf(o).replace(YEAR_TAIL, '');
      return full.endsWith(` ${name}`) && full.slice(0, -name.length - 1).split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    };
    const longer = [...first.keys()].filter((o) => o !== id && ends(o));
    if (longer.length === 1 && (first.get(longer[0]) ?? Infinity) < at) out.set(id, longer[0]);
  }
  return out;
}
