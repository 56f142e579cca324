// Support for technology phrases from enumerations: a phrase listed with at least two others in one sentence, or with
// one the document keeps on other grounds,
// ("DNS service providers, TLD name registries, cloud computing service providers, data centre service providers")
// is a class the text names among classes of its kind, not an incidental phrase; settleTentative keeps it as it
// keeps a repeated one. Between two listed phrases stand a separator (", ", "and", "or") and at most a few words
// of no verb (the class's own head, "providers", another item the grammar does not read: "TLD name registries").
import { grammar } from './grammar.ts';
import { tagsOf } from './lexicon.ts';
import type { Mention } from './matcher.ts';

/** Fewest phrases in one list for each to count as listed. */
const MIN_LISTED = 3;
/** Most words between two listed phrases. */
const MAX_GAP_WORDS = 6;
const SEPARATOR = /,\s|\s(?:and|or)\s/;
// A verb's base form too: "cameras and on-board sensors, and require continuous data connectivity" opens a clause.
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary', 'Infinitive']);

/** The ids of the technology phrases `isThing` accepts that one sentence lists with at least two others, or with one
 *  other that is `kept` ("radar modules and domain controllers", the controllers named again elsewhere: what is
 *  coordinated with a technology or product is one of its kind). */
export function listedThings(sentences: { sentence: { text: string }; mentions: Mention[] }[], isThing: (m: Mention) => boolean, kept: (m: Mention) => boolean = () => false): Set<string> {
  const listed = new Set<string>();
  for (const s of sentences) {
    const things = s.mentions.filter(isThing).sort((a, b) => a.start - b.start);
    let run: Mention[] = [];
    const close = (): void => {
      if (run.length >= MIN_LISTED || (run.length >= 2 && run.some(kept) && coordinatedOnly(s.sentence.text, run))) for (const m of run) listed.add(m.id);
    };
    for (const m of things) {
      const last = run[run.length - 1];
      if (last && !(m.start >= last.end && listGap(s.sentence.text.slice(last.end, m.start)))) {
        close();
        run = [];
      }
      run.push(m);
    }
    close();
  }
  return listed;
}

/** Two or more phrases with only a coordinator (after a comma or not) and a determiner between each two: "radar modules
 *  and domain controllers", not an apposition ("modules, thumbnail-sized radios that ...") or a phrase inside a longer
 *  noun phrase ("the semiconductor industry and future networks"). A quantifier is such a determiner: "high-power lasers
 *  and some optical components" coordinates two classes as "and other" does (helper-316). */
function coordinatedOnly(text: string, run: Mention[]): boolean {
  return run.slice(1).every((m, i) => COORDINATED_GAP.test(text.slice(run[i].end, m.start)));
}
const COORDINATED_GAP = /^,?\s(?:and|or)\s(?:(?:the|its|their|our|other|some|certain|all|any)\s)?$/;

/** " providers, TLD name registries, ": a separator and a few words that are no verb. */
export function listGap(gap: string): boolean {
  if (!SEPARATOR.test(` ${gap} `) || /[.;:()]/.test(gap)) return false;
  // "industrial robots with a payload above 20 kilograms, and the numerical controllers": a quantity that bounds the
  // item before ("above 20 kilograms", grammar/things.yaml name-breaks and a number with its unit) is that item's, no
  // word of the gap (as a list member's, members.ts).
  const words = gap.replace(quantityBoundPattern(), ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // "..., network switches, routers and the ...": a word the lexicon reads as a verb right before a plural noun (one it
  // tags so, or an -s word it does not know, not -ss, -is, -us: "control panels") is that noun's modifier, an unread
  // item of the list, no verb opening a clause.
  const lower = words.map((w) => w.toLowerCase());
  const plural = (w: string | undefined): boolean => w !== undefined && (tagsOf(w).includes('Plural') || (tagsOf(w).length === 0 && /[^siu]s$/.test(w)));
  const verb = (w: string, i: number): boolean => tagsOf(w).some((t) => VERB_TAGS.has(t)) && !plural(lower[i + 1]);
  return words.length <= MAX_GAP_WORDS && !lower.some(verb);
}

/** A name-break word, a number and one unit word ("above 20 kilograms", "over 1 megawatt"). */
function quantityBoundPattern(): RegExp {
  quantityBound ??= new RegExp(`\\b(?:${[...grammar().nameBreaks].join('|')})\\s+\\d[\\d.,]*(?:\\s*(?:%|\\p{L}+))?`, 'giu');
  return quantityBound;
}
let quantityBound: RegExp | undefined;
