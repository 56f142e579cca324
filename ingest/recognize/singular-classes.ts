// "shall verify by testing of a vehicle of the vehicle type", in a text that names vehicles as a class ("This Regulation
// applies to vehicles"): a singular noun of a class the document keeps on a bare plural head is a mention of that class.
// Legal drafting states a provision of one member of the class ("a vehicle", "each vehicle") as often as of the class.
// The catalog's things have their singular among their surfaces already; the classes the grammar reads have none.
import { tagsOf } from './lexicon.ts';
import type { Mention } from './matcher.ts';
import { escapeRegExp } from '../text/clean.ts';

/** A class the document keeps on a bare plural head: its singular ("vehicle"), its id and label, and the singular's
 *  pattern, compiled once per document. */
export interface BareClass {
  singular: string;
  id: string;
  label: string;
  pattern: RegExp;
}

/** The classes whose singular may stand for one member: no noun of a person ("a controller" of a text that read
 *  "controllers" as goods: a noun the lexicon knows as a person's, an Actor, stated of one member is that person more
 *  often than a device). */
export function bareClasses(classes: { singular: string; id: string; label: string }[]): BareClass[] {
  return classes
    .filter((c) => !tagsOf(c.singular).includes('Actor'))
    .map((c) => ({ ...c, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(c.singular)}(?![\\p{L}\\p{N}-])`, 'gu') }));
}

/** Determiners before a singular noun that stands for a member of its class: one of them, any, each. */
const MEMBER = /(?<![\p{L}\p{N}-])(?:a|an|any|each|every|one)\s+$/iu;

/** The singular mentions of `classes` in `text`: the noun alone after a determiner of a member, lower case, no mention of
 *  the sentence over it, and no modifier of the noun after it (`modifiesNext`: "a vehicle manufacturer" names no vehicle). */
export function singularMentions(text: string, mentions: Mention[], classes: BareClass[], modifiesNext: (text: string, end: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const c of classes) {
    for (const m of text.matchAll(c.pattern)) {
      const start = m.index;
      const end = start + c.singular.length;
      if (!MEMBER.test(text.slice(Math.max(0, start - 8), start)) || modifiesNext(text, end)) continue;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      out.push({ id: c.id, label: c.label, start, end, surface: c.singular, via: 'thing:singular', confidence: 0.6 });
    }
  }
  return out;
}
