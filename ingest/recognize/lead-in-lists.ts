// Support for technology phrases from a list set out as items under a lead-in: "The following categories are often
// controlled:" and then one bullet per class ("- thermal imaging cameras and infrared sensors;", "- high-power lasers;",
// ...). Each item is a paragraph of its own, so enumerations.ts, which reads a list inside one sentence, never sees the
// items together; yet a writer who sets out three classes or more as the items of one list names them as classes of its
// kind, as a list in running text does. A phrase counts where it opens its item (after a determiner or quantifier at
// most) and no verb follows it (the item's shape: a bare noun phrase, "- drones must be registered" is a sentence), and
// the list counts where its lead-in ends with a colon and at least MIN_LISTED of its items open so. The phrase must be
// one the thing grammar read (the same gates as any other); the list gives it support only (index.ts settleTentative),
// and what is coordinated with it in its item stays as what is coordinated with any kept phrase does.
import type { ParsedReport } from '../model.ts';
import { tagsOf } from './lexicon.ts';
import type { Mention } from './matcher.ts';

/** Fewest items opening with a thing for the list to count, as enumerations.ts's fewest phrases in one sentence. */
const MIN_LISTED = 3;
/** A lead-in: its last sentence ends with a colon (perhaps before a closing quote or bracket). */
const LEAD_IN_END = /:["'’”)]*\s*$/;
/** What may stand before the item's phrase: a determiner or quantifier ("some satellite hardware", "all encryption software"). */
const BEFORE = /^(?:(?:the|a|an|some|any|all|certain|most|many|other|such|their|its|our)\s+)?$/i;
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary', 'Infinitive']);

/** The first sentence's locator of each item of each list under a lead-in that ends with a colon, list by list. */
export function leadInLists(report: ParsedReport): string[][] {
  const lists: string[][] = [];
  for (const sec of report.sections) {
    let run: string[] | undefined;
    sec.paragraphs.forEach((p, i) => {
      if (!p.item) {
        run = undefined;
        return;
      }
      if (!run) {
        const lead = sec.paragraphs[i - 1];
        const last = lead?.sentences[lead.sentences.length - 1];
        if (!lead || lead.item || !last || !LEAD_IN_END.test(last.text)) return;
        run = [];
        lists.push(run);
      }
      if (p.sentences[0]) run.push(p.sentences[0].locator);
    });
  }
  return lists;
}

/** The ids of the things that open the items of a list under a lead-in, where MIN_LISTED items or more open so. */
export function leadInListedThings(sentences: { sentence: { locator: string; text: string }; mentions: Mention[] }[], lists: readonly string[][], isThing: (m: Mention) => boolean): Set<string> {
  const out = new Set<string>();
  if (lists.length === 0) return out;
  const byLocator = new Map(sentences.map((s) => [s.sentence.locator, s] as const));
  for (const list of lists) {
    const openers = list.flatMap((locator) => {
      const s = byLocator.get(locator);
      if (!s) return [];
      const first = s.mentions.filter(isThing).sort((a, b) => a.start - b.start)[0];
      return first && BEFORE.test(s.sentence.text.slice(0, first.start)) && !verbAfter(s.sentence.text.slice(first.end)) ? [first] : [];
    });
    if (openers.length >= MIN_LISTED) for (const m of openers) out.add(m.id);
  }
  return out;
}

/** The phrase's next word is a verb ("drones must be registered", "cameras record faces"), not an item's bare phrase. A
 *  past form with a preposition after it is a participle that narrows the phrase, its reduced relative, as items of a
 *  control list are written ("- wafer cleaning equipment designed for removing residue", "- sensors made for drones"). */
function verbAfter(rest: string): boolean {
  const m = /^\s+([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}]+))?/u.exec(rest);
  const next = m?.[1];
  if (next === undefined) return false;
  const tags = tagsOf(next.toLowerCase());
  if (tags.length === 1 && tags[0] === 'PastTense' && tagsOf(m?.[2]?.toLowerCase() ?? '').includes('Preposition')) return false;
  return tags.some((t) => VERB_TAGS.has(t));
}
