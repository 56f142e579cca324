// English word classes from compromise's lexicon (a maintained NLP library): parts of speech for the
// technology grammar, first names, organisations and places for the fallback. Only the lexicon is used:
// compromise's tagger reads about 0.02 MB/s here, far too slow for every sentence of every report.
import nlp from 'compromise';
import { readAllVerbs, readInfinitiveVerbs, readMostlyVerbs, readVerbs } from './wordnet-verbs.ts';

type Tags = string | string[];
const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> }; two: { suffixPatterns: Record<string, string>[] } } }).model();
const lexicon = model.one.lexicon;
const suffixes = model.two.suffixPatterns;
type Inflect = (word: string, model: unknown) => string;
const toSingular = (nlp as unknown as { methods(): { two: { transform: { noun: { toSingular: Inflect } } } } }).methods().two.transform.noun.toSingular;

/** The lexicon's tags of a word (lower-cased), empty when it does not know the word; a word it does not know that
 *  WordNet has only as a verb ("manipulate", "resell": grammar/wordnet-verbs.json) is a verb's base form. */
export function tagsOf(word: string): string[] {
  let tags = tagsByWord.get(word);
  if (tags === undefined) {
    tags = lookUp(word);
    if (tagsByWord.size >= 20_000) tagsByWord.clear();
    tagsByWord.set(word, tags);
  }
  return tags;
}
/** Tags by word as asked (bounded): recognition asks for the same few thousand words some 60,000 times per MB of
 *  reports, each time lower-casing, looking up the lexicon and, for a word it lacks, testing the verb forms. The
 *  arrays are shared, so frozen. */
const tagsByWord = new Map<string, string[]>();
function lookUp(word: string): string[] {
  const w = word.toLowerCase();
  const t = lexicon[w];
  if (t !== undefined) return Array.isArray(t) ? t : (Object.freeze([t]) as string[]);
  verbsOnly ??= readVerbs();
  if (verbsOnly.has(w)) return INFINITIVE;
  // "resells" (WordNet has "resell" only as a verb): the -s form of such a verb is its present tense.
  return /[^s]s$/.test(w) && (verbsOnly.has(w.slice(0, -1)) || (/(?:ch|sh|x|ss|zz)es$/.test(w) && verbsOnly.has(w.slice(0, -2)))) ? PRESENT : NONE;
}
let verbsOnly: Set<string> | undefined;
const INFINITIVE = Object.freeze(['Infinitive']) as unknown as string[];
const PRESENT = Object.freeze(['PresentTense']) as unknown as string[];
const NONE = Object.freeze([]) as unknown as string[];

/** Whether a word is the third-person singular present of a verb, whatever else it is: the lexicon's present tense
 *  ("restricts"), or the -s, -es or -ies form of a verb WordNet or the lexicon has as a base form, which the lexicon may
 *  tag as a plural noun ("sets", "bans", "places") or not know ("designates", "blacklists"). Only a verb's place in a
 *  clause tells the two readings apart: tagsOf keeps the lexicon's tags, which the noun phrases read. */
export function isPresentVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (tagsOf(w).includes('PresentTense')) return true;
  // presentForm read backwards: the base forms whose present form `w` may be ("-s", "-es", "-ies" from "-y"), each kept
  // only where it is one and makes `w`. Asked word by word (some 17,000 times a synthetic corpus), not derived for every
  // verb at first use (some 30 ms of a fresh worker).
  if (!w.endsWith('s')) return false;
  return presentOf(w, w.slice(0, -1)) || presentOf(w, w.slice(0, -2)) || presentOf(w, `${w.slice(0, -3)}y`);
}
/** `base` is a verb's base form (one-word verbs WordNet has, and the lexicon's base forms) whose present form is `w`. */
function presentOf(w: string, base: string): boolean {
  return base.length > 0 && isVerbBase(base) && presentForm(base) === w;
}
/** A verb's base form: one WordNet has as a verb (whatever else it has it as), or the lexicon's base forms. */
export function isVerbBase(w: string): boolean {
  allVerbs ??= readAllVerbs();
  if (allVerbs.has(w)) return true;
  if (!Object.hasOwn(lexicon, w) || !/^[a-z]+$/.test(w)) return false;
  const t = lexicon[w];
  return t === 'Infinitive' || (Array.isArray(t) && t.includes('Infinitive'));
}
let allVerbs: Set<string> | undefined;
/** A form of a verb that takes "to" and an infinitive (WordNet's frame 28: "plans", "agreed", "refusing", "aim"), by its
 *  regular endings. */
export function takesInfinitive(word: string): boolean {
  infinitive ??= readInfinitiveVerbs();
  const w = word.toLowerCase();
  const stems = [w, w.slice(0, -1), w.slice(0, -2), `${w.slice(0, -3)}y`, w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)];
  return stems.some((s) => s.length > 1 && infinitive!.has(s) && (s === w || [presentForm(s), `${s}ed`, `${s}d`, `${s}ing`, `${s.replace(/e$/, '')}ing`, `${s}${s.at(-1)}ed`, `${s}${s.at(-1)}ing`, `${s.replace(/y$/, 'i')}ed`].includes(w)));
}
let infinitive: Set<string> | undefined;

/** A regular past form of a verb WordNet or the lexicon has, whatever else the lexicon calls it ("certified",
 *  "designated", "seized", "classified": adjectives or unknown words to compromise). */
export function isRegularPast(word: string): boolean {
  const w = word.toLowerCase();
  // Short words in -ed are mostly no past ("seed", "speed", "bed").
  if (!/^[a-z]{3,}ed$/.test(w)) return false;
  const stems = w.endsWith('ied') ? [`${w.slice(0, -3)}y`] : [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)];
  return stems.some((stem) => stem.length > 2 && isVerbBase(stem));
}
/** Whether a capitalised word before a present form modifies the noun after it rather than being its subject: a
 *  people's adjective or another adjective ("Chinese parts", "Smart meters"), not a name that acts ("Norland bans"). The
 *  clause reader (clauses.ts) and the noun-phrase grammar (things.ts) ask the same question of their own tokens. */
export function modifiesAsName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((t) => t === 'Demonym' || t === 'Adjective');
}
/** Whether a word is a verb's base form read mostly as a verb: one WordNet has only as a verb, or whose verb senses its
 *  sense-tagged corpus tags twice as often as its others (grammar/wordnet-verbs.json mostlyVerbs: "reach", "pose";
 *  not "steel", "power"), or one the lexicon tags only as a base form ("contain"). */
export function isMostlyVerb(word: string): boolean {
  const w = word.toLowerCase();
  mostlyVerbs ??= readMostlyVerbs();
  const tags = tagsOf(w);
  return mostlyVerbs.has(w) || (tags.length > 0 && tags.every((t) => t === 'Infinitive'));
}
let mostlyVerbs: Set<string> | undefined;
/** A verb's third-person singular: "sets", "bars", "designates", "taxes", "bans", "certifies", "vetoes". */
export function presentForm(base: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(base) || /[^aeiou]o$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Singulars by word (bounded): compromise's toSingular rebuilds its inverted table of irregular plurals on
 *  every call (some 30 µs), and entity keys ask for the same few words again and again. */
const singulars = new Map<string, string>();

/** A plural noun's singular by compromise's inflection rules ("batteries" -> "battery", "analyses" ->
 *  "analysis"); a word not ending in a plural "s" is returned as it is ("data", "aircraft", "process"). */
export function singular(word: string): string {
  if (!/[^s]s$/.test(word) && !/(?:sses|xes|ches|shes)$/.test(word)) return word;
  let s = singulars.get(word);
  if (s === undefined) {
    s = toSingular(word, model) || word;
    if (singulars.size >= 20_000) singulars.clear();
    singulars.set(word, s);
  }
  return s;
}

/** The lexicon's one-word entries tagged `tag` (a closed class: "Determiner", "Possessive", "Preposition"), sorted. */
export function lexiconWords(tag: string): string[] {
  return Object.entries(lexicon)
    .filter(([w, t]) => /^[a-z]+$/.test(w) && (Array.isArray(t) ? t.includes(tag) : t === tag))
    .map(([w]) => w)
    .sort();
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);
/** Word classes that never modify a noun inside a technology's name. Not compromise's Unit: units of measure are
 *  nouns, and "meter(s)" is also the device ("smart meters", "energy meters"). */
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Copula', 'QuestionWord',
  'Infinitive', 'PresentTense', 'Negative', 'Possessive', 'Reflexive', 'Expression', 'Condition', 'Date',
  'Month', 'WeekDay', 'Duration', 'Currency', 'Verb', 'Auxiliary',
]);

export const isFirstName = (word: string): boolean => tagsOf(word).some((t) => NAME_TAGS.has(t));
export const isPlaceName = (phrase: string): boolean => tagsOf(phrase).some((t) => PLACE_TAGS.has(t));
export const isOrganizationName = (phrase: string): boolean => tagsOf(phrase).includes('Organization');
/** A name compromise's tagger reads as a date after "in" ("May", "March": a month, no company or place). */
export const isDateName = (phrase: string): boolean => nlp(`in ${phrase}`).has('#Date');
/** The tag compromise's suffix patterns give a word its lexicon does not know ("investigate" -> Infinitive),
 *  the way its tagger guesses unknown words, without running the tagger (longest suffix first, up to 7). */
export function suffixTag(word: string): string | undefined {
  if (suffixTags.has(word)) return suffixTags.get(word);
  const tag = suffixLookUp(word);
  if (suffixTags.size >= 20_000) suffixTags.clear();
  suffixTags.set(word, tag);
  return tag;
}
/** Suffix tags by word (bounded): asked again for the same few words. */
const suffixTags = new Map<string, string | undefined>();
function suffixLookUp(word: string): string | undefined {
  const w = word.toLowerCase();
  for (let n = Math.min(7, w.length - 1); n > 1; n--) {
    const tag = suffixes[n]?.[w.slice(-n)];
    if (tag) return tag;
  }
  return undefined;
}

const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'Gerund', 'Verb']);
/** A verb that, leading a noun phrase, governs it rather than modifies it ("investigate lithium-ion
 *  batteries", "using drones"): a gerund, or a word the lexicon does not know whose ending makes it a verb.
 *  A hyphenated compound ("lane-keeping") is a modifier. */
export function isLeadingVerb(word: string): boolean {
  if (word.includes('-')) return false;
  const w = word.toLowerCase();
  // A verb only WordNet knows ("investigate", "manipulate") leads a phrase as a guessed one does.
  if (lexicon[w] === undefined && tagsOf(w).includes('Infinitive')) return true;
  const tags = tagsOf(w);
  if (tags.length) return tags.includes('Gerund');
  const guess = suffixTag(w);
  return guess !== undefined && VERB_TAGS.has(guess);
}

/** A past form of a verb the lexicon knows ("discussed", "imposed", "sold"): before a noun phrase it is
 *  usually the verb that governs it, not a modifier of it. */
export function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (tagsOf(w).includes('PastTense')) return true;
  if (!w.endsWith('ed')) return false;
  // By compromise's own lexicon: a participle of a verb only WordNet knows is often an adjective ("connected", "unmanned").
  return [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)].some((stem) => lexicon[stem] !== undefined && tagsOf(stem).includes('Infinitive'));
}

/** An adverb: so tagged by the lexicon, or a word it does not know whose ending makes it one ("unintentionally",
 *  "remotely"; "family", "supply" are known nouns). An adverb modifies a verb or an adjective, never a noun. */
export function isAdverb(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length ? tags.includes('Adverb') : suffixTag(word) === 'Adverb';
}

/** An adjective or a participle by the lexicon, or a word it does not know whose ending makes it no noun and no
 *  verb's base or present form ("available", "piloted"): what an adverb may modify inside a noun phrase ("publicly
 *  available services", "remotely piloted aircraft"), unlike a noun or a verb ("to unintentionally load"). */
export function isAdjectiveLike(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length ? tags.some((t) => PARTICIPLE_LIKE.has(t)) : !NOUN_OR_VERB.has(suffixTag(word) ?? '');
}
const PARTICIPLE_LIKE = new Set(['Adjective', 'PastTense', 'Participle', 'Gerund']);
const NOUN_OR_VERB = new Set(['Noun', 'Singular', 'Plural', 'Infinitive', 'PresentTense', 'Verb']);

/** Whether compromise's tagger reads a word alone as an adjective ("critical", "high-risk"; not "consumer", a noun), for
 *  the few words of a grammar list the lexicon lacks; the tagger runs once per word asked (cached). */
export function taggedAdjective(word: string): boolean {
  let a = adjectives.get(word);
  if (a === undefined) {
    a = nlp(word).has('#Adjective');
    adjectives.set(word, a);
  }
  return a;
}
const adjectives = new Map<string, boolean>();

/** A possessive ("vehicle's", "vehicle’s"): it determines the noun phrase after it, never a word of its name. */
export const isPossessive = (word: string): boolean => /\p{L}['’]s$/u.test(word);

/** A word that may stand inside a noun phrase as a modifier (adjective, noun, participle, or unknown). */
export const mayModify = (word: string): boolean => !tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
