// Who a law reaches, derived once per load (the inputs are one read of the graph, the output the
// exposure claims written back): a pure function, tested without a database.
//
// A company falls in an actor class when a sourced capacity of it meets the class's statutory term
// (ingest/vocab/capacities.yaml), or the class covers every organisation, or through the statutes' own
// definitions (SUBCLASS_OF, quoted) above a class it is in. A norm reaches the company when it binds
// (DUTY, PROHIBITION) or requires (POWER) such a class in a law version that applies where the company
// is headquartered; a class whose membership turns on a status that is not public (a CII designation)
// makes the item conditional, with the condition in words. Unknown stays unknown: not being found a
// member never reads as "does not apply" — it reads as conditional or not listed.
// One item per (company, provision): its norms grouped, tiered by what they do to the company.
import { createHash } from 'node:crypto';
import type { ExposureTier, Vocabulary } from '../../ingest/vocab/index.ts';
import { quotedPredicate } from '../../ingest/norms/predicate.ts';
import { hasHan } from '../../ingest/text/scripts.ts';

export interface Ref {
  id: string;
  rel: string;
  name?: string;
  /** For an authority: the names of the authorities a statute's definition counts it among (SUBCLASS_OF). */
  kinds?: string[];
}

export interface CompanyInput {
  id: string;
  name: string;
  hq: { jurisdiction: string; rel: string }[];
  capacities: { id: string; meets: string[]; rel: string; from?: string | null; to?: string | null }[];
}

export interface ClassInput {
  id: string;
  name: string;
  nameZh?: string | null;
  aliases: string[];
  covers: boolean;
  condition?: string | null;
  supers: Ref[];
}

export interface NormInput {
  jurisdiction: string;
  appliesIn: string;
  lawId: string;
  lawName: string;
  lawNameZh?: string | null;
  versionId: string;
  inForceFrom?: string | null;
  inForceTo?: string | null;
  versionStatus?: string | null;
  provisionId: string;
  locator: string;
  number: string;
  order: number;
  hasProvision: string;
  normId: string;
  modality: 'DUTY' | 'PROHIBITION' | 'PERMISSION' | 'POWER';
  actions: string[];
  sanction?: string | null;
  expresses: string;
  bearerTerm?: string | null;
  /** The norm's sentence, quoted from its document. */
  documentId?: string | null;
  normLocator?: string | null;
  quote?: string | null;
  /** What the norm says its bearer must or may do, in its own words (ingest/norms/predicate.ts). */
  predicate?: string | null;
  binds: Ref[];
  requires: Ref[];
  empowers: Ref[];
  owedTo: Ref[];
  sanctionedBy: Ref[];
}

export interface ExposureInputs {
  companies: CompanyInput[];
  classes: ClassInput[];
  norms: NormInput[];
}

export interface ExposureClaim {
  id: string;
  companyId: string;
  provisionId: string;
  lawId: string;
  versionId: string;
  inForceFrom: string | null;
  inForceTo: string | null;
  versionStatus: string | null;
  tier: ExposureTier;
  categories: string[];
  status: 'applies' | 'conditional';
  conditions: string[];
  /** How it reaches the company, one line per class ("any organisation", "network operator, through its capacity …"). */
  reach: string[];
  citation: string;
  statement: string;
  normIds: string[];
  /** Each norm's sentence, in the order of normIds. */
  evidence: { documentId: string; locator: string; quote: string }[];
  premises: string[];
  sanctions: string[];
  /** Sort key: tier, applies before conditional, category order. */
  rank: number;
}

/** How a company is in a class: the premises (relationship ids) and words saying how. */
interface Membership {
  premises: string[];
  via: string;
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
/** A power, or an organ's duty that acts on the classes it requires (应当…对网络数据处理者进行监督检查):
 *  it reaches companies through `requires`, and is directed by the organs it `empowers`. */
const overOthers = (n: NormInput): boolean => n.modality === 'POWER' || (n.modality === 'DUTY' && n.requires.length > 0 && n.empowers.length > 0);
const TIER_ORDER: ExposureTier[] = ['compels', 'supervision', 'context'];

/** The classes a company is in, with how: through a capacity that meets the class's term, then up the definitions. */
export function memberships(c: CompanyInput, classes: Map<string, ClassInput>): Map<string, Membership> {
  const out = new Map<string, Membership>();
  for (const k of c.capacities) {
    const meets = new Set(k.meets);
    const capacity = k.id.replace(/^capacity:/, '').replace(/-/g, ' ');
    for (const a of classes.values()) {
      if (out.has(a.id)) continue;
      const term = [a.name, a.nameZh, ...a.aliases].find((x): x is string => !!x && meets.has(x));
      if (term) out.set(a.id, { premises: [k.rel], via: `its sourced capacity (${capacity}) meets the statutory term ${term}` });
    }
  }
  // Up the statutes' definitions (网络服务提供者 SUBCLASS_OF 网络运营者), each step a quoted premise.
  const queue = [...out.keys()];
  while (queue.length) {
    const id = queue.shift() as string;
    const m = out.get(id) as Membership;
    for (const s of classes.get(id)?.supers ?? []) {
      if (out.has(s.id)) continue;
      out.set(s.id, { premises: [...m.premises, s.rel], via: `${m.via}, which the statute's definition counts as ${classes.get(s.id)?.name ?? s.id}` });
      queue.push(s.id);
    }
  }
  return out;
}

interface Reach {
  norm: NormInput;
  status: 'applies' | 'conditional';
  condition?: string;
  premises: string[];
  /** The class the norm binds (or a power reaches), as the statement's subject. */
  bearer: string;
  /** How the company is in it: the class, then the capacity and definitions that put it there. */
  how: string;
  /** For a penalty provision's norm: the reaching duty or power whose refusal it sanctions. */
  enforces?: Reach;
}

/** Whether a norm reaches the company, and how: through a class it binds or a power requires. */
function reachOf(n: NormInput, jurisdictionRel: string, member: Map<string, Membership>, classes: Map<string, ClassInput>): Reach | undefined {
  if (n.sanction) return undefined; // a sanction is shown with the duty it enforces
  const targets = overOthers(n) ? n.requires : n.modality === 'PERMISSION' ? [] : n.binds;
  let conditional: Reach | undefined;
  for (const t of targets) {
    const a = classes.get(t.id);
    if (!a) continue; // an authority bears it, not a class a company can be in
    const base = [jurisdictionRel, n.appliesIn, n.hasProvision, n.expresses, t.rel];
    const bearer = bearerName(a);
    if (a.covers) return { norm: n, status: 'applies', premises: base, bearer, how: a.name };
    const m = member.get(a.id);
    if (m) return { norm: n, status: 'applies', premises: [...base, ...m.premises], bearer, how: `${a.name}: ${m.via}` };
    const condition = a.condition ?? ancestorsCondition(a, classes);
    if (condition) conditional ??= { norm: n, status: 'conditional', condition: `applies if the company ${condition}`, premises: base, bearer, how: a.name };
  }
  return conditional;
}

function ancestorsCondition(a: ClassInput, classes: Map<string, ClassInput>): string | undefined {
  for (const s of a.supers) {
    const b = classes.get(s.id);
    if (b?.condition) return b.condition;
  }
  return undefined;
}

/** The category of a norm (exposure.yaml) and its tier: what it asks of the company, and whether a
 *  security, police or intelligence organ holds the power or is owed the duty. */
function categorize(n: NormInput, vocab: Vocabulary): { category: string; tier: ExposureTier } {
  const ex = vocab.exposure;
  const byId = new Map(ex.categories.map((c) => [c.id, c]));
  const order = ex.categories.map((c) => c.id);
  const toward = overOthers(n) ? n.empowers : n.owedTo;
  const security = securityIds(vocab);
  const bySecurity = toward.some((x) => security.has(x.id));
  const cats = n.actions.map((a) => vocab.actions.find((x) => x.id === a)?.exposure).filter((x): x is string => !!x);
  // What a company must do or suffer decides the category; a prohibition (不得…提供协助) only when its
  // category is itself a restraint (refuse foreign requests, keep secrets).
  const fitting = cats.filter((c) => n.modality !== 'PROHIBITION' || byId.get(c)?.tier === 'context');
  let category = fitting.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? 'other';
  // A state organ's power, or a duty owed to one, whose actions name no category (进入有关场所, 征用).
  const unnamed = overOthers(n) ? ex.unnamed.POWER : n.modality === 'DUTY' ? ex.unnamed.DUTY : undefined;
  if (category === 'other' && unnamed && toward.length > 0) category = unnamed;
  const cat = byId.get(category);
  return { category, tier: (bySecurity ? cat?.towardSecurity : undefined) ?? cat?.tier ?? 'context' };
}

const securityCache = new WeakMap<Vocabulary, Set<string>>();
function securityIds(vocab: Vocabulary): Set<string> {
  let ids = securityCache.get(vocab);
  if (!ids) {
    ids = new Set(vocab.authorities.filter((a) => a.security).map((a) => `authority:${a.id}`));
    securityCache.set(vocab, ids);
  }
  return ids;
}

/** "Cybersecurity Law art. 30 (第三十条)"; "GDPR Article 32". */
export function citationOf(n: Pick<NormInput, 'lawName' | 'locator' | 'number'>): string {
  const m = /^art_(\d+)(?:_(\d+))?$/.exec(n.locator);
  if (m && /[第条]/.test(n.number)) return `${n.lawName} art. ${m[1]}${m[2] ? `-${m[2]}` : ''} (${n.number})`;
  if (m) return `${n.lawName} Article ${n.number}`;
  return `${n.lawName} ${n.locator.replace(/_/g, ' ')}`;
}

const VERB: Record<NormInput['modality'], string> = { DUTY: 'must', PROHIBITION: 'must not', PERMISSION: 'may', POWER: 'may' };
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** "Network operators must provide technical support … (owed to Public security organs)";
 *  "State security organs may access, inspect or obtain documents … — reaching any organisation or individual". */
function sentenceOf(r: Reach, vocab: Vocabulary): string {
  if (r.enforces) return `penalises ${lower(r.bearer)} that refuses or breaches ${citationOf(r.enforces.norm)}: ${sentenceOf(r.enforces, vocab)}`;
  const n = r.norm;
  const toward = overOthers(n) ? n.empowers : n.owedTo;
  const names = uniq(toward.map(authorityName)).join(', ');
  const does = verbPhrase(n.modality, vocab.actions.find((a) => a.id === n.actions[0])?.label, n.predicate);
  if (overOthers(n)) return `${names || 'The authority'} ${does}, reaching ${lower(r.bearer)}`;
  return `${r.bearer} ${does}${names ? ` (owed to ${names})` : ''}`;
}

/** "must provide …"; an action the vocabulary names as a restraint ("Do not install malicious programs") reads
 *  "must not install …" under a duty or prohibition, never "must not do not"; a power or permission over such a
 *  restraint keeps the rule as said ("may act as the provision says (do not install …)"). An action no vocabulary
 *  entry names is said in the provision's own words, quoted ("must 「及时启动应急预案」", 'may "lodge a complaint"'). */
export function verbPhrase(modality: NormInput['modality'], label: string | undefined, predicate?: string | null): string {
  if (!label && predicate) return `${VERB[modality]} ${quotedPredicate(predicate)}`;
  if (!label) return `${VERB[modality]} act as the provision says`;
  const restraint = /^do not\s+/i.exec(label);
  if (!restraint) return `${VERB[modality]} ${lower(label)}`;
  if (modality === 'DUTY' || modality === 'PROHIBITION') return `must not ${label.slice(restraint[0].length)}`;
  return `${VERB[modality]} act as the provision says (${lower(label)})`;
}


/** An authority as an English sentence names it: by its name, and one a statute names in its own words
 *  (公安机关情报机构) with the English of what a statute's definition counts it among, when the graph has it
 *  ("公安机关情报机构 (one of the national intelligence agencies)"). */
export function authorityName(a: Pick<Ref, 'id' | 'name' | 'kinds'>): string {
  const name = a.name ?? a.id;
  // A class of organs ("National intelligence agencies": its words after the first in lower case), not one organ's
  // proper name, which "one of the" would misread.
  const isClass = (k: string): boolean => !hasHan(k) && /^\S+ \p{Ll}/u.test(k);
  const kind = hasHan(name) ? a.kinds?.find(isClass) : undefined;
  return kind ? `${name} (one of the ${lower(kind)})` : name;
}

/** The statement's subject for a class: a class the statute names in its own words (组织, 企业事业组织) and that
 *  takes in any organisation reads as such in English, its term beside it; other classes by their name. */
export function bearerName(a: Pick<ClassInput, 'name' | 'covers'>): string {
  return a.covers && hasHan(a.name) ? `Any organisation (${a.name})` : a.name;
}

/** What decides a company's exposure: where it is headquartered and its sourced capacities, in order.
 *  Companies that share one derive the same items; only their own relationship ids differ. */
export interface ExposureProfile {
  id: string;
  jurisdiction: string;
  capacities: string[];
  /** Its items as the API lists them (rank, then citation), the company's own premises as placeholders
   *  (`$hq`, `$capacity:<slug>`) and its id as `$company`. */
  items: ExposureClaim[];
}

/** A company's place in a profile: the relationship ids its placeholders stand for. */
export interface ExposureBinding {
  companyId: string;
  profileId: string;
  premises: Record<string, string>;
}

export const COMPANY = '$company';
const HQ = '$hq';
const capacityPlaceholder = (capacityId: string): string => `$${capacityId}`;

/** Codepoint order, as Cypher's ORDER BY compares strings. */
const byCodepoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const itemOrder = (a: Pick<ExposureClaim, 'rank' | 'citation'>, b: Pick<ExposureClaim, 'rank' | 'citation'>): number => a.rank - b.rank || byCodepoint(a.citation, b.citation);

/** Ids in document order: digit runs compared as numbers (`art_9` before `art_10`, `:2` before `:10`). */
const naturalKey = (id: string): string => id.replace(/\d+/g, (d) => d.padStart(12, '0'));
const byNaturalId = <T extends { id: string; rel?: string }>(a: T, b: T): number =>
  byCodepoint(naturalKey(a.id), naturalKey(b.id)) || byCodepoint(a.rel ?? '', b.rel ?? '');

/** The inputs in one order whatever order the graph returned them in (a store's physical order, which
 *  depends on how the documents were grouped into transactions): the same graph gives the same answers. */
function canonicalInputs(inputs: ExposureInputs): ExposureInputs {
  const refs = (xs: Ref[]) => [...xs].sort(byNaturalId);
  return {
    companies: inputs.companies
      .map((c) => ({
        ...c,
        hq: [...c.hq].sort((a, b) => byCodepoint(a.jurisdiction, b.jurisdiction) || byCodepoint(a.rel, b.rel)),
        capacities: [...c.capacities].sort(byNaturalId),
      }))
      .sort(byNaturalId),
    classes: inputs.classes.map((a) => ({ ...a, supers: refs(a.supers) })).sort(byNaturalId),
    norms: inputs.norms
      .map((n) => ({ ...n, binds: refs(n.binds), requires: refs(n.requires), empowers: refs(n.empowers), owedTo: refs(n.owedTo), sanctionedBy: refs(n.sanctionedBy) }))
      .sort((a, b) => byCodepoint(naturalKey(a.versionId), naturalKey(b.versionId)) || byCodepoint(naturalKey(a.provisionId), naturalKey(b.provisionId)) || byCodepoint(naturalKey(a.normId), naturalKey(b.normId))),
  };
}

/** The claims of every distinct profile once, and each company's binding to its profiles: the work
 *  grows with the profiles, not with the companies (100k companies share a few hundred). */
export function deriveProfiles(read: ExposureInputs, vocab: Vocabulary): { profiles: ExposureProfile[]; bindings: ExposureBinding[] } {
  const inputs = canonicalInputs(read);
  const classes = new Map(inputs.classes.map((a) => [a.id, a]));
  const byJurisdiction = new Map<string, NormInput[]>();
  for (const n of inputs.norms) byJurisdiction.set(n.jurisdiction, [...(byJurisdiction.get(n.jurisdiction) ?? []), n]);
  // Penalty provisions' norms by provision: a duty's SANCTIONED_BY points at the provision.
  const penalties = new Map<string, NormInput[]>();
  for (const n of inputs.norms) if (n.sanction) penalties.set(n.provisionId, [...(penalties.get(n.provisionId) ?? []), n]);
  const profiles = new Map<string, ExposureProfile>();
  const bindings: ExposureBinding[] = [];
  for (const c of inputs.companies) {
    // The company's own relationship ids, the first capacity of an id standing for it (as memberships reads them).
    const own: Record<string, string> = {};
    for (const k of c.capacities) own[capacityPlaceholder(k.id)] ??= k.rel;
    const template: CompanyInput = { id: COMPANY, name: '', hq: [], capacities: c.capacities.map((k) => ({ id: k.id, meets: k.meets, rel: capacityPlaceholder(k.id) })) };
    for (const hq of c.hq) {
      const key = JSON.stringify([hq.jurisdiction, c.capacities.map((k) => [k.id, [...k.meets].sort()])]);
      let profile = profiles.get(key);
      if (!profile) {
        const member = memberships(template, classes);
        const direct = (byJurisdiction.get(hq.jurisdiction) ?? []).map((n) => reachOf(n, HQ, member, classes)).filter((r): r is Reach => !!r);
        const reaches = [...direct, ...direct.flatMap((r) => sanctionsOf(r, penalties))];
        const byProvision = new Map<string, Reach[]>();
        for (const r of reaches) byProvision.set(`${r.norm.versionId}|${r.norm.provisionId}`, [...(byProvision.get(`${r.norm.versionId}|${r.norm.provisionId}`) ?? []), r]);
        const items = [...byProvision.values()].map((rs) => claimOf(template, rs, vocab)).sort(itemOrder);
        const id = `exposure-profile:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
        profile = { id, jurisdiction: hq.jurisdiction, capacities: c.capacities.map((k) => k.id), items };
        profiles.set(key, profile);
      }
      bindings.push({ companyId: c.id, profileId: profile.id, premises: { ...own, [HQ]: hq.rel } });
    }
  }
  return { profiles: [...profiles.values()], bindings };
}

/** A profile's item for one company: its id and its own premises in place of the placeholders. */
export function bindItem<T extends Pick<ExposureClaim, 'provisionId' | 'premises'>>(item: T, companyId: string, premises: Record<string, string>): T & { id: string; companyId: string } {
  return { ...item, id: `claim:exposure:${companyId}:${item.provisionId}`, companyId, premises: item.premises.map((p) => premises[p] ?? p) };
}

/** Every exposure claim of every company (the profiles' items bound to each company). */
export function deriveExposure(inputs: ExposureInputs, vocab: Vocabulary): ExposureClaim[] {
  const { profiles, bindings } = deriveProfiles(inputs, vocab);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const out = bindings.flatMap((b) => (byId.get(b.profileId)?.items ?? []).map((i) => bindItem(i, b.companyId, b.premises)));
  return out.sort((a, b) => a.companyId.localeCompare(b.companyId) || a.rank - b.rank || a.citation.localeCompare(b.citation));
}

/** The penalty provisions that sanction refusing a reaching duty or power, each as a reach of its own:
 *  the same company, status and condition, with the SANCTIONED_BY link among the premises. */
function sanctionsOf(r: Reach, penalties: Map<string, NormInput[]>): Reach[] {
  return r.norm.sanctionedBy.flatMap((s) =>
    (penalties.get(s.id) ?? []).map((p) => ({ ...r, norm: p, premises: [...r.premises, s.rel, p.hasProvision, p.expresses], enforces: r })),
  );
}

/** A reach's category and tier; a sanction takes the tier of what it sanctions. */
function categoryOf(r: Reach, vocab: Vocabulary): { category: string; tier: ExposureTier } {
  if (r.enforces) return { category: vocab.exposure.sanctions, tier: categorize(r.enforces.norm, vocab).tier };
  return categorize(r.norm, vocab);
}

function claimOf(c: CompanyInput, rs: Reach[], vocab: Vocabulary): ExposureClaim {
  const first = (rs[0] as Reach).norm;
  const applies = rs.filter((r) => r.status === 'applies');
  const shown = applies.length ? applies : rs;
  const cats = shown.map((r) => ({ r, ...categoryOf(r, vocab) }));
  const tier = TIER_ORDER.find((t) => cats.some((x) => x.tier === t)) ?? 'context';
  const order = vocab.exposure.categories.map((x) => x.id);
  const categories = uniq(cats.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category)).map((x) => x.category));
  const status = applies.length ? 'applies' : 'conditional';
  const citation = citationOf(first);
  const lead = cats.find((x) => x.tier === tier) ?? cats[0];
  return {
    id: `claim:exposure:${c.id}:${first.provisionId}`,
    companyId: c.id,
    provisionId: first.provisionId,
    lawId: first.lawId,
    versionId: first.versionId,
    inForceFrom: first.inForceFrom ?? null,
    inForceTo: first.inForceTo ?? null,
    versionStatus: first.versionStatus ?? null,
    tier,
    categories,
    status,
    conditions: uniq(shown.map((r) => r.condition).filter((x): x is string => !!x)),
    reach: uniq(shown.map((r) => r.how)),
    citation,
    statement: `${citation}: ${sentenceOf((lead as { r: Reach }).r, vocab)}${status === 'conditional' ? ` — ${shown[0]?.condition}` : ''}`,
    normIds: uniq(shown.map((r) => r.norm.normId)),
    evidence: [...new Map(shown.map(({ norm: n }) => [n.normId, { documentId: n.documentId ?? '', locator: n.normLocator ?? '', quote: n.quote ?? '' }])).values()],
    premises: uniq(shown.flatMap((r) => r.premises)),
    sanctions: uniq(shown.flatMap((r) => r.norm.sanctionedBy.map((s) => s.id))),
    rank: TIER_ORDER.indexOf(tier) * 100 + (status === 'applies' ? 0 : 50) + Math.max(0, order.indexOf(categories[0] ?? 'other')),
  };
}
