// What kind of norm a group is, and which authorities it concerns. A POWER is one thing: an authority's
// clause whose verb acts on others (要求, 责令, 查阅, 调取, 检查, 查封, 处…罚款; require, order, inspect,
// impose), or a sanction; the same authority's discretion that acts on no one stays a PERMISSION.
// Authorities: the holder of a power or permission (EMPOWERS), a state body bearing a duty (BOUND), and
// the authority a duty runs toward (OWED_TO): the object the duty is directed to (向…报告, 配合…, "notify
// the …"), else the one its action names (支持国家情报工作), else the organs named earlier in the
// provision whose request it answers (公安机关…调取数据，有关组织、个人应当予以配合).
import type { Modality } from '../vocab/index.ts';
import type { NormContext } from './extract.ts';
import type { Group } from './groups.ts';
import type { Marker, Mention } from './matchers.ts';
import { enBodies, type Party, zhBodies } from './parties.ts';

/** EMPOWERS: the authority holds the power/permission; OWED_TO: a duty runs toward it; BOUND: the authority itself bears the duty. */
export type AuthorityRole = 'EMPOWERS' | 'OWED_TO' | 'BOUND';

export interface AuthorityLink {
  id: string;
  role: AuthorityRole;
  term?: string;
}

const clauseEndAfter = (clauses: [number, number][], pos: number): number => (clauses.find(([s, e]) => pos >= s && pos < e) ?? [pos, pos])[1];

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
  if (!party || party.kind === 'actor') return 'PERMISSION';
  const after = ctx.lang === 'zh' ? sentence.slice(k.end, clauseEndAfter(clauses, k.start)) : sentence.slice(k.end, k.end + ctx.m.vocab.modalities.power.enWindow);
  return ctx.m.powerVerb(after) ? 'POWER' : 'PERMISSION';
}

/** The clause's verb acts on others: a power verb right after the modal and its adverbs (应当及时责令,
 *  "shall require"), not one later in the clause (应当及时解除查封). */
function actsOnOthers(ctx: NormContext, sentence: string, grp: Group, clauses: [number, number][]): boolean {
  const k = grp.markers[0] as Marker;
  const after = ctx.lang === 'zh' ? sentence.slice(k.end, clauseEndAfter(clauses, k.start)) : sentence.slice(k.end, k.end + ctx.m.vocab.modalities.power.enWindow);
  const rest = ctx.lang === 'zh' ? after.replace(/^(?:及时|依法|立即|并|也|还|按照[^，,]{0,12}规定|依照[^，,]{0,12}规定)*/u, '') : after.replace(/^\s*,[^,]{0,160},/u, '').trimStart();
  const at = ctx.m.powerVerbAt(rest);
  return at >= 0 && at <= (ctx.lang === 'zh' ? 2 : 0);
}

export function authoritiesOf(ctx: NormContext, sentence: string, grp: Group, modality: Modality, party: Party | undefined, mentions: Mention[], clauses: [number, number][], actions: string[], namedBefore: string[]): AuthorityLink[] {
  const out: AuthorityLink[] = [];
  const add = (id: string, role: AuthorityRole, term?: string) => {
    if (!out.some((a) => a.id === id && a.role === role)) out.push({ id, role, ...(term ? { term } : {}) });
  };
  const holds = modality === 'POWER' || modality === 'PERMISSION';
  const bodies = (party?.refs ?? []).filter((r) => r.kind !== 'actor');
  for (const r of bodies) add(r.id, holds ? 'EMPOWERS' : 'BOUND', r.term);
  // 国家安全机关应当责令其整改: a duty of the organ that is also its power over others.
  if (modality === 'DUTY' && bodies.length && actsOnOthers(ctx, sentence, grp, clauses)) for (const r of bodies) add(r.id, 'EMPOWERS', r.term);
  for (const r of (grp.beneficiary?.refs ?? []).filter((x) => x.kind !== 'actor')) add(r.id, 'OWED_TO', r.term);
  if (modality === 'DUTY') {
    const bound = new Set(bodies.map((r) => r.id));
    for (const o of owedTo(ctx, sentence, grp, mentions, clauses, actions, namedBefore, bound)) add(o.id, 'OWED_TO', o.term);
  }
  return out;
}

/** Words that join the items of one list of authorities (公安机关、国家安全机关; X和有管辖权的Y; "X and the Y";
 *  "its CSIRT or, where applicable, its competent authority"). */
const LIST_JOINER = /^\s*(、|和|及|以及|或者|或|与|,|and|or)(?!\s*(会同|协同))[^，,。；;：:]{0,12}$|^\s*,?\s*(and|or)\s*,\s*(where applicable|where appropriate|as the case may be|if any)\s*,\s*(its|the|their|an?)?\s*$/u;

function owedTo(ctx: NormContext, sentence: string, grp: Group, mentions: Mention[], clauses: [number, number][], actions: string[], namedBefore: string[], bound: Set<string>): { id: string; term?: string }[] {
  const vocab = ctx.m.vocab;
  const domestic = (x: Mention) => x.kind === 'authority' && vocab.authorities.find((a) => a.id === x.id)?.jurisdiction !== 'foreign';
  // Known authorities, and (Chinese) state bodies the vocabulary does not know, named by their head.
  const known = mentions.filter((x) => domestic(x));
  const bodies = (ctx.lang === 'zh' ? zhBodies : enBodies)(sentence, ctx.g, mentions.filter((x) => x.kind !== 'data'));
  const others: Mention[] = bodies.map((b) => ({ kind: 'authority', id: ctx.parties.termRef(b.text, 'authority').id.replace(/^authority:/, ''), start: b.start, end: b.end }));
  const candidates = [...known, ...others].filter((x) => !bound.has(`authority:${x.id}`)).sort((a, b) => a.start - b.start);
  const directed = directedObjects(ctx, sentence, grp, candidates, clauses);
  if (directed.length) return directed;
  const out: { id: string; term?: string }[] = [];
  let named = false;
  for (const id of actions) {
    const o = vocab.actions.find((a) => a.id === id)?.owedTo;
    if (o === 'named') named = true;
    else if (o) for (const x of o) if (!bound.has(`authority:${x}`)) out.push({ id: `authority:${x}` });
  }
  if (out.length || !named) return out;
  if (candidates.length) return candidates.map((x) => ({ id: `authority:${x.id}`, term: sentence.slice(x.start, x.end) }));
  return namedBefore.filter((id) => !bound.has(id)).slice(0, 2).map((id) => ({ id }));
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
    }
    prevEnd = tail.end;
    i = j + 1;
  }
  if (out.length || ctx.lang !== 'zh') return out;
  return unknownDirected(ctx, sentence, predicateStart, grp.end);
}

/** Chinese state bodies the vocabularies do not know, as objects of 向/配合/接受…: 向密码管理部门报告. */
function unknownDirected(ctx: NormContext, sentence: string, from: number, to: number): { id: string; term?: string }[] {
  const heads = ctx.g.heads.filter((h) => h.kind === 'authority').map((h) => h.text).join('|');
  const re = new RegExp(`(?:向|配合|协助|接受|报送|报请|提交|通报)([^，,。；;、]{2,24}?(?:${heads}))(?=[^，,。；;]{0,12}(?:报告|备案|申请|提交|报送|举报|监督|检查|配合|协助|审查|认证|批准|核准|许可|[，,。；;]))`, 'gu');
  const out: { id: string; term?: string }[] = [];
  for (const x of sentence.slice(from, to).matchAll(re)) {
    const term = (x[1] as string).replace(/^(?:有关|相关|所在地)?/u, (s) => s);
    const ref = ctx.parties.termRef(term, 'authority');
    if (ref.kind !== 'actor') out.push({ id: ref.id, term });
  }
  return out;
}
