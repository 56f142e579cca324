// From a subject phrase as printed to the classes it names. Known terms map to the vocabulary's
// canonical classes (ingest/vocab); terms the statute defines or shortens map to what it defines; any
// other addressee becomes its own class keyed by the statute's term, never dropped; a short form it gives
// several bodies together (A和B（以下统称X）) names each of them. Coordinated
// subjects (公安机关、国家安全机关; "the controller and the processor") name each of their parts; staff
// (国家安全机关工作人员) act for their body; a generic party (当事人, 有关单位) is the defined class whose
// activity the provision is about, where the statute defines one.
import type { Lang } from '../languages/index.ts';
import type { Vocabulary } from '../vocab/index.ts';
import type { Definition } from './definitions.ts';
import { splitCoordinated } from './definitions.ts';
import { blankNameWords, type Grammar, maskNameWords, NAME_COMMA, type PartyKind } from './grammar.ts';
import { matchersFor, type Mention } from './matchers.ts';
import { Memo, PairMemo } from './memo.ts';
import { enHead } from './subject.ts';
import { HAN } from '../text/scripts.ts';

/** "在…活动", "从事…活动": the activity a definition's criterion names, a run of Han ending in 活动. */
const ACTIVITY = new RegExp(`(?:在|从事|开展|进行)?(${HAN}{2,12}?活动)`, 'u');

export interface PartyRef {
  /** Node id: `actor:<vocab id>`, `authority:<vocab id>`, or `actor|authority:<lang>:<term>` for a statute's own term. */
  id: string;
  kind: PartyKind;
  /** The words that named it. */
  term: string;
  /** In the vocabulary (canonical) rather than keyed by the statute's term. */
  canonical: boolean;
  /** Read from the provision's context (a generic party), not from the phrase itself. */
  contextual?: boolean;
}

export interface Party {
  term: string;
  kind: PartyKind;
  refs: PartyRef[];
}

/** Id of a class keyed by a statute's term. */
export function termId(kind: PartyKind, lang: Lang, term: string): string {
  const key = lang === 'zh' ? term.replace(/\s+/g, '') : term.toLowerCase().replace(/^(the|a|an|each|every|any|all|their|its|such)\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${kind === 'actor' ? 'actor' : 'authority'}:${lang}:${key.slice(0, 80)}`;
}

export class PartyResolver {
  readonly lang: Lang;
  readonly vocab: Vocabulary;
  readonly grammar: Grammar;
  private readonly defined = new Map<string, Definition>();
  private readonly criteria: { term: string; activity: string }[] = [];
  /** A phrase names the same classes wherever the statute uses it (a generic party aside: its class is the context's). */
  private readonly resolved = new PairMemo<Party>();

  constructor(lang: Lang, vocab: Vocabulary, grammar: Grammar, definitions: Definition[]) {
    this.lang = lang;
    this.vocab = vocab;
    this.grammar = grammar;
    for (const d of definitions) {
      if (!this.defined.has(d.term)) this.defined.set(d.term, d);
      const activity = d.criterion && ACTIVITY.exec(d.criterion)?.[1];
      if (activity) this.criteria.push({ term: d.term, activity });
    }
  }

  private mentions(text: string): Mention[] {
    return matchersFor(this.vocab, this.lang).mentions(text).filter((m) => m.kind !== 'data');
  }

  /** The class of one term: a definition's target, a vocabulary entry equal to it, or its own. */
  termRef(term: string, kind: PartyKind): PartyRef {
    // English determiners do not change the class ("the controller", "their representatives").
    const bare = this.lang === 'en' ? term.replace(/^(the|a|an|each|every|any|all|their|its|such)\s+/iu, '') : term;
    const lead = term.length - bare.length;
    const exact = this.mentions(term).find((m) => m.start === lead && m.end === term.length);
    // A vocabulary entry says what it is: an actor class is bound, an authority holds powers.
    if (exact) return { id: `${exact.kind === 'authority' ? 'authority' : 'actor'}:${exact.id}`, kind: exact.kind === 'authority' ? 'authority' : 'actor', term, canonical: true };
    // A short form the statute defines (以下简称运营者) means what its long form names.
    const d = this.defined.get(term);
    // …unless it names several bodies together (统称): then it is a class of its own, of which they are kinds.
    if (d?.shortFor && d.shortFor !== term && !this.members(term)) return { ...this.termRef(d.shortFor, kind), term };
    return { id: termId(kind, this.lang, term), kind, term, canonical: false };
  }

  resolve(phrase: string, kind: PartyKind, context = ''): Party {
    // A bracketed aside ending the phrase (…运营者（以下简称运营者）, "(the 'Secretary')") is no part of the
    // name: its short form is read as a definition (ingest/norms/definitions.ts).
    const term = phrase.trim().replace(/\s*[（(][^（）()]*[）)]?$/u, '') || phrase.trim();
    if (this.grammar.generic.has(term)) return this.read(term, kind, context);
    return this.resolved.get(kind, term, () => this.read(term, kind, context));
  }

  /** A short form the statute gives several bodies together (A和B（以下统称X）, A或者B（以下合称X）; "A and B
   *  (hereinafter collectively 'the X')"), as used (X, 该X, "the X"): each body, by its name in the definition,
   *  as that name resolves where printed. Undefined for any other term, and for a short form of one body. */
  members(term: string): PartyRef[] | undefined {
    return this.collective.get(term, () => {
      const d = this.defined.get(this.withoutModifiers(term));
      if (!d?.shortFor || d.covers.length < 2 || !this.namesBody(d.term, true) || !d.covers.every((p) => this.namesBody(p, false))) return undefined;
      return d.covers.flatMap((p) => this.resolve(p, 'authority').refs);
    });
  }

  private readonly collective = new Memo<PartyRef[] | undefined>();

  /** The term without the modifiers and determiners that do not change its class (有关, 该, "the"). */
  private withoutModifiers(term: string): string {
    if (this.lang === 'en') return term.replace(/^(?:(?:the|a|an|each|every|any|all|their|its|such|those|these)\s+)+/iu, '');
    const lead = [...this.grammar.modifiers, ...this.grammar.pronouns].find((w) => term.startsWith(w) && term.length > w.length + 1);
    return lead ? term.slice(lead.length) : term;
  }

  /** The phrase is a name ending in a head of the grammar or a vocabulary term; `state`: an authority's or a
   *  state's. A phrase holding a modal verb is a clause, not a name ("Member States shall designate the …"). */
  private namesBody(text: string, state: boolean): boolean {
    const m = matchersFor(this.vocab, this.lang);
    if (m.markers(text).length) return false;
    const heads = this.grammar.heads.filter((h) => !state || h.kind !== 'actor').map((h) => h.text.toLowerCase());
    const ending = (this.lang === 'en' ? enHead(text, this.grammar) : text).toLowerCase();
    const ends = (h: string) => ending === h || ending.endsWith(this.lang === 'en' ? ` ${h}` : h);
    if (heads.some((h) => ends(h) || (this.lang === 'en' && ends(`${h}s`)))) return true;
    return this.mentions(text).some((x) => x.end === text.length && (!state || x.kind === 'authority'));
  }

  private read(term: string, kind: PartyKind, context: string): Party {
    // 国家情报工作机构（统称）可以…: the bodies it names together bear the norm, each its own party.
    const members = this.members(term);
    if (members) return { term, kind: 'authority', refs: members };
    const defined = this.defined.get(term);
    if (defined) return { term, kind, refs: [this.termRef(term, kind)] };
    // "The Secretary of Commerce and the Attorney General": bodies whose names go on past their head are
    // coordinated before the head is read, each part its own body.
    const named = this.lang === 'en' ? splitCoordinated(term, this.grammar) : [];
    if (named.length > 1 && named.some((p) => enHead(p, this.grammar) !== p) && named.every((p) => this.namesBody(p, true))) {
      const refs = named.flatMap((p) => this.resolve(p, kind, context).refs);
      return { term, kind: refs.some((r) => r.kind === 'authority') && kind === 'actor' ? 'authority' : kind, refs };
    }
    const head = this.lang === 'en' ? enHead(term, this.grammar) : term;
    const chain = this.trailingChain(head);
    // Coordinated parties of which only some are known (国务院公安部门和有关部门): each part its own class.
    const parts = this.conjuncts(head, kind);
    const whole = chain.length > 0 && head.indexOf(chain[0]?.term ?? '') === 0;
    const refs: PartyRef[] = chain.length ? (!whole && parts.length > chain.length ? parts : this.named(chain, head, parts)) : (this.staffOf(head) ?? parts);
    const generic = this.genericRef(term, context);
    if (generic) refs.push(generic);
    return { term, kind: refs.some((r) => r.kind === 'authority') && kind === 'actor' ? 'authority' : kind, refs };
  }

  /** Known terms ending the phrase, with those coordinated before them (X、Y和Z). */
  private trailingChain(head: string): PartyRef[] {
    const ms = this.mentions(head);
    const tail = ms.at(-1);
    if (!tail || !/^[\s等们]*$/u.test(head.slice(tail.end))) return [];
    const chain: Mention[] = [tail];
    for (let i = ms.length - 2; i >= 0; i--) {
      const between = head.slice((ms[i] as Mention).end, (chain[0] as Mention).start).trim();
      if (!this.isJoiner(between)) break;
      chain.unshift(ms[i] as Mention);
    }
    return chain.map((m) => ({ id: `${m.kind === 'authority' ? 'authority' : 'actor'}:${m.id}`, kind: m.kind === 'authority' ? 'authority' : 'actor', term: head.slice(m.start, m.end), canonical: true }));
  }

  /** Chinese: a known body that ends a longer name (国务院商务主管部门 ends in 主管部门) is that body by that name,
   *  of the known class: a generic class names many bodies, which only their names tell apart. So is each
   *  of coordinated bodies (县级以上地方人民政府交通运输主管部门、公安机关: the first by its whole name). */
  private named(chain: PartyRef[], head: string, parts: PartyRef[]): PartyRef[] {
    if (this.lang !== 'zh') return chain;
    if (parts.length === 1) {
      const only = chain[0];
      if (chain.length !== 1 || !only || only.kind !== 'authority' || !head.endsWith(only.term)) return chain;
      return [{ ...only, term: head }];
    }
    if (parts.length !== chain.length) return chain;
    return chain.map((ref, i) => {
      const part = parts[i]?.term ?? '';
      return ref.kind === 'authority' && part.length > ref.term.length && part.endsWith(ref.term) ? { ...ref, term: part } : ref;
    });
  }

  private isJoiner(between: string): boolean {
    if (between === '') return true;
    const words = this.lang === 'zh' ? [between] : between.split(/\s+/);
    return words.every((w) => this.grammar.coordinators.includes(w) || this.grammar.modifiers.includes(w.toLowerCase()) || /^[,、，]$/u.test(w));
  }

  /** 国家安全机关工作人员: the staff's body. */
  private staffOf(head: string): PartyRef[] | undefined {
    const staff = this.grammar.staff.find((s) => head.endsWith(s) && head.length > s.length);
    if (!staff) return undefined;
    const body = head.slice(0, head.length - staff.length).replace(/的$/u, '');
    const members = this.members(body);
    if (members) return members.map((r) => ({ ...r, term: `${r.term}${staff}` }));
    const m = this.mentions(body).find((x) => x.end === body.length && x.kind === 'authority');
    if (m) return [{ id: `authority:${m.id}`, kind: 'authority', term: head, canonical: true }];
    const isBody = this.grammar.heads.some((h) => h.kind !== 'actor' && body.endsWith(h.text));
    return isBody ? [{ ...this.termRef(body, 'authority'), term: head }] : undefined;
  }

  private conjuncts(head: string, kind: PartyKind): PartyRef[] {
    // "X、Y的Z" modifies Z with both: one term, not a coordination; nor is 中华人民共和国 (和 inside a name).
    const relative = this.lang === 'zh' && this.grammar.nameWords.reduce((t, w) => t.replaceAll(w, ''), head).includes('的');
    let parts = relative ? [head] : splitCoordinated(maskNameWords(head, this.grammar), this.grammar).map((x) => x.replaceAll(NAME_COMMA, '、'));
    const named = (x: string) => this.grammar.heads.some((h) => x.endsWith(h.text)) || this.mentions(x).some((m) => m.end === x.length);
    // 国务院邮政主管部门或者省、自治区、直辖市邮政管理机构: the bodies joined by a word, each keeping the places
    // its head is shared by (省、自治区、直辖市…机构 is one body).
    if (this.lang === 'zh' && !parts.every(named)) {
      const byWord = relative ? [head] : head.split(ZH_WORD_JOINER).filter(Boolean);
      parts = byWord.length > 1 && byWord.every(named) ? byWord : relative ? [head] : sharedHeads(maskNameWords(head, this.grammar), named);
    }
    // 边境地区的县级以上地方人民政府及其主管部门: state bodies coordinated after the modifier are each a body, the
    // first keeping the modifier (as a definition's extension does).
    if (relative && this.lang === 'zh' && kind !== 'actor') parts = this.modifiedBodies(head) ?? parts;
    // 及其有关主管部门: "and its departments" — the pronoun is no part of the name.
    return (parts.length ? parts : [head]).map((p) => this.termRef(this.lang === 'zh' && parts.length > 1 ? p.replace(/^其(?![他余中])(?=.)/u, '') : p, kind));
  }

  /** Chinese: the state bodies coordinated after a name's last 的 (X的A及其B -> X的A, B), when each ends in a state
   *  body's head; undefined otherwise. */
  private modifiedBodies(head: string): string[] | undefined {
    const at = blankNameWords(head, this.grammar).lastIndexOf('的');
    const tail = splitCoordinated(maskNameWords(head.slice(at + 1), this.grammar), this.grammar).map((x) => x.replaceAll(NAME_COMMA, '、'));
    const state = this.grammar.heads.filter((h) => h.kind !== 'actor');
    if (tail.length < 2 || !tail.every((x) => state.some((h) => x.endsWith(h.text)))) return undefined;
    return tail.map((x, i) => (i === 0 ? head.slice(0, at + 1) + x : x));
  }

  /** A generic party (当事人) in a provision about an activity the statute defines a class by. */
  private genericRef(term: string, context: string): PartyRef | undefined {
    if (!this.grammar.generic.has(term)) return undefined;
    const hit = this.criteria.find((c) => context.includes(c.activity));
    if (!hit) return undefined;
    return { ...this.termRef(hit.term, 'actor'), term, contextual: true };
  }
}

export interface Body {
  start: number;
  end: number;
  text: string;
  /** A known authority the phrase names more precisely (国务院民用航空主管部门 -> 主管部门): its class. */
  known?: string;
}

const bodyHeadsOf = new WeakMap<Grammar, { heads: string[]; publicHeads: Set<string> }>();

/** The heads that end a Chinese state body's name (authority heads, then public ones), listed once per grammar. */
function bodyHeads(g: Grammar): { heads: string[]; publicHeads: Set<string> } {
  let b = bodyHeadsOf.get(g);
  if (!b) {
    const publicHeads = new Set(g.publicBodies?.heads ?? []);
    b = { heads: [...g.heads.filter((h) => h.kind === 'authority').map((h) => h.text), ...publicHeads], publicHeads };
    bodyHeadsOf.set(g, b);
  }
  return b;
}

/** State bodies a Chinese sentence names, known to the vocabulary or not (向档案管理部门报告), as spans:
 *  each head (部门, 机关…) with the words before it back to a preposition, verb or punctuation. A known
 *  term that ends such a longer name (设区的市级以上国家安全机关) is that name, of the known class. */
export function zhBodies(sentence: string, g: Grammar, known: { start: number; end: number; id?: string }[]): Body[] {
  const { heads, publicHeads } = bodyHeads(g);
  const found: Body[] = [];
  for (const h of heads) {
    for (let i = sentence.indexOf(h); i >= 0; i = sentence.indexOf(h, i + 1)) {
      const end = i + h.length;
      const window = maskNameWords(sentence.slice(Math.max(0, i - 20), i), g);
      const cut = nameStart(window, g);
      // A name that reaches back past the window without a stop has no known start.
      const bounded = cut >= 0 || i <= 20;
      const start = i - window.length + Math.max(cut, 0);
      const overlapping = known.filter((k) => start < k.end && end > k.start);
      const of = bounded && overlapping.length === 1 && overlapping[0]?.end === end && (overlapping[0]?.start ?? 0) > start ? overlapping[0] : undefined;
      const text = sentence.slice(start, end);
      // 中心 names a state body only in a name opening with the state (国家…中心).
      if (publicHeads.has(h) && !g.publicBodies?.openers.some((o) => text.startsWith(o) && text.length > o.length + h.length)) continue;
      if (of) found.push({ start, end, text, ...(of.id ? { known: of.id } : {}) });
      // 前款规定的部门 names no body of its own: the ones named before it (groups.ts).
      else if (!overlapping.length && !g.indefiniteBody?.test(text) && !g.backReference?.test(text)) found.push({ start, end, text });
    }
  }
  // The longest phrase wins where heads overlap (国务院民用航空主管部门 over 国务院).
  const out: Body[] = [];
  for (const b of found.sort((x, y) => y.end - y.start - (x.end - x.start))) if (!out.some((o) => b.start < o.end && b.end > o.start)) out.push(b);
  return out.sort((a, b) => a.start - b.start);
}

/** Where a Chinese body's name begins in the text before its head: after the last stop (a preposition, verb or
 *  punctuation), -1 if none. Fields listed before a shared head are part of the name (国务院工业和信息化主管部门,
 *  国务院公安、民用航空主管部门): a coordinator after a short part with no head of its own stops nothing. */
function nameStart(window: string, g: Grammar): number {
  if (!g.bodyStop) return -1;
  const stops = [...window.matchAll(g.bodyStop)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
  const last = stops.length - 1;
  let k = last;
  for (; k >= 0; k--) {
    const stop = stops[k] as { start: number; end: number; text: string };
    const field = window.slice(k > 0 ? (stops[k - 1] as { end: number }).end : 0, stop.start);
    const shared = SHARED_JOINER.test(stop.text) && field.length > 0 && field.length <= 10 && !g.heads.some((h) => field.endsWith(h.text));
    if (!shared) break;
  }
  const at = (j: number) => (j >= 0 ? (stops[j] as { end: number }).end : -1);
  if (k === last) return at(k);
  // …only a name's fields: after the level the name opens with (国务院, …人民政府) or before 等 (网信、公安等主管部门),
  // not verbs listed before a body named as their object (隐藏、转移、损毁国家安全机关查封的财物).
  const name = window.slice(Math.max(at(k), 0));
  const first = window.slice(Math.max(at(k), 0), (stops[k + 1] as { start: number }).start);
  const fields = g.heads.some((h) => h.kind !== 'actor' && first.includes(h.text) && !first.endsWith(h.text)) || name.includes('等');
  return fields ? at(k) : at(last);
}

/** The coordinators a field of a shared-head name is listed with (工业和信息化, 公安、民用航空). */
const SHARED_JOINER = /^(?:、|和|及|与)$/u;

/** Public bodies an English sentence names by a state-body head ("its CSIRT", "the competent authority",
 *  "the market surveillance authorities", "ENISA"), known to the vocabulary or not. */
/** Chinese: the bodies of a list whose parts without a head share the next one's (国务院工业和信息化主管部门、有关空中
 *  交通管理机构: two bodies, the first one department named by two fields); the whole phrase when its last part has
 *  no head. */
function sharedHeads(masked: string, named: (x: string) => boolean): string[] {
  const tokens = masked.split(ZH_ANY_JOINER);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < tokens.length; i += 2) {
    const part = tokens[i] as string;
    current += part;
    if (part && named(part)) {
      out.push(current);
      current = '';
    } else if (current) current += tokens[i + 1] ?? '';
  }
  const unmasked = (x: string) => x.replaceAll(NAME_COMMA, '、');
  return current || !out.length ? [unmasked(masked)] : out.map(unmasked);
}

/** Every Chinese coordinator, kept by split (its captures) so a shared-head name is put back as printed. */
const ZH_ANY_JOINER = /(以及|或者|和|及|与|或|、)/u;

/** Chinese coordinators that are words (X或者Y, X和Y), not the 、 that lists places sharing one head. */
const ZH_WORD_JOINER = /以及|或者|和|及|与|或/u;

export function enBodies(sentence: string, g: Grammar, known: { start: number; end: number }[]): Body[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (!g.enBodies || g.enBodyHeads?.test(sentence) === false) return out;
  for (const m of sentence.matchAll(g.enBodies)) {
    const text = (m[1] ?? m[2] ?? m[3]) as string;
    const start = (m.index ?? 0) + m[0].indexOf(text);
    const end = start + text.length;
    if (!known.some((k) => start < k.end && end > k.start)) out.push({ start, end, text });
  }
  return out;
}
