// Classes of public bodies, named by a body noun after the function the bodies perform (grammar/names.yaml body-classes):
//   body:class   "market surveillance authorities", "a competent authority", "the Member States' supervisory authorities",
//                "national regulatory authorities": lower case, one Authority per class, the class named by its last
//                function and the noun in the singular ("lead supervisory authority" is the supervisory authority class);
//                the document keeps it only where a relation has it as actor (index.ts settleTentative): a class that
//                acts in a sentence ("a market surveillance authority restricts ... products") is a node, one only
//                mentioned ("the supervisory authority should have its own staff") none.
//   body:plural  "Approval Authorities", "Technical Services": a capitalised plural of a body's head, the body the
//                document names in the singular ("Approval Authority"), where it does (index.ts).
// Not a named body ("the Federal Network Agency": capitalised, no function word before the noun), not a description of
// one ("ComReg is the market surveillance authority", "ComReg, Ireland's market surveillance authority,": the body acts).
import { escapeRegExp } from '../text/clean.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

export const BODY_CLASS = 'body:class';
export const BODY_PLURAL = 'body:plural';

export function findBodyClasses(text: string): Found[] {
  return [...lowerCaseClasses(text), ...capitalisedPlurals(text)];
}

function lowerCaseClasses(text: string): Found[] {
  const p = patterns();
  // A sentence's first word in capitals is the same word ("Market surveillance authorities should ...").
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  if (!p.noun.test(lower)) return [];
  const out: Found[] = [];
  for (const m of lower.matchAll(p.phrase)) {
    const start = m.index;
    const end = start + m[0].length;
    if (DESCRIBES.test(text.slice(Math.max(0, start - 60), start)) || APPOSED.test(text.slice(Math.max(0, start - 60), start))) continue;
    // "more than 90 local law enforcement agencies replaced ...", "12 market surveillance authorities answered": bodies
    // counted are a tally of what so many did, no class a text gives a power or duty to.
    if (COUNTED.test(text.slice(Math.max(0, start - 40), start))) continue;
    const functions = [...m[1].matchAll(p.word)].map((w) => w[0].replace(/\s+/g, ' ')).filter((w) => p.functions.has(w));
    if (functions.length === 0) continue;
    const noun = m[2];
    const singular = p.singular.get(noun) ?? noun;
    out.push({ start, end, surface: text.slice(start, end), label: 'Authority', name: `${functions[functions.length - 1]} ${singular}`, rule: BODY_CLASS, score: 0.6 });
  }
  return out;
}

function capitalisedPlurals(text: string): Found[] {
  const plurals = grammar().bodyClasses.pluralHeads;
  const out: Found[] = [];
  for (const m of text.matchAll(CAPITALISED_PLURAL)) {
    const head = plurals.get(m[2]);
    if (!head) continue;
    const words = m[1].trim().split(/\s+/);
    // "The Approval Authorities": an opener is no word of the name.
    while (words.length && grammar().openers.has(words[0])) words.shift();
    if (words.length === 0 || words.some((w) => grammar().heads.has(w))) continue;
    const start = m.index + m[0].indexOf(words[0]);
    const end = m.index + m[0].length;
    out.push({ start, end, surface: text.slice(start, end), label: 'Authority', name: `${words.join(' ')} ${head}`, rule: BODY_PLURAL, score: 0.6 });
  }
  return out;
}

/** "is the", "as Ireland's" (not "as soon as a", "such as"): the phrase describes the body the clause names, it names no class acting. */
const DESCRIBES = /\b(?:is|are|was|were|be|been|being|become|becomes|became|(?<!\b(?:soon|such|well|so)\s+)as)\s+(?:(?:the|a|an|its|their|one|\p{Lu}[\p{L}.-]*['’]s?)\s+)?$/u;
/** A cardinal before the phrase, with a comparison before it ("more than 90", "at least 12", "nearly two dozen"). */
const COUNTED = /(?<![\p{L}\p{N}])(?:(?:more|fewer|less)\s+than\s+|at\s+(?:least|most)\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+$/iu;
/** "ComReg, Ireland's market surveillance authority,": in apposition to a name. */
const APPOSED = /[\p{Lu}\p{N})][\p{L}\p{N}.)]*\s*,\s*(?:(?:the|its|an?|\p{Lu}[\p{L}.-]*['’]s?)\s+)?$/u;
/** One to three capitalised words, then a capitalised plural ("Approval Authorities", "Technical Services"). */
const CAPITALISED_PLURAL = /(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{Ll}-]+\s+){1,3})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/gu;

interface Patterns {
  /** A run of function and level words (joined by "and", "or"), then a body noun: 1 the words, 2 the noun. */
  phrase: RegExp;
  /** One function or level word of the run. */
  word: RegExp;
  /** Whether the sentence has a body noun at all. */
  noun: RegExp;
  functions: Set<string>;
  /** Plural -> singular, and each singular to itself. */
  singular: Map<string, string>;
}

let cached: Patterns | undefined;
function patterns(): Patterns {
  if (cached) return cached;
  const { nouns, functions, levels } = grammar().bodyClasses;
  const alt = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\\? /g, '\\s+')).join('|');
  const modifiers = alt([...functions, ...levels]);
  const bodyNouns = alt([...nouns.keys(), ...nouns.values()]);
  const singular = new Map<string, string>([...nouns.keys()].map((n) => [n, n]));
  for (const [s, pl] of nouns) singular.set(pl, s);
  cached = {
    phrase: new RegExp(`(?<![\\p{L}\\p{N}'’-])((?:(?:${modifiers})\\s+(?:(?:and|or)\\s+)?)+)(${bodyNouns})(?![\\p{L}\\p{N}-])`, 'gu'),
    word: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alt(functions)}|${alt(levels)})(?![\\p{L}\\p{N}-])`, 'gu'),
    noun: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${bodyNouns})(?![\\p{L}\\p{N}-])`, 'u'),
    functions: new Set(functions),
    singular,
  };
  return cached;
}
