// A shallow parse of one sentence for the parse reader (parse-relations.ts): compromise's tagger gives each word its
// part of speech and a verb its lemma; the recognizer's mentions are fixed noun groups over it; verb groups (auxiliaries,
// negation, the main verb), prepositions, coordinators, relative pronouns and subordinators are marked; and the spans
// between commas (or parentheses, or dashes) that are asides are found: a relative clause ("X, which administers Y,"),
// an adverbial clause, an apposition ("X, a maker of drones,"). No dependency parse: what a verb's subject and objects
// are is read from this sequence (parse-relations.ts).
// compromise's tagger is slow (a quarter to a millisecond a sentence), so it runs only on the sentences the reader picks.
import nlp from 'compromise';
import type { Mention } from '../recognize/matcher.ts';

export type Kind = 'M' | 'N' | 'V' | 'P' | 'TO' | 'CC' | 'REL' | 'SUB' | 'PUNCT';

export interface Token {
  kind: Kind;
  text: string;
  lower: string;
  start: number;
  end: number;
  tags: readonly string[];
  /** A verb's lemma ("added" -> "add"); a plural noun's singular is not needed. */
  lemma: string;
  /** The mentions an M token stands for (one span, perhaps several readings). */
  mentions?: Mention[];
  /** Ends with a possessive ("Commerce's", "its"). */
  possessive?: boolean;
}

export interface VerbGroup {
  /** Token indices: the group's first and last token, and its main verb. */
  start: number;
  end: number;
  main: number;
  lemma: string;
  auxiliaries: string[];
  negative: boolean;
  passive: boolean;
  /** Opened by "to": an infinitive whose subject is its governing verb's. */
  infinitive: boolean;
  /** A bare past participle right after a noun group ("drones made by DJI", "companies designated by OFAC"). */
  participle: boolean;
}

export interface Parse {
  tokens: Token[];
  groups: VerbGroup[];
  /** Aside spans, as token index ranges [first, last] including their delimiters. */
  asides: [number, number][];
}

const PREPOSITIONS = new Set(['of', 'to', 'on', 'onto', 'in', 'into', 'against', 'under', 'by', 'from', 'for', 'with', 'at', 'over', 'through', 'pursuant', 'per', 'via', 'across', 'within', 'about', 'among', 'between', 'upon', 'after', 'before', 'since', 'until', 'during', 'than', 'like', 'toward', 'towards', 'regarding', 'concerning', 'following', 'amid', 'despite', 'without', 'beyond', 'as']);
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'plus', 'including']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const SUBORDINATORS = new Set(['whether', 'if', 'unless', 'although', 'though', 'because', 'while', 'when', 'whereas', 'once', 'where']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s"]);
const PUNCTUATION = /[,;:()—–[\]]/g;
/** Multi-word coordinators, read as one CC token. */
const MULTI_CC: [string, string][] = [['as', 'well as'], ['together', 'with'], ['along', 'with'], ['such', 'as']];

/**
 * The tokens of `text` with `mentions` as single M tokens, and its verb groups and asides. The mentions' offsets are
 * into `text`.
 */
export function parseSentence(text: string, mentions: Mention[], verbs: ReadonlySet<string> = new Set(), nouns: ReadonlySet<string> = new Set(), known: ReadonlySet<string> = new Set()): Parse {
  const words = tag(text, known);
  const tokens = withMentions(text, words, mentions);
  markMultiwordCoordinators(tokens);
  // "its connected vehicles rule bars X": a plural the tagger reads as a noun, whose stem is a verb of `verbs`, right
  // after a name and before a noun group, is that name's verb.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const stem = t.lower.replace(/s$/, '');
    const prev = tokens[i - 1];
    const nounEnd = prev.kind === 'M' || (prev.kind === 'N' && !prev.tags.includes('Determiner') && !prev.tags.includes('Adjective') && !prev.tags.includes('Preposition'));
    if (t.kind === 'N' && t.tags.includes('Plural') && verbs.has(stem) && nounEnd && !prev.possessive && (tokens[i + 1].kind === 'M' || tokens[i + 1].kind === 'N')) {
      tokens[i] = { ...t, kind: 'V', tags: ['Verb', 'PresentTense'], lemma: stem };
    }
    // "imposed export controls on X": a class noun after a noun, read by the tagger as a verb, is the compound's head.
    if (t.kind === 'V' && nouns.has(t.lower) && tokens[i - 1].kind === 'N' && !tokens[i - 1].tags.includes('Pronoun') && tokens[i + 1].kind === 'P') {
      tokens[i] = { ...t, kind: 'N', tags: ['Noun', 'Plural'] };
    }
    // "..., bans the import of X": a plural whose stem is a class verb before a determiner is that verb.
    if (t.kind === 'N' && t.tags.includes('Plural') && verbs.has(stem) && /^(?:the|a|an|all|any|its|their|new|certain)$/.test(tokens[i + 1].lower)) {
      tokens[i] = { ...t, kind: 'V', tags: ['Verb', 'PresentTense'], lemma: stem };
    }
    // "subject to export restrictions": a verb form after "to" before a class noun modifies that noun.
    if (t.kind === 'V' && tokens[i - 1].lower === 'to' && tokens[i + 1].kind === 'N' && nouns.has(tokens[i + 1].lower)) tokens[i] = { ...t, kind: 'N' };
    // "more than 100 entities": a comparison of number belongs to the noun group, no preposition.
    if (t.lower === 'than' && /^(?:more|less|fewer|greater)$/.test(tokens[i - 1].lower)) tokens[i] = { ...t, kind: 'N', tags: ['Adverb'] };
    // "said last month": a word before a date is no verb.
    if (t.kind === 'V' && /^(?:last|next)$/.test(t.lower) && tokens[i + 1].tags.includes('Date')) tokens[i] = { ...t, kind: 'N' };
    // "move to blacklist X": a class verb after "to" the tagger read as a noun.
    if (t.kind === 'N' && verbs.has(t.lower) && tokens[i - 1].lower === 'to' && (tokens[i + 1].kind === 'M' || tokens[i + 1].kind === 'N')) {
      tokens[i] = { ...t, kind: 'V', tags: ['Verb', 'Infinitive'], lemma: t.lower };
    }
  }
  const groups = verbGroups(tokens, known);
  return { tokens, groups, asides: asideSpans(tokens, groups) };
}

/** compromise's terms, with offsets into `text` and punctuation between them as tokens of their own. */
function tag(text: string, known: ReadonlySet<string>): Token[] {
  // The lexicon and compromise's first tagging pass only: its second pass (match-based corrections, chunks) costs three
  // times as much and changes little that the mentions, fixed noun groups here, do not cover.
  const doc = (nlp as unknown as { tokenize(t: string): ReturnType<typeof nlp> }).tokenize(text);
  // A verb's lemma is read per distinct form below, not by compromise's `root` pass over every word (as costly as the
  // tagging).
  doc.compute(['alias', 'normal', 'machine', 'contractions', 'lexicon', 'preTagger']);
  const out: Token[] = [];
  let cursor = 0;
  const punct = (from: number, to: number): void => {
    for (const p of text.slice(from, to).matchAll(PUNCTUATION)) {
      const at = from + p.index;
      out.push({ kind: 'PUNCT', text: p[0], lower: p[0], start: at, end: at + 1, tags: [], lemma: p[0] });
    }
  };
  const docs = (doc as unknown as { docs: { text: string; tags: Set<string>; normal?: string }[][] }).docs;
  for (const sentence of docs) {
    for (const t of sentence) {
      if (!t.text) continue;
      const at = text.indexOf(t.text, cursor);
      if (at < 0) continue;
      // "in-depth", "Hong Kong-registered": a hyphenated word the tagger splits is one noun-group word.
      const prev = out.at(-1);
      if (prev && prev.kind !== 'PUNCT' && at > 0 && /^[-‑]$/.test(text.slice(prev.end, at))) {
        const joined = text.slice(prev.start, at + t.text.length);
        out[out.length - 1] = { ...prev, kind: 'N', text: joined, lower: joined.toLowerCase(), end: at + t.text.length, tags: ['Adjective'], lemma: joined.toLowerCase() };
        cursor = at + t.text.length;
        continue;
      }
      punct(cursor, at);
      const tags = [...t.tags];
      const lower = t.text.toLowerCase();
      const possessive = tags.includes('Possessive') || /['’]s?$/.test(t.text);
      const kind = kindOf(lower, tags);
      out.push({ kind, text: t.text, lower, start: at, end: at + t.text.length, tags, lemma: kind === 'V' ? lemmaOf(lower, tags, known) : lower, ...(possessive ? { possessive } : {}) });
      cursor = at + t.text.length;
    }
  }
  punct(cursor, text.length);
  return out;
}

function kindOf(lower: string, tags: string[]): Kind {
  if (COORDINATORS.has(lower)) return 'CC';
  if (RELATIVES.has(lower)) return 'REL';
  if (SUBORDINATORS.has(lower)) return 'SUB';
  if (lower === 'to') return 'P';
  if (PREPOSITIONS.has(lower)) return 'P';
  if (NEGATIONS.has(lower) && lower !== 'no') return 'V';
  if (tags.includes('Verb') || tags.includes('Auxiliary') || tags.includes('Modal') || tags.includes('Copula')) return 'V';
  return 'N';
}

/** The words with each mention's span as one M token (the longest first of overlapping ones); a possessive
 *  ending after a mention ("Huawei's") stays on it. */
function withMentions(text: string, words: Token[], mentions: Mention[]): Token[] {
  const spans: { start: number; end: number; ms: Mention[] }[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans.at(-1);
    if (last && m.start === last.start && m.end === last.end) last.ms.push(m);
    else if (!last || m.start >= last.end) spans.push({ start: m.start, end: m.end, ms: [m] });
  }
  const out: Token[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < words.length && words[k].end <= s.start) out.push(words[k++]);
    let possessive = false;
    while (k < words.length && words[k].start < s.end) {
      if (words[k].end > s.end && /^['’]s?$/.test(text.slice(s.end, words[k].end))) possessive = true;
      k++;
    }
    if (/^['’]s?\b/.test(text.slice(s.end, s.end + 2))) possessive = true;
    const surface = text.slice(s.start, s.end);
    out.push({ kind: 'M', text: surface, lower: surface.toLowerCase(), start: s.start, end: s.end, tags: [], lemma: surface, mentions: s.ms, ...(possessive ? { possessive } : {}) });
  }
  while (k < words.length) out.push(words[k++]);
  return out;
}

/** "as well as", "together with", "along with", "such as": one coordinator. */
function markMultiwordCoordinators(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = MULTI_CC.find(([a, b]) => tokens[i].lower === a && tokens.slice(i + 1, i + 1 + b.split(' ').length).map((t) => t.lower).join(' ') === b);
    if (!pair) continue;
    const n = pair[1].split(' ').length;
    const last = tokens[i + n];
    tokens.splice(i, n + 1, { ...tokens[i], kind: 'CC', text: `${pair[0]} ${pair[1]}`, lower: `${pair[0]} ${pair[1]}`, end: last.end, tags: [] });
  }
}

/** Quantifiers that float into a verb group ("have all been placed", "were both added"). */
const FLOATS = new Set(['all', 'both', 'each', 'since', 'already', 'also', 'now', 'recently', 'since']);
const isAux = (t: Token): boolean => t.tags.includes('Auxiliary') || t.tags.includes('Modal') || t.tags.includes('Copula') || BE.has(t.lower) || /^(?:has|have|had|having|do|does|did|shall|will|would|should|must|may|might|can|could)$/.test(t.lower);
const isNegation = (t: Token): boolean => NEGATIONS.has(t.lower) && t.lower !== 'no';

/**
 * The verb groups: auxiliaries, adverbs and negations, then one main verb. A word tagged as a verb right after a main
 * verb is a noun the tagger misread ("banned imports of X"), unless it is a participle after a form of "be".
 */
function verbGroups(tokens: Token[], known: ReadonlySet<string>): VerbGroup[] {
  const groups: VerbGroup[] = [];
  // "met the Bureau and restricted imports of X": a past form after a coordinator, once a verb came before, is a verb
  // the tagger read as an adjective.
  let verbSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'V') verbSeen = true;
    const next = tokens[i + 1];
    if (verbSeen && t.kind === 'N' && tokens[i - 1]?.kind === 'CC' && /ed$/.test(t.lower) && (t.tags.includes('PastTense') || t.tags.includes('Adjective')) && next && (next.kind === 'M' || next.kind === 'N' || next.kind === 'V')) {
      tokens[i] = { ...t, kind: 'V', tags: [...t.tags, 'PastTense'], lemma: lemmaOf(t.lower, ['PastTense'], known) };
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'V') continue;
    // A verb form right after a preposition or a determiner is a noun the tagger misread ("tariffs on imports of X",
    // "the controls"), unless a gerund ("by restricting X").
    const prev = tokens[i - 1];
    // An adjective counts only inside a noun group ("the final controls"), not as an adverb ("later barred X").
    const twoBack = tokens[i - 2];
    const inGroup = !!prev && prev.tags.includes('Adjective') && !prev.tags.includes('Comparative') && !!twoBack && (twoBack.tags.includes('Determiner') || !!twoBack.possessive);
    // "that" before a verb opens a clause ("rules that prohibit X"), no noun group.
    const determiner = prev?.tags.includes('Determiner') && prev.lower !== 'that';
    if (prev && ((prev.kind === 'P' && prev.lower !== 'to') || determiner || inGroup || prev.possessive) && !isAux(tokens[i]) && !isNegation(tokens[i]) && !/ing$/.test(tokens[i].lower)) {
      tokens[i] = { ...tokens[i], kind: 'N' };
      continue;
    }
    const start = i;
    const auxiliaries: string[] = [];
    let negative = false;
    let main = -1;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'V' && isNegation(t)) negative = true;
      else if (t.kind === 'V' && isAux(t) && j + 1 < tokens.length && nextVerbal(tokens, j + 1)) auxiliaries.push(t.lower);
      else if (t.kind === 'V') {
        main = j;
        break;
      } else if (t.kind === 'N' && (t.tags.includes('Adverb') || FLOATS.has(t.lower))) continue;
      else break;
    }
    if (main < 0) {
      // Auxiliaries alone ("it is", "they have"): a copula or possession, no class verb.
      i = Math.max(i, j - 1);
      continue;
    }
    // A word the tagger took for a verb right after the main verb is the main verb's object noun.
    for (let k = main + 1; k < tokens.length && tokens[k].kind === 'V' && !isAux(tokens[k]) && !tokens[k].tags.includes('Infinitive'); k++) tokens[k] = { ...tokens[k], kind: 'N' };
    const m = tokens[main];
    const passive = auxiliaries.some((a) => BE.has(a) || a === 'get' || a === 'got') && (m.tags.includes('PastTense') || m.tags.includes('Participle') || m.tags.includes('Passive') || /(?:ed|en|wn)$/.test(m.lower) || m.lower in IRREGULAR || /^(?:put|set|cut|built|bought|held|paid)$/.test(m.lower));
    const before = tokens[start - 1];
    const infinitive = before?.lower === 'to' && auxiliaries.length === 0;
    if (infinitive) tokens[start - 1] = { ...before, kind: 'TO' };
    // A past form between a noun group and a preposition modifies the noun ("drones made in China", "X designated by
    // Y"); after an authority's name and before another preposition than "by" it is the authority's act ("the sanctions
    // that OFAC imposed on X").
    const actor = before?.kind === 'M' && before.mentions?.some((x) => x.label === 'Authority') && tokens[main + 1]?.lower !== 'by';
    const participle = auxiliaries.length === 0 && !negative && !infinitive && !actor && (m.tags.includes('PastTense') || m.tags.includes('Participle')) && !!before && (before.kind === 'M' || before.kind === 'N') && tokens[main + 1]?.kind === 'P';
    groups.push({ start, end: main, main, lemma: m.lemma.toLowerCase(), auxiliaries, negative, passive: passive || participle, infinitive, participle });
    i = main;
  }
  return groups;
}

/** Past forms no suffix rule undoes, of verbs a reader may know. */
const IRREGULAR: Record<string, string> = { sought: 'seek', laid: 'lay', led: 'lead', began: 'begin', begun: 'begin', made: 'make', kept: 'keep', undertook: 'undertake', undertaken: 'undertake', bore: 'bear', borne: 'bear', brought: 'bring', withdrew: 'withdraw', withdrawn: 'withdraw', chose: 'choose', chosen: 'choose', froze: 'freeze', frozen: 'freeze', took: 'take', taken: 'take', drew: 'draw', drawn: 'draw', struck: 'strike', sent: 'send', spent: 'spend', sold: 'sell', told: 'tell', met: 'meet', found: 'find' };

/**
 * A verb form's lemma among `known` (the verbs a reader asks about): the first of the word and its forms with a suffix
 * undone ("banned" -> ban, "imposed" -> impose, "applies" -> apply, "listing" -> list) that `known` holds, else the
 * word; compromise's conjugation (about a millisecond a form) only when no verbs are known.
 */
export function lemmaOf(word: string, tags: readonly string[], known: ReadonlySet<string>): string {
  if (known.size === 0) return infinitive(word, tags);
  if (known.has(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  for (const c of candidates(word)) if (known.has(c)) return c;
  return word;
}

function candidates(w: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string): string[] => (/([bdglmnprt])\1$/.test(stem) ? [stem.slice(0, -1)] : []);
  if (w.endsWith('ied') || w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), ...undouble(w.slice(0, -2)));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, ...undouble(w.slice(0, -3)));
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

const infinitives = new Map<string, string>();
const FORMS = ['PastTense', 'PresentTense', 'Gerund', 'Participle', 'Infinitive'] as const;
/** A verb form's infinitive by compromise's conjugation ("restricted" -> "restrict", "bans" -> "ban"), by the form its
 *  tags say, remembered per form (bounded); an auxiliary or a form compromise cannot conjugate stays as written. */
function infinitive(word: string, tags: readonly string[]): string {
  const form = FORMS.find((f) => tags.includes(f));
  if (!form || form === 'Infinitive' || tags.includes('Auxiliary') || tags.includes('Modal') || tags.includes('Copula')) return word;
  const key = `${word}|${form}`;
  let v = infinitives.get(key);
  if (v === undefined) {
    const d = nlp(word);
    d.tag(form === 'Participle' ? 'PastTense' : form);
    v = d.verbs().toInfinitive().text().toLowerCase() || word;
    if (infinitives.size >= 5_000) infinitives.clear();
    infinitives.set(key, v);
  }
  return v;
}

/** Whether a verb follows from `k` on, past adverbs and negations. */
function nextVerbal(tokens: Token[], k: number): boolean {
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'V') return true;
    if (!(t.kind === 'N' && (t.tags.includes('Adverb') || FLOATS.has(t.lower)))) return false;
  }
  return false;
}

const OPENERS = /^[,(—–]$/;
const CLOSERS: Record<string, RegExp> = { ',': /^[,;:]$/, '(': /^\)$/, '—': /^[—–]$/, '–': /^[—–]$/ };

/**
 * The asides: a parenthesis; between commas or dashes, a relative clause ("X, which administers Y,"), an adverbial
 * clause (", after it reviewed the file,"), an apposition opened by an indefinite or "not" (", a maker of drones,", ",
 * not the Ministry,"), or one naming no verb after a mention and before a verb (", the Commerce Department's export
 * arm, added"). A comma that ends a list ("A, B, and C") opens none.
 */
function asideSpans(tokens: Token[], groups: VerbGroup[]): [number, number][] {
  const out: [number, number][] = [];
  const verbAt = new Set(groups.map((g) => g.main));
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open.kind !== 'PUNCT' || !OPENERS.test(open.text)) continue;
    const close = open.text === ',' ? /^[,]$/ : CLOSERS[open.text];
    let j = i + 1;
    while (j < tokens.length && !(tokens[j].kind === 'PUNCT' && (close.test(tokens[j].text) || /^[;:]$/.test(tokens[j].text)))) j++;
    const closed = j < tokens.length && close.test(tokens[j].text);
    const first = tokens[i + 1];
    if (!first) continue;
    if (open.text === '(') {
      if (closed) out.push([i, j]);
      continue;
    }
    // A dash or comma aside may run to the sentence's end only when it is a relative or adverbial clause.
    const end = closed ? j : tokens.length - 1;
    const inner = tokens.slice(i + 1, end + (closed ? 0 : 1));
    // A gerund or participle inside ("a maker of mapping drones") is no clause's verb.
    const hasVerb = inner.some((t, k) => verbAt.has(i + 1 + k) && !/ing$/.test(t.lower));
    // A participle opening it is a reduced relative clause (", published in January 2025,").
    const participle = first.kind === 'V' && !isAux(first) && first.tags.includes('PastTense') && tokens[i - 1]?.kind !== 'CC';
    // ", after it had reviewed the evidence,": a preposition that opens a clause.
    const clauseOpener = /^(?:after|before|since|until)$/.test(first.lower) && inner.some((_, k) => verbAt.has(i + 1 + k));
    const kind = first.kind === 'REL' || (first.kind === 'SUB' && first.lower !== 'whether') || participle || clauseOpener ? 'clause' : /^(?:a|an|not)$/.test(first.lower) ? 'apposition' : undefined;
    // ", in consultation with A, B and C, shall ...": a prepositional phrase between commas before a verb.
    const adjunct = first.kind === 'P' && !hasVerb && closed && verbAt.has(nextNonAdverb(tokens, j + 1));
    if ((kind === 'clause' || adjunct) && closed) out.push([i, j]);
    // ", a Texas reseller that kept listing X,": an apposition may end in a relative clause of its own.
    const rel = inner.findIndex((t) => t.kind === 'REL' || t.lower === 'that');
    const verbBeforeRel = inner.some((t, k) => (rel < 0 || k < rel) && verbAt.has(i + 1 + k) && !/ing$/.test(t.lower));
    if (kind === 'apposition' && !verbBeforeRel && closed) out.push([i, j]);
    else if (closed && !hasVerb && tokens[i - 1]?.kind === 'M' && verbAt.has(nextNonAdverb(tokens, j + 1)) && !inner.some((t) => t.kind === 'CC') && inner.some((t) => t.kind === 'N')) out.push([i, j]);
    else continue;
    i = closed ? j - 1 : i;
  }
  return out;
}

function nextNonAdverb(tokens: Token[], k: number): number {
  while (k < tokens.length && (tokens[k].tags.includes('Adverb') || tokens[k].kind === 'V' && isAux(tokens[k]))) k++;
  return k;
}
