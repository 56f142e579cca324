// What kind of norm a group is, and which authorities it concerns. A POWER is one thing: an authority's
// clause whose verb acts on others (要求, 责令, 查阅, 调取, 检查, 查封, 处…罚款; require, order, inspect,
// impose), or a sanction; the same authority's discretion that acts on no one stays a PERMISSION.
// Authorities: the holder of a power (EMPOWERS), a state body bearing a duty or a permission (BOUND), and
// the authority a duty runs toward (OWED_TO): the object the duty is directed to (向…报告, 配合…, "notify
// the …"), else the one its action names (支持国家情报工作), else the organs named earlier in the
// provision whose request it answers (公安机关…调取数据，有关组织、个人应当予以配合).
import type { Modality } from '../vocab/index.ts';
import type { NormContext } from './extract.ts';
import { type Grammar, hasJointAction, jointAt } from './grammar.ts';
import type { Group } from './groups.ts';
import type { Marker, Mention } from './matchers.ts';
import { MemoPer } from './memo.ts';
import { enBodies, type Party, zhBodies } from './parties.ts';
import { enHead, enPartyKind } from './subject.ts';

/** EMPOWERS: the authority holds the power; OWED_TO: a duty runs toward it; BOUND: the authority itself bears the duty or a permission acting on no one. */
export type AuthorityRole = 'EMPOWERS' | 'OWED_TO' | 'BOUND';

export interface AuthorityLink {
  id: string;
  role: AuthorityRole;
  term?: string;
}

/** The group's modality, or undefined when it states no norm. */
export function classify(ctx: NormContext, sentence: string, grp: Group, clauses: [number, number][]): Modality | undefined {
  const k = grp.markers[0] as Marker;
  if (grp.sanction || k.modality === 'POWER') return 'POWER';
  // "A personal data breach may … result in", "The exercise of those powers shall not impair": a
  // possibility or a legal effect of a thing, not conduct of a party.
  // …but "any transaction … is prohibited" forbids by the marker itself.
  if (grp.nonParty && !grp.passive && k.modality !== 'DUTY' && !/prohibited|neither/u.test(k.text)) return undefined;
  // "Nothing in this order shall prohibit …": a savings clause, no norm.
  if (ctx.lang === 'en' && /^\s*(?:nothing|none of|no provision)\b/iu.test(sentence.slice(grp.start, k.start))) return undefined;
  if (k.modality !== 'PERMISSION') return k.modality;
  const party = grp.party;
  // "Administrative fines may be imposed", "The approval may be withdrawn": an implicit authority's act on others.
  if (ctx.lang === 'en' && grp.passive && party?.kind !== 'actor' && passivePower(ctx, sentence.slice(k.end))) return 'POWER';
  if (!party || party.kind === 'actor') return 'PERMISSION';
  const predicate = ctx.lang === 'zh' ? predicateClauses(ctx, sentence, grp, clauses) : [];
  const after = ctx.lang === 'zh' ? (predicate[0] ?? '') : enPredicate(ctx, sentence, k);
  if (ctx.lang === 'en' && enCoordinatedPower(ctx, sentence.slice(k.end, grp.end))) return 'POWER';
  // Chinese: a later coordinated predicate that opens with a power verb (可以查询…财产，可以采取查封…措施).
  if (predicate.slice(1).some((c) => ctx.m.powerVerbAt(c.replace(/^(?:也|还|并)?可以/u, '')) === 0)) return 'POWER';
  if (ctx.m.powerVerb(after) || (ctx.lang === 'zh' && actsOnParty(ctx, after))) return 'POWER';
  // Chinese: a state body's competence acting on no one in particular (可以开展对外交流与合作, 可以派员出境) is a power
  // it holds; a privilege for itself or its staff (可以优先乘坐公共交通工具) stays a permission. Only a body the
  // sentence names: one carried from an earlier sentence may not be the clause's subject at all.
  const competence = ctx.lang === 'zh' && party.kind === 'authority' && sentence.slice(0, k.start).includes(party.term) && after && ctx.g.privilege && !ctx.g.privilege.test(after);
  return competence ? 'POWER' : 'PERMISSION';
}

/** English: a predicate coordinated later in the clause acts on others ("may inform the public about the
 *  incident or require the entity to do so"). */
function enCoordinatedPower(ctx: NormContext, predicate: string): boolean {
  for (const m of predicate.matchAll(/\s(?:or|and)\s+(?=[a-z])/gu)) if (ctx.m.powerVerbAt(predicate.slice(m.index + m[0].length)) === 0) return true;
  return false;
}

/** Chinese: an organ's permission whose predicate names a private party as its object (可以与有关个人和组织建立
 *  合作关系, 可以对其…) acts on others, whatever its verb; one naming none (可以越级上报, 可以享受通行便利) does not. */
function actsOnParty(ctx: NormContext, predicate: string): boolean {
  if (/(?:^|[对将向与使令])其/u.test(predicate)) return true;
  return ctx.m.mentions(predicate).some((x) => x.kind === 'actor');
}

const EN_PARTICIPLE = /^\s+be\s+([a-z]+)/u;

/** English: the passive after a modal ("be imposed", "be withdrawn", "be barred") is of a power verb:
 *  the verb's forms before the participle ending (impose-d, withdraw-n, bar-red, den-ied) are tried. */
export function passivePower(ctx: NormContext, after: string): boolean {
  const p = EN_PARTICIPLE.exec(after)?.[1];
  if (!p) return false;
  const stems = [p.replace(/ed$/u, ''), p.replace(/d$/u, ''), p.replace(/n$/u, ''), p.replace(/([a-z])\1ed$/u, '$1'), p.replace(/ied$/u, 'y')];
  return stems.some((v) => v !== p && ctx.m.powerVerbAt(v) === 0 && ctx.m.powerVerbAt(`${v}x`) !== 0);
}

/** English: the words after the modal, past a parenthetical ("may, consistent with applicable law, redelegate"). */
function enPredicate(ctx: NormContext, sentence: string, k: Marker): string {
  return enVerbAhead(ctx, sentence.slice(k.end)).slice(0, ctx.m.vocab.modalities.power.enWindow);
}

/** English: the predicate from its verb, past what may stand between the modal and it: parentheticals,
 *  -ly adverbs and the adverbial phrases of grammar.yaml ("shall, without undue delay and, where
 *  appropriate, in cooperation with the relevant CSIRT, carry out"; "shall without delay require"). */
export function enVerbAhead(ctx: NormContext, text: string): string {
  let rest = text;
  for (let prev = ''; rest !== prev; ) {
    prev = rest;
    rest = rest.replace(/^\s*,[^,]{0,160},/u, '').replace(/^[\s,]+/u, '').replace(/^(?:and|or)\s+/u, '').replace(/^[a-z]+ly\s+/u, '');
    const adverbial = ctx.g.adverbial?.exec(rest)?.[0];
    if (adverbial) rest = rest.slice(adverbial.length);
  }
  return rest;
}

/** Chinese: the clauses of a group's predicate after its modal, each without the adverbs and adverbial
 *  phrases that open it (及时, 予以, 按照职责分工); a clause made only of these is no predicate. */
function predicateClauses(ctx: NormContext, sentence: string, grp: Group, clauses: [number, number][]): string[] {
  const k = grp.markers[0] as Marker;
  const out: string[] = [];
  for (const [s, e] of clauses) {
    if (e <= k.end || s >= grp.end) continue;
    let text = withoutAdverbs(sentence.slice(Math.max(s, k.end), Math.min(e, grp.end)).replace(/[，,。；;：:]$/u, ''), ctx);
    // …，并应当监督…: the group's own later modal opens the clause; its verb follows.
    const again = grp.markers.find((x) => x !== k && text.startsWith(x.text));
    if (again) text = withoutAdverbs(text.slice(again.text.length), ctx);
    if (text) out.push(text);
  }
  return out;
}

/** The text from its verb: without the adverbs, adverbial phrases and (Chinese) joint-action partners opening it. */
export function withoutAdverbs(text: string, ctx: NormContext): string {
  let rest = text.trim();
  for (let changed = true; changed && rest; ) {
    changed = false;
    const adverb = ctx.g.adverbs.find((a) => rest.startsWith(a));
    // 应当会同有关部门对…进行检查: the partners named after the modal say how the bearer acts; its verb follows.
    const length = adverb?.length ?? ctx.g.adverbial?.exec(rest)?.[0].length ?? (ctx.lang === 'zh' ? jointPhraseLength(ctx, rest) : 0);
    if (length) {
      rest = rest.slice(length).trim();
      changed = true;
    }
  }
  return rest;
}

/** The clause's verb acts on others: a power verb right after the modal and its adverbs (应当及时责令,
 *  "shall require"), not one later in the clause (应当及时解除查封). */
function actsOnOthers(ctx: NormContext, sentence: string, grp: Group, clauses: [number, number][]): boolean {
  // Chinese: any coordinated predicate of the duty (应当进行评估，根据评估结果依法作出许可的决定).
  // …not one that lifts the organ's own measure (应当及时撤销不准出境决定), nor measures of no named kind (采取有效措施).
  if (ctx.lang === 'zh') {
    const predicate = predicateClauses(ctx, sentence, grp, clauses);
    if (predicate.some((c) => opensActOnOthers(ctx, c) && !ctx.g.lifting?.test(c) && !ctx.g.ownMeasures?.test(c))) return true;
    // …调取数据，应当经过严格的批准手续，依法进行: the predicate carries out the act the subject's clause names (not
    // one done after or before it: 作出处罚决定之前，应当告知…，并…实施).
    const named = subjectClause(sentence, grp).replace(/[，,]$/u, '');
    return ctx.g.proVerbs.includes(predicate[0] ?? '') && !ctx.g.timeClauseEnds.some((w) => named.endsWith(w)) && ctx.m.powerVerbAt(named) >= 0;
  }
  // "shall immediately take action": an adverb before the verb.
  // Only the verb's start is tested, so the predicate is read whole (its patterns may reach past their verb).
  return ctx.m.powerVerbAt(enVerbAhead(ctx, sentence.slice((grp.markers[0] as Marker).end, grp.end))) === 0;
}

/** Chinese: a clause opening with an act on others: a power verb at its start (责令, 检查), or one after a frame that
 *  fronts the party acted on (对进口商进行约谈, 加强对…的监督检查; grammar.yaml objectFrames). */
function opensActOnOthers(ctx: NormContext, clause: string): boolean {
  if (ctx.m.powerVerbAt(clause) === 0) return true;
  const frame = ctx.g.objectFrame;
  if (!frame || !/^(?:组织|对|加强)/u.test(clause)) return false;
  for (let k = 2; k < Math.min(clause.length, 56); k++) if (frame.test(clause.slice(0, k)) && ctx.m.powerVerbAt(clause.slice(k)) === 0) return true;
  return false;
}

/** The group's text before its modal without the bearer's own name: what its subject's clause says it does. */
function subjectClause(sentence: string, grp: Group): string {
  const before = sentence.slice(grp.start, (grp.markers[0] as Marker).start);
  const term = grp.party?.term;
  return term ? before.replace(term, '') : before;
}

export function authoritiesOf(ctx: NormContext, sentence: string, grp: Group, modality: Modality, party: Party | undefined, mentions: Mention[], clauses: [number, number][], actions: string[], namedBefore: { id: string; term?: string }[]): AuthorityLink[] {
  const out: AuthorityLink[] = [];
  // Two bodies of one generic class (国务院商务主管部门、县级以上地方人民政府交通运输主管部门: both 主管部门) are two
  // bodies: one link per class and name, unless one name contains the other (公安机关, 该公安机关).
  // A short form naming several bodies together (以下统称) is each of them: one link per body.
  const add = (id: string, role: AuthorityRole, term?: string) => {
    for (const x of membersOf(ctx, { id, ...(term ? { term } : {}) })) if (!out.some((a) => a.id === x.id && a.role === role && sameBody(a.term, x.term))) out.push({ id: x.id, role, ...(x.term ? { term: x.term } : {}) });
  };
  // A state bearer the vocabulary lists as a class of addressees ("Member States" of an EU act) still
  // holds a power it is given over parties ("may take legal action against an entity"), not a discretion
  // over its own institutions ("may designate an existing authority").
  const stateHolds = ctx.lang === 'en' && party?.kind === 'state' && modality === 'POWER' && ctx.m.powerVerbAt(enVerbAhead(ctx, sentence.slice((grp.markers[0] as Marker).end, grp.end))) === 0 && predicateNamesParty(ctx, sentence, grp, mentions);
  const bodies = (party?.refs ?? []).filter((r) => r.kind !== 'actor' || stateHolds);
  // …and an English state (a Member State, an authority of the vocabulary) holds only those: its other
  // "powers" are discretions over its own law and institutions, which it bears.
  const holds = ctx.lang !== 'en' || party?.kind !== 'state' || stateHolds;
  // A permission that acts on no one (可以越级上报, "may take public transport") empowers the body over
  // no one: the body bears it, as it bears its duties.
  // 国家网信部门会同有关主管部门可以…: the partners named with the holder act with it, each an authority of
  // the norm as the holder is (a power's holders; bearers of a duty or a discretion with it).
  const joint = bodies.length ? partners(ctx, sentence, grp, mentions).map((x) => ({ id: `authority:${x.id}`, term: sentence.slice(x.start, x.end) })) : [];
  const holders = [...bodies, ...joint];
  for (const r of holders) add(r.id, modality === 'POWER' && holds ? 'EMPOWERS' : 'BOUND', r.term);
  // 国家安全机关应当责令其整改: a duty of the organ that is also its power over others.
  if (modality === 'DUTY' && holds && bodies.length && actsOnOthers(ctx, sentence, grp, clauses)) for (const r of holders) add(r.id, 'EMPOWERS', r.term);
  for (const r of (grp.beneficiary?.refs ?? []).filter((x) => x.kind !== 'actor')) add(r.id, 'OWED_TO', r.term);
  // 不得拒绝、阻挠: a prohibition of obstructing an organ is owed to it, as the duty to cooperate is.
  // …and a duty that only executes an organ's decision (应当按照规定执行) answers that organ.
  const obstructs = (modality === 'PROHIBITION' && obstruction(ctx, sentence, grp)) || (modality === 'DUTY' && executes(ctx, sentence, grp, clauses));
  if (modality === 'DUTY' || obstructs) {
    const bound = boundBodies(holders);
    // English: "The Commission shall require recipients to submit to the Commission": the duty the
    // authority imposes on others is owed to it, not its own duty (unlike one toward its peers: "shall
    // communicate to the market surveillance authorities of other Member States").
    const imposes = ctx.lang === 'en' && out.some((a) => a.role === 'EMPOWERS');
    // The duty is directed by what it does, not by the condition before its modal (…的人员因协助国家情报工作，
    // 其…受到威胁时，国家有关部门应当…予以保护: protecting owes nothing to the organs the helpers assisted).
    const done = ctx.m.actions(sentence.slice((grp.markers[0] as Marker).start, grp.end));
    for (const o of owedTo(ctx, sentence, grp, mentions, clauses, actions.filter((a) => done.includes(a)), namedBefore, bound, obstructs)) if (!imposes || !bound.has(o.id, o.term)) add(o.id, 'OWED_TO', o.term);
  }
  return withoutAnaphors(out);
}

/** The bodies an authority named by `term` is: those a collective short form stands for (国家情报工作机构, defined as
 *  国家安全机关和公安机关情报机构、军队情报机构), each by its own name, else itself. */
export function membersOf(ctx: NormContext, a: { id: string; term?: string }): { id: string; term?: string }[] {
  const members = a.term ? ctx.parties.members(a.term) : undefined;
  return members ? members.map((r) => ({ id: r.id, term: r.term })) : [a];
}

/** The bodies bearing a norm: another body is one of them when its class is and its name is theirs. */
interface Bound {
  has(id: string, term?: string): boolean;
}

const boundBodies = (refs: { id: string; term?: string }[]): Bound => ({ has: (id, term) => refs.some((r) => r.id === id && sameBody(r.term, term)) });

/** Two names of one class name one body unless both are printed and neither contains the other. */
function sameBody(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const x = bodyName(a);
  const y = bodyName(b);
  return x.includes(y) || y.includes(x);
}

/** A body's name without determiners and number ("its competent authority", "the competent authorities"). */
const bodyName = (t: string): string =>
  t
    .toLowerCase()
    .replace(/^(?:(?:the|a|an|its|their|each|every|any|all|such|those|these|other|relevant|该|其|上述)\s*)+/u, '')
    .replace(/ies$/u, 'y')
    .replace(/s$/u, '');

/** The predicate after the modal names a private party (a vocabulary actor, or a party noun). */
function predicateNamesParty(ctx: NormContext, sentence: string, grp: Group, mentions: Mention[]): boolean {
  const from = (grp.markers[0] as Marker).end;
  if (mentions.some((x) => x.kind === 'actor' && x.start >= from && x.end <= grp.end)) return true;
  return ctx.lang === 'en' && sentence.slice(from, grp.end).split(/[^A-Za-z-]+/u).some((w) => w.length > 2 && enPartyKind(w, ctx.g) === 'actor');
}

const ANAPHOR = /^(?:those|these|such|that|this)\s/iu;

/** "inform the competent authorities … and cooperate with those authorities": a demonstrative names again a
 *  body the sentence has named; it is no second authority when another one is owed. */
export function withoutAnaphors(links: AuthorityLink[]): AuthorityLink[] {
  const owed = links.filter((a) => a.role === 'OWED_TO');
  if (!owed.some((a) => !ANAPHOR.test(a.term ?? ''))) return links;
  return links.filter((a) => a.role !== 'OWED_TO' || !ANAPHOR.test(a.term ?? ''));
}

/** Chinese: the partners of a bearer that acts jointly (X会同Y、Z可以…; X会同Y发现…的，可以…): the bodies listed
 *  right after a verb of joint action that follows the bearer's own name, before the modal. */
function partners(ctx: NormContext, sentence: string, grp: Group, mentions: Mention[]): Mention[] {
  if (!hasJointAction(ctx.g, sentence)) return [];
  const k = grp.markers[0] as Marker;
  if (ctx.lang === 'en') return enPartners(ctx, sentence, grp.start, k.start, mentions);
  const bodies = authorityMentions(ctx, sentence, mentions);
  const own = boundBodies(grp.party?.refs ?? []);
  // Where the bearer's name ends: a body of it, or its whole term (国务院工业和信息化、公安部门, one name of several).
  const term = grp.party?.term ?? '';
  const at = term ? sentence.indexOf(term, grp.start) : -1;
  const ends = [...bodies.filter((x) => x.start >= grp.start && own.has(`authority:${x.id}`, sentence.slice(x.start, x.end))).map((x) => x.end), ...(at >= 0 ? [at + term.length] : [])];
  for (const end of ends.sort((a, b) => a - b)) {
    const listed = end < k.start ? objectPartners(ctx, sentence, end, bodies, k.start) : [];
    if (listed.length) return listed;
  }
  return [];
}

/** English: the bodies of a joint-action adjunct between the subject and its modal (", jointly with the Attorney
 *  General and the Secretary of State, may"). */
function enPartners(ctx: NormContext, sentence: string, from: number, modal: number, mentions: Mention[]): Mention[] {
  for (const comma of sentence.slice(from, modal).matchAll(/,\s*/gu)) {
    const at = from + comma.index + comma[0].length;
    const verb = jointAt(ctx.g, sentence, at);
    if (!verb) continue;
    const end = sentence.indexOf(',', at);
    const to = end < 0 || end > modal ? modal : end;
    return authorityMentions(ctx, sentence, mentions).filter((x) => x.start >= at + verb.length && x.end <= to);
  }
  return [];
}

/** The end of a body's name with its staff (国家安全机关工作人员会同…). */
function ownNameEnd(ctx: NormContext, sentence: string, end: number): number {
  const staff = ctx.g.staff.find((w) => sentence.startsWith(w, end));
  return end + (staff?.length ?? 0);
}

/** The bodies listed from `from` (after 会同): each joined to the one before by a coordinator (Y、Z和W), up to `to`. */
function jointList(ctx: NormContext, sentence: string, from: number, bodies: Mention[], to: number): Mention[] {
  const out: Mention[] = [];
  let at = from;
  for (const x of bodies) {
    if (x.start < at || x.end > to) continue;
    const between = sentence.slice(at, x.start);
    if (!(out.length ? /^(?:、|和|及|以及|与|，|,)$/u : /^(?:有关|相关)?$/u).test(between)) break;
    out.push(x);
    at = ownNameEnd(ctx, sentence, x.end);
  }
  return out;
}

/** Chinese: the partners listed after a body's name by a verb of joint action (X会同Y、Z), none otherwise. */
function objectPartners(ctx: NormContext, sentence: string, end: number, bodies: Mention[], to: number): Mention[] {
  const from = ctx.lang === 'zh' ? ownNameEnd(ctx, sentence, end) : end;
  const verb = ctx.lang === 'zh' ? jointAt(ctx.g, sentence, from) : undefined;
  return verb ? jointList(ctx, sentence, from + verb.length, bodies, to) : [];
}

/** Chinese: the length of a joint-action phrase opening `text` (会同有关部门, 会同国务院公安部门、国家安全机关), which
 *  says with whom the bearer acts, not what it does; 0 if it opens with none. */
function jointPhraseLength(ctx: NormContext, text: string): number {
  // 会同Y…, or 与Y共同… (the adverb is then read as the adverbs are).
  const withWord = ctx.g.jointWith?.prepositions.find((w) => text.startsWith(w));
  const verb = jointAt(ctx.g, text, 0) ?? withWord;
  if (!verb) return 0;
  const listed = jointList(ctx, text, verb.length, authorityMentions(ctx, text, ctx.m.mentions(text)), text.length).at(-1);
  if (!listed) return 0;
  // …等部门, …等有关部门: the others of the list, unnamed.
  const named = ownNameEnd(ctx, text, listed.end);
  const end = named + (/^等(?:有关|相关)?(?:部门|机关|单位)?/u.exec(text.slice(named))?.[0].length ?? 0);
  return !withWord || verb !== withWord || ctx.g.jointWith?.adverbs.some((a) => text.startsWith(a, end)) ? end : 0;
}

/** Chinese: a predicate that only executes (按照国家有关规定执行, 予以执行) carries out what an organ decided or
 *  notified: the duty answers the organ the sentence names (对国家安全机关通知…的人员，移民管理机构应当…执行). */
function executes(ctx: NormContext, sentence: string, grp: Group, clauses: [number, number][]): boolean {
  return ctx.lang === 'zh' && predicateClauses(ctx, sentence, grp, clauses).some((c) => ctx.g.executions.includes(c));
}

/** The prohibition's verb is refusing or obstructing (不得拒绝、阻碍; "shall not obstruct"). */
function obstruction(ctx: NormContext, sentence: string, grp: Group): boolean {
  const rest = withoutAdverbs(sentence.slice((grp.markers[0] as Marker).end, grp.end), ctx).toLowerCase();
  return ctx.g.obstructions.some((w) => rest.startsWith(w));
}

/** Words that join the items of one list of authorities (公安机关、国家安全机关; X和有管辖权的Y; "X and the (other) Y";
 *  "the CSIRTs designated as coordinators and ENISA";
 *  "its CSIRT or, where applicable, its competent authority"; past the body's attachment or a word that
 *  goes on its name: "the Committee on X of the House of Representatives and the Committee on Y", "the
 *  CSIRTs network and ENISA"). */
const LIST_JOINER = /^\s*(、|和|及|以及|或者|或|与|,|and|or)(?!\s*(会同|协同))[^，,。；;：:]{0,12}$|^\s*,?\s*(and|or)\s*,\s*(where applicable|where appropriate|as the case may be|if any)\s*,\s*(its|the|their|an?)?\s*$|^(?:\s+(?:on|of|for)(?:[\s,]+(?:[A-Z][\w-]*|of|and|the|on|for))+|(?:\s+[a-z]+){1,3})?\s*,?\s+(?:and|or)\s+(?:the\s+|its\s+)?(?:other\s+)?$/u;

/** `answers`: the norm answers an organ's work whatever its action (不得拒绝): owed to the organs named. */
/** The domestic authorities a sentence names: known ones, and (Chinese) state bodies the vocabulary does
 *  not know, named by their head; a known one named more precisely by a longer phrase (国务院民用航空主管部门)
 *  is that phrase, of the known class. */
export function authorityMentions(ctx: NormContext, sentence: string, mentions: Mention[]): Mention[] {
  return bodiesNamed.of(ctx).get(sentence, () => readAuthorityMentions(ctx, sentence, mentions));
}

/** Per document (the statute's own terms name classes): `mentions` are always the sentence's own. */
const bodiesNamed = new MemoPer<NormContext, Mention[]>();

function readAuthorityMentions(ctx: NormContext, sentence: string, mentions: Mention[]): Mention[] {
  const domestic = (x: Mention) => x.kind === 'authority' && ctx.isDomestic(x.id);
  const bodies = ctx.lang === 'zh' ? zhBodies(sentence, ctx.g, mentions.filter((x) => domestic(x))) : enBodies(sentence, ctx.g, mentions.filter((x) => x.kind !== 'data'));
  const known = mentions.filter((x) => domestic(x) && !bodies.some((b) => b.known && b.start <= x.start && b.end >= x.end));
  const others: Mention[] = bodies.map((b) => ({ kind: 'authority', id: b.known ?? ctx.parties.termRef(b.text, 'authority').id.replace(/^authority:/, ''), start: b.start - demonstrativeBefore(ctx, sentence, b.start), end: b.end }));
  return [...known, ...others].sort((a, b) => a.start - b.start);
}

/** English: the length of "those "/"these " just before a body's name, which then names it again (withoutAnaphors). */
function demonstrativeBefore(ctx: NormContext, sentence: string, at: number): number {
  return ctx.lang === 'en' ? (/\b(?:those|these)\s+$/u.exec(sentence.slice(Math.max(0, at - 8), at))?.[0].length ?? 0) : 0;
}

/** The authorities a point of a duty's list is directed to (（五）向国家安全机关、公安机关…提供必要的支持和协助). */
export function owedInListItem(ctx: NormContext, item: string, mentions: Mention[], clauses: [number, number][]): AuthorityLink[] {
  const grp: Group = { markers: [{ modality: 'DUTY', start: 0, end: 0, text: '' }], start: 0, end: item.length, inherited: false, implicit: true };
  return directedObjects(ctx, item, grp, authorityMentions(ctx, item, mentions), clauses).flatMap((o) => membersOf(ctx, o).map((x) => ({ ...x, role: 'OWED_TO' as const })));
}

function owedTo(ctx: NormContext, sentence: string, grp: Group, mentions: Mention[], clauses: [number, number][], actions: string[], namedBefore: { id: string; term?: string }[], bound: Bound, answers = false): { id: string; term?: string }[] {
  const vocab = ctx.m.vocab;
  const candidates = authorityMentions(ctx, sentence, mentions);
  // Objects come after the modal, so an authority there is never the bearer itself, whatever its class
  // (县级以上地方人民政府有关主管部门应当向上一级…有关主管部门报告).
  const directed = directedObjects(ctx, sentence, grp, candidates, clauses);
  const unbound = candidates.filter((x) => !bound.has(`authority:${x.id}`, sentence.slice(x.start, x.end)));
  if (directed.length) return directed;
  const requesting = requesters(ctx, sentence, grp, candidates, bound);
  if (requesting.length) return requesting;
  const antecedent = pronounObject(ctx, sentence, grp, candidates, mentions, bound);
  if (antecedent.length) return antecedent;
  const out: { id: string; term?: string }[] = [];
  let named = answers;
  for (const id of actions) {
    const o = vocab.actions.find((a) => a.id === id)?.owedTo;
    if (o === 'named') named = true;
    else if (o) for (const x of o) if (!bound.has(`authority:${x}`)) out.push({ id: `authority:${x}` });
  }
  if (out.length || !named) return out;
  if (unbound.length) return unbound.map((x) => ({ id: `authority:${x.id}`, term: sentence.slice(x.start, x.end) }));
  // "The processor shall notify the controller": directed to a party, so owed to no authority named before.
  if (directedToParty(ctx, sentence, grp, mentions)) return [];
  return namedBefore.filter((x) => !bound.has(x.id, x.term)).slice(0, 2);
}

const ZH_PRONOUN_OBJECT = /(?:向|配合|协助|接受)其(?![他余中])/u;

/** Chinese: a duty directed to 其 (向其报告, 配合其工作) is directed to the party the sentence named last before
 *  it, other than the bearer: an organ (收到监管部门的通知后，应当立即向其报告), or a private party (no organ).
 *  A sentence naming none before it points back to the organ carried over as its topic (X是…主管机关。发现…的，
 *  应当向其报告): a duty toward that organ is not its own, so holdersOf leaves the bearer implicit. */
function pronounObject(ctx: NormContext, sentence: string, grp: Group, candidates: Mention[], mentions: Mention[], bound: Bound): { id: string; term?: string }[] {
  if (ctx.lang !== 'zh') return [];
  const from = (grp.markers[0] as Marker).end;
  const hit = ZH_PRONOUN_OBJECT.exec(sentence.slice(from, grp.end));
  if (!hit) return [];
  const at = from + hit.index;
  const own = boundBodies(grp.party?.refs ?? []);
  const before = [...candidates.map((x) => ({ x, id: `authority:${x.id}` })), ...mentions.filter((x) => x.kind === 'actor').map((x) => ({ x, id: `actor:${x.id}` }))]
    .filter(({ x, id }) => x.end <= at && !own.has(id, sentence.slice(x.start, x.end)) && !bound.has(id, sentence.slice(x.start, x.end)))
    .sort((a, b) => a.x.end - b.x.end);
  const last = before.at(-1);
  if (!last) return grp.inherited && grp.party?.kind !== 'actor' ? (grp.party?.refs ?? []).filter((r) => r.kind !== 'actor').map((r) => ({ id: r.id, term: r.term })) : [];
  return last.id.startsWith('authority:') ? [{ id: last.id, term: sentence.slice(last.x.start, last.x.end) }] : [];
}

/** Bodies named before the modal as the one whose request or order the duty answers (应X的要求, X依法要求…的,
 *  "at the request of X"), other than the bearer. */
function requesters(ctx: NormContext, sentence: string, grp: Group, candidates: Mention[], bound: Bound): { id: string; term?: string }[] {
  const r = ctx.g.requestedBy;
  if (!r) return [];
  const modal = (grp.markers[0] as Marker).start;
  return candidates
    .filter((x) => x.start >= grp.start && x.end <= modal && !bound.has(`authority:${x.id}`, sentence.slice(x.start, x.end)))
    .filter((x) => r.before?.test(sentence.slice(grp.start, x.start)) || r.after?.test(sentence.slice(x.end, modal)))
    .map((x) => ({ id: `authority:${x.id}`, term: sentence.slice(x.start, x.end) }));
}

// English: the object right after the duty's verb ("shall notify, without undue delay, the recipients of …").
// A bare plural object counts too ("shall inform consumers of where to complain").
const EN_OBJECT = /^\s*(?:[a-z]+ly\s+)?[a-z]+(?:\s*,[^,.;]{1,60},)?\s+((?:(?:the|their|its|an?|any|each|all)\s+)?[^,.;]{2,60})/u;

/** The duty's action is directed to a private party (an actor class) named after the modal. */
function directedToParty(ctx: NormContext, sentence: string, grp: Group, mentions: Mention[]): boolean {
  const predicateStart = (grp.markers[0] as Marker).end;
  const object = ctx.lang === 'en' ? EN_OBJECT.exec(sentence.slice(predicateStart, grp.end))?.[1] : undefined;
  if (object && enPartyKind(enHead(object, ctx.g), ctx.g) === 'actor') return true;
  return mentions.some((x) => x.kind === 'actor' && x.start >= predicateStart && x.end <= grp.end && ctx.m.directedBefore(sentence.slice(predicateStart, x.start)));
}

/** Authorities the duty's action is directed to: known ones after 向/配合/报告…, and others named there by a state-body head. */
function directedObjects(ctx: NormContext, sentence: string, grp: Group, candidates: Mention[], clauses: [number, number][]): { id: string; term?: string }[] {
  const m = ctx.m;
  const predicateStart = (grp.markers[0] as Marker).end;
  const inSpan = candidates.filter((x) => x.start >= predicateStart && x.end <= grp.end);
  const out: { id: string; term?: string }[] = [];
  let prevEnd = 0;
  for (let i = 0; i < inSpan.length; ) {
    let j = i;
    while (j + 1 < inSpan.length && LIST_JOINER.test(sentence.slice((inSpan[j] as Mention).end, (inSpan[j + 1] as Mention).start))) j++;
    const head = inSpan[i] as Mention;
    const tail = inSpan[j] as Mention;
    const from = Math.max(m.lang === 'zh' ? (clauses.find(([s, e]) => head.start >= s && head.start < e)?.[0] ?? 0) : 0, grp.start, prevEnd);
    if (m.directedBefore(sentence.slice(from, head.start)) || m.directedAfter(sentence, tail.end)) {
      for (let k = i; k <= j; k++) out.push({ id: `authority:${(inSpan[k] as Mention).id}`, term: sentence.slice((inSpan[k] as Mention).start, (inSpan[k] as Mention).end) });
      // 通过X会同Y组织的审查: the bodies acting with the object are objects with it.
      for (const x of objectPartners(ctx, sentence, tail.end, inSpan, grp.end)) out.push({ id: `authority:${x.id}`, term: sentence.slice(x.start, x.end) });
    }
    prevEnd = tail.end;
    i = j + 1;
  }
  if (out.length || ctx.lang !== 'zh') return out;
  return unknownDirected(ctx, sentence, predicateStart, grp.end);
}

/** Chinese state bodies the vocabularies do not know, as objects of 向/配合/接受…: 向档案管理部门报告. */
function unknownDirected(ctx: NormContext, sentence: string, from: number, to: number): { id: string; term?: string }[] {
  const out: { id: string; term?: string }[] = [];
  for (const x of sentence.slice(from, to).matchAll(directedBodies(ctx.g))) {
    const term = (x[1] as string).replace(/^(?:有关|相关|所在地)?/u, (s) => s);
    const ref = ctx.parties.termRef(term, 'authority');
    if (ref.kind !== 'actor') out.push({ id: ref.id, term });
  }
  return out;
}

const directed = new WeakMap<Grammar, RegExp>();

/** The expression of unknownDirected, compiled once per grammar (matchAll runs on a copy of it). */
function directedBodies(g: Grammar): RegExp {
  let re = directed.get(g);
  if (re) return re;
  const heads = g.heads.filter((h) => h.kind === 'authority').map((h) => h.text).join('|');
  re = new RegExp(`(?:向|配合|协助|接受|报送|报请|提交|通报)([^，,。；;、]{2,24}?(?:${heads}))(?=[^，,。；;]{0,12}(?:报告|备案|申请|提交|报送|举报|监督|检查|配合|协助|审查|认证|批准|核准|许可|[，,。；;]))`, 'gu');
  directed.set(g, re);
  return re;
}
