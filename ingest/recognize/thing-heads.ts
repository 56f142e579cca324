// Head nouns of product categories and technologies: the hand list of grammar/things.yaml first, then the heads
// generated from WordNet (grammar/wordnet-heads.json, ingest/recognize/wordnet-heads.ts). A word is looked up as
// written and, for a plural, as its singular by compromise's inflection rules ("transceivers" -> "transceiver").
// A WordNet noun that the grammar reads as another kind's head ("instrument" beside "Instrument" is no law head,
// but "guard", "board", "list" are) is not a thing's head.
import { z } from 'zod';
import { loadJsonData } from '../data.ts';
import { singular, suffixTag, tagsOf } from './lexicon.ts';
import { isClosedNoun } from './wordnet-closed-nouns.ts';
import { isPersonNoun } from './wordnet-persons.ts';

export class ThingHeads {
  private readonly memo = new Map<string, string | null>();
  private readonly listed: Map<string, string>;
  private readonly derived: Map<string, string>;

  private readonly groups: Set<string>;
  private readonly compounds: Map<string, string>;
  /** The words a key of `groups` or `compounds` can open with (each of its prefixes before a space): most words open
   *  none, and are then passed over without building the two keys the lookups need. */
  private readonly openers: Set<string>;
  /** The combining forms that open a closed compound though no word alone (grammar/things.yaml combining-forms). */
  private readonly combining: Set<string>;

  /** `listed`: the hand list; `derived`: WordNet's heads, consulted for words the hand list lacks; `groups`: two-word
   *  compounds on a head that WordNet has only for organisations or organs ("intelligence service"); `compounds`: two-word
   *  things whose second word is no head ("machine tool"), by label; `combining`: the combining forms that open a closed
   *  compound ("micro" of "microcontrollers"). */
  constructor(listed: Map<string, string>, derived: Map<string, string>, groups: Set<string> = new Set(), compounds: Map<string, string> = new Map(), combining: Set<string> = new Set()) {
    this.listed = listed;
    this.combining = combining;
    this.derived = derived;
    this.groups = groups;
    this.compounds = compounds;
    this.openers = new Set([...groups, ...compounds.keys()].flatMap((k) => [...k.matchAll(/ /g)].map((m) => k.slice(0, m.index))));
  }

  /** "CNC machine tools": the label of a thing the word heads after `modifier` only, as a compound WordNet has. */
  compound(modifier: string, head: string): string | undefined {
    if (!this.openers.has(modifier) || this.compounds.size === 0) return undefined;
    return this.compounds.get(`${modifier} ${head}`) ?? this.compounds.get(`${modifier} ${singular(head)}`);
  }

  /** "intelligence services", "the nervous system", "radio stations": a modifier and its head that name an organisation, an
   *  organ or a place. */
  isGroup(modifier: string, head: string): boolean {
    return this.groups.size > 0 && this.openers.has(modifier) && (this.groups.has(`${modifier} ${head}`) || this.groups.has(`${modifier} ${singular(head)}`));
  }

  /** The word's label (Product, Technology), or undefined when it heads no thing. */
  get(word: string): string | undefined {
    // The memo holds the listed words' labels too, once asked: one lookup for a word asked before (most), not two.
    let label = this.memo.get(word);
    if (label === undefined) {
      const hand = this.listed.get(word);
      if (hand) label = hand;
      else {
        const base = singular(word);
        const derived = this.derived.get(word) ?? this.derived.get(base);
        label = derived && nounWord(base) ? derived : null;
      }
      if (this.memo.size >= 50_000) this.memo.clear();
      this.memo.set(word, label);
    }
    return label ?? undefined;
  }

  /** "gimbals": the label WordNet gives the word's noun, though the lexicon reads the word first as another part of speech
   *  (a verb): for a place where only a noun can stand (things.ts betweenConjuncts). */
  nounHead(word: string): string | undefined {
    return this.get(word) ?? this.derived.get(word) ?? this.derived.get(singular(word));
  }

  /** The label of a word as written: its own (get), or, written in lower case, that of a closed compound. "dashcams":
   *  English writes compounds closed too, its head last; a lower-case word the lexicon does not know, made of a word it
   *  knows (three letters or more) and a head of three letters or more, is a thing of that head's label (the longest such
   *  head); so is one that opens with a combining form of things.yaml `combining-forms` ("microcontrollers": "micro" is
   *  no word alone). Not a capitalised word: "Bluefin" is a name, no fin. */
  written(word: string): string | undefined {
    return this.get(word.toLowerCase()) ?? (word === word.toLowerCase() ? this.closedCompound(word) : undefined);
  }

  private closedCompound(word: string): string | undefined {
    // A word WordNet reads first as a person is that noun of its own, no closed compound: "stakeholders" is no kind of
    // "holders" (a holder is a device to WordNet), nor "shareholders", "cardholders"; so is any word WordNet has as a noun
    // that is first no made thing ("origin" is no gin, "landscape" no scape: wordnet-closed-nouns.ts).
    if (!/^[a-z]{6,}$/.test(word) || tagsOf(word).length > 0 || isPersonNoun(word, singular) || isClosedNoun(word, singular)) return undefined;
    for (let k = 3; k <= word.length - 3; k++) {
      const head = word.slice(k);
      const label = this.listed.get(head) ?? this.derived.get(head) ?? this.derived.get(singular(head));
      const opener = word.slice(0, k);
      if (label && (tagsOf(opener).length > 0 || this.combining.has(opener)) && nounWord(singular(head))) return label;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** The word is on the hand list (grammar/things.yaml heads), a noun of things whatever else the lexicon reads it as. */
  isListed(word: string): boolean {
    return this.listed.has(word);
  }
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);
/** compromise's lexicon does not call the word (or, not knowing it, its ending) something else only: "corrective"
 *  (an adjective by its ending) heads nothing, though WordNet has a corrective device. */
function nounWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length) return tags.some((t) => NOUN_TAGS.has(t));
  const bySuffix = suffixTag(word);
  return bySuffix === undefined || NOUN_TAGS.has(bySuffix);
}

const DerivedHeads = z.object({
  source: z.string().optional(),
  roots: z.record(z.string(), z.array(z.string())).optional(),
  heads: z.record(z.string(), z.array(z.string())),
  groups: z.array(z.string()).optional(),
  compounds: z.record(z.string(), z.array(z.string())).optional(),
});

/** The generated file's compounds whose second word is no head ("machine tool"), to their label. */
export function readThingCompounds(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [label, words] of Object.entries(loadJsonData(file, DerivedHeads).compounds ?? {})) for (const w of words) out.set(w, label);
  return out;
}

/** The generated file's group compounds ("intelligence service"). */
export function readGroupCompounds(file: string): Set<string> {
  return new Set(loadJsonData(file, DerivedHeads).groups ?? []);
}

/** The generated file's heads by label, less the words in `otherHeads` (lower case); validated like every data file. */
export function readDerivedHeads(file: string, otherHeads: Set<string>): Map<string, string> {
  const data = loadJsonData(file, DerivedHeads);
  const out = new Map<string, string>();
  for (const [label, words] of Object.entries(data.heads)) for (const w of words) if (!otherHeads.has(w)) out.set(w, label);
  return out;
}
