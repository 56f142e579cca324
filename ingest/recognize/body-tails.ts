// A body's short form: the last words of a longer body's name the document gave before ("the Strike Force" after the
// "Disruptive Technology Strike Force", "the Harbour Taskforce" after "the Joint Harbour Taskforce"). A report writes
// the full name once and its tail after; the tail read on its own (its head ends it, body:name-head) is no second body.
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
