// The entities one document names that the catalog does not: each becomes an entity of its kind, with
// every surface form it is written in and the rules that found it, marked not curated. A found name
// whose name or key is a catalog surface's of the same kind is that catalog entity ("Secretary of Commerce"
// -> the catalog's Department of Commerce, "the Senate" -> its U.S. Senate, if the catalog has them); a
// state's government is the catalog's one government of that country; a country is its `jur:<code>`; a code citation
// ("50 U.S.C. 1705") is the catalog act whose place in the Code holds it (codification.ts); a body found with its state
// and a name the catalog's body of that state has without the state's words ("China's commerce ministry": "Ministry of
// Commerce" in China) is that catalog body.
import { codifies } from '../catalog/codification.ts';
import { codeCitation } from './code-citation.ts';
import { countryCode, countryName } from './countries.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { entityKey, recognisedId } from './keys.ts';
import { legalFormWords, sameLegalForm } from './legal-forms.ts';
import type { MatchEntity } from './matcher.ts';
import { nameKey } from '../text/clean.ts';
import { unprefixedNames } from './short-names.ts';

export interface RecognisedEntity {
  id: string;
  label: string;
  name: string;
  key: string;
  surfaces: string[];
  /** Rule -> how many mentions it found. */
  rules: Record<string, number>;
  score: number;
  kind?: string;
  jurisdiction?: string;
  acronyms: string[];
  /** Kept only with support (a technology phrase): an acronym, repetition, or a relation. */
  tentative: boolean;
  /** Mentioned only by procedural citations ("15 CFR 791.4"): recorded, no core entity of the document. */
  procedural?: boolean;
}

export interface Ambiguity {
  surface: string;
  locator: string;
  /** Ids or names it could be. */
  candidates: string[];
  why: string;
}

const surfaceKeys = new WeakMap<MatchEntity, string[]>();

interface CatalogIndex {
  byId: Map<string, MatchEntity>;
  /** By `<label>|<surface key>` and `<label>|<entity key>` ("U.S. Senate" is also `Authority|senate`). */
  bySurface: Map<string, MatchEntity>;
  /** Country code -> the catalog's one government of it (null: more than one). */
  governments: Map<string, MatchEntity | null>;
  /** The laws the catalog places in the U.S. Code. */
  codified: MatchEntity[];
  /** `<country code>|<name key>` -> the catalog's one body of that state named so without the state's words ("cn|ministry
   *  of commerce": MOFCOM, from "Ministry of Commerce of the People's Republic of China" and "China's Ministry of
   *  Commerce"; short-names.ts unprefixedNames); null where two share it. */
  byState: Map<string, MatchEntity | null>;
}

const indexes = new WeakMap<MatchEntity[], CatalogIndex>();

/** Known entities by id, by surface and entity key (each entity's keys computed once), governments by
 *  country; once per catalog (a document with authors has its own entity list). */
function catalogIndex(catalog: MatchEntity[]): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: MatchEntity[]): CatalogIndex {
  const byId = new Map<string, MatchEntity>();
  const bySurface = new Map<string, MatchEntity>();
  const governments = new Map<string, MatchEntity | null>();
  const byState = new Map<string, MatchEntity | null>();
  const word = new RegExp(`\\b${grammar().government.word}\\b`, 'i');
  for (const e of catalog) {
    byId.set(e.id, e);
    let keys = surfaceKeys.get(e);
    if (!keys) {
      keys = e.surfaces.flatMap((s) => [`${e.label}|${nameKey(s.text)}`, `${e.label}|${entityKey(e.label, s.text)}`]);
      surfaceKeys.set(e, keys);
    }
    for (const k of keys) if (!bySurface.has(k)) bySurface.set(k, e);
    if (e.label === 'Authority' && e.jurisdiction && word.test(e.name)) governments.set(e.jurisdiction, governments.has(e.jurisdiction) ? null : e);
    if (e.label === 'Authority' && e.jurisdiction) {
      for (const short of new Set(e.surfaces.flatMap((x) => unprefixedNames(x.text)).map((x) => nameKey(x)))) {
        const k = `${e.jurisdiction}|${short}`;
        byState.set(k, byState.has(k) && byState.get(k) !== e ? null : e);
      }
    }
  }
  return { byId, bySurface, governments, codified: catalog.filter((e) => e.codified?.length), byState };
}

export class DocumentEntities {
  readonly byId = new Map<string, RecognisedEntity>();
  private readonly byKey = new Map<string, RecognisedEntity>();
  /** Companies by their key without its legal form, and the form that key had ("" for none). */
  private readonly byBareName = new Map<string, { e: RecognisedEntity; form: string }[]>();
  private readonly catalogBySurface: Map<string, MatchEntity>;
  private readonly governments: Map<string, MatchEntity | null>;
  private readonly byState: Map<string, MatchEntity | null>;
  /** Keys of bodies this document found with their state and resolved to the catalog's (byState). */
  private readonly stateNamed = new Map<string, MatchEntity>();
  /** Keys of recognised bodies this document found with their state outside the name -> the body (null: two states). */
  private readonly stateOwned = new Map<string, RecognisedEntity | null>();
  private readonly codified: MatchEntity[];
  private readonly known: (id: string) => MatchEntity | undefined;
  /** Ids of entities only the fallback's guess made (rules `nlp:*`), which a reading of the text may retype. */
  private readonly guessed = new Set<string>();
  /** A guess's id -> the entity a reading of the text made of the same name in its place. */
  readonly retyped = new Map<string, string>();

  /** Keys of instruments' names without the state this document writes with them -> the instrument (null: two);
   *  statedLaw. */
  private readonly lawStates = new Map<string, RecognisedEntity | null>();

  /** Scopes the names that identify only within their document (Found.local). */
  private readonly documentId?: string;

  constructor(catalog: MatchEntity[], documentId?: string) {
    this.documentId = documentId;
    const { byId, bySurface, governments, codified, byState } = catalogIndex(catalog);
    this.byState = byState;
    this.known = (id) => byId.get(id);
    this.catalogBySurface = bySurface;
    this.governments = governments;
    this.codified = codified;
  }

  /** The id a found name stands for: a catalog entity's, a country's, or a recognised entity's (created). */
  resolve(f: Found, tentative = false): { id: string; label: string } {
    if (f.id) {
      const known = this.known(f.id);
      if (known) return { id: known.id, label: known.label };
    }
    const key = f.id ?? (f.local && this.documentId ? `${entityKey(f.label, f.name)} in ${this.documentId}` : entityKey(f.label, f.name));
    // A title names the body its document names in full, before any catalog body of the same name.
    const own = f.rule.startsWith('title') ? this.qualified(key) : undefined;
    if (own) return { id: own.id, label: own.label };
    const government = f.kind === 'government' && f.jurisdiction ? this.governments.get(f.jurisdiction) : undefined;
    // "Bureau of Industry and Security of the Department of Commerce" is the catalog's bureau.
    const stem = f.stem ? this.catalogBySurface.get(`${f.label}|${nameKey(f.stem)}`) : undefined;
    // A body found with its state is the catalog's of that state and name; the same name found after it without a state is
    // that body too ("China's commerce ministry ... The Ministry of Commerce (MOFCOM)").
    const ofState = f.label === 'Authority' ? (f.jurisdiction ? this.byState.get(`${f.jurisdiction}|${nameKey(f.name)}`) : this.stateNamed.get(key)) : undefined;
    if (ofState && f.jurisdiction && !this.byKey.has(key)) this.stateNamed.set(key, ofState);
    const catalog = government ?? stem ?? this.codifying(f) ?? this.catalogBySurface.get(`${f.label}|${nameKey(f.name)}`) ?? this.catalogBySurface.get(`${f.label}|${key}`) ?? ofState ?? this.catalogCompany(f.label, key) ?? this.ownedCatalogLaw(f);
    if (catalog) return { id: catalog.id, label: catalog.label };
    const possessed = this.possessedBody(f, key, tentative);
    if (possessed) {
      if (!tentative) possessed.tentative = false;
      return { id: possessed.id, label: possessed.label };
    }
    // "FBI": the fallback's guess from the lexicon (an organisation) gives way to a reading of the text ("The FBI seized
    // ...": a public body, acting-acronyms.ts); the guess's mentions are repointed (`retyped`).
    const guess = this.byKey.get(key);
    const retype = guess && guess.label !== f.label && this.guessed.has(guess.id) && !f.rule.startsWith('nlp:');
    if (retype) {
      this.byKey.delete(key);
      this.byId.delete(guess.id);
    }
    let e = this.byKey.get(key) ?? (f.label === 'Company' ? this.sameCompany(key) : undefined) ?? this.statedLaw(f, key);
    if (!e) {
      e = this.created(f, key, tentative);
      if (retype) this.retyped.set(guess.id, e.id);
    }
    if (f.label === 'Law' && !f.id) this.noteStatedLaw(f, e);
    if (!tentative) e.tentative = false;
    // The longest written form is the name ("Secure and Trusted Communications Networks Act of 2019").
    if (f.name.length > e.name.length && f.rule !== 'title:of') e.name = f.name;
    return { id: e.id, label: e.label };
  }

  /** A new recognised entity of the find, under `key`. */
  private created(f: Found, key: string, tentative: boolean): RecognisedEntity {
    const e: RecognisedEntity = {
      id: f.id ?? recognisedId(f.label, key),
      label: f.label,
      name: f.name,
      key,
      surfaces: [],
      rules: {},
      score: 0,
      acronyms: [],
      tentative,
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.jurisdiction ? { jurisdiction: f.jurisdiction } : {}),
    };
    this.byKey.set(key, e);
    this.byId.set(e.id, e);
    if (f.rule.startsWith('nlp:')) this.guessed.add(e.id);
    if (f.label === 'Company') {
      const bare = withoutForm(key);
      this.byBareName.set(bare, [...(this.byBareName.get(bare) ?? []), { e, form: key.slice(bare.length).trim() }]);
    }
    return e;
  }

  /** A body named with its state outside its name ("Russia's Ministry of Defence") is keyed with the state's code, as one
   *  named with it inside ("the Russian Ministry of Defence", keys.ts countryKeyed): the ministries of two states are two
   *  nodes. The same name written later without a state ("The Ministry of Defence said") is that body where the document
   *  gives the name to one state only; with two, it stays a body of its own (never merged by guess). */
  private possessedBody(f: Found, key: string, tentative: boolean): RecognisedEntity | undefined {
    if (f.label !== 'Authority') return undefined;
    if (!f.outerState) {
      const own = f.jurisdiction ? undefined : this.stateOwned.get(key);
      return own ?? undefined;
    }
    if (!f.jurisdiction || f.jurisdiction === 'us' || key.startsWith(`${f.jurisdiction} `)) return undefined;
    const state = `${f.jurisdiction} ${key}`;
    const e = this.byKey.get(state) ?? this.created({ ...f, name: `${f.name} (${countryName(f.jurisdiction.toUpperCase())})` }, state, tentative);
    const before = this.stateOwned.get(key);
    this.stateOwned.set(key, before === undefined || before === e ? e : null);
    return e;
  }

  /** "the Harbour Security Law of the People's Republic of China" ... "the Harbour Security Law", "the US Harbour List" ...
   *  "the Harbour List", in either order: an instrument named with its state (a country after "of" ending the name, or a
   *  state prefix of grammar/names.yaml jurisdiction-prefixes opening it) and without it is one instrument, where the
   *  document names one instrument by those words with a state (lawStates); never a name of one word left ("Code"). */
  private statedLaw(f: Found, key: string): RecognisedEntity | undefined {
    if (f.label !== 'Law' || f.id) return undefined;
    const stated = withoutState(f.name);
    if (!stated) return this.lawStates.get(key) ?? undefined;
    const bare = entityKey('Law', stated.name);
    // Named without its state before: that instrument, unless the document gave those words to another state already.
    const plain = this.byKey.get(bare);
    if (plain && !this.lawStates.has(bare)) {
      this.byKey.set(key, plain);
      return plain;
    }
    return undefined;
  }

  /** Records an instrument named with its state under its name's key without it (statedLaw). */
  private noteStatedLaw(f: Found, e: RecognisedEntity): void {
    const stated = withoutState(f.name);
    if (!stated) return;
    const bare = entityKey('Law', stated.name);
    const before = this.lawStates.get(bare);
    this.lawStates.set(bare, before === undefined || before === e ? e : null);
  }

  /** The catalog act a code citation points into ("50 U.S.C. 1705" -> IEEPA, 50 U.S.C. 1701-1707), if one. */
  private codifying(f: Found): MatchEntity | undefined {
    const cited = f.label === 'Law' ? codeCitation(f.name) : undefined;
    return cited && this.codified.find((e) => e.codified?.some((c) => codifies(c, cited.title, cited.section)));
  }

  /** "the European Union's Cyber Resilience Act", "Valdmark's Harbour Security Act": an instrument's name written after
   *  its owner's possessive is the catalog instrument named by the words after it, two at least ("Cyber Resilience Act";
   *  not "Act"), unless the owner is a country other than the instrument's; so is one written with its state ("the
   *  Export Control Law of the People's Republic of China", withoutState) where the catalog's is that state's or none's. */
  private ownedCatalogLaw(f: Found): MatchEntity | undefined {
    if (f.label !== 'Law') return undefined;
    const m = OWNED_NAME.exec(f.name);
    const stated = m ? undefined : withoutState(f.name);
    const [name, owner] = m ? [m[2], countryCode(m[1].replace(/^the\s+/i, ''))] : stated ? [stated.name, stated.state] : [];
    if (!name?.includes(' ')) return undefined;
    const e = this.catalogBySurface.get(`Law|${nameKey(name)}`) ?? this.catalogBySurface.get(`Law|${entityKey('Law', name)}`);
    return e && (!owner || !e.jurisdiction || owner === e.jurisdiction) ? e : undefined;
  }

  /** "Hytera Communications Corporation", "Huawei Technologies Company": a company's name with a legal form is the catalog
   *  company one of whose names is the same words without a form ("Hytera Communications", "Huawei Technologies"), as
   *  sameCompany joins them within a document. */
  private catalogCompany(label: string, key: string): MatchEntity | undefined {
    if (label !== 'Company') return undefined;
    const bare = withoutForm(key);
    return bare === key ? undefined : this.catalogBySurface.get(`Company|${bare}`);
  }

  /** "Harrow Optics" and "Harrow Optics Co., Ltd.", in either order: a company's name with and without its legal form
   *  (legal-forms.ts legalFormWords) is one company, where the document names one company by those words; so is it
   *  with a form and that form spelled out or cut short ("Harrow Optics Company", "Harrow Optics Co., Ltd.":
   *  sameLegalForm); two other forms of them ("Harrow Optics Inc." and "Harrow Optics Ltd.") are two companies, and the
   *  name without a form is neither's. */
  private sameCompany(key: string): RecognisedEntity | undefined {
    const bare = withoutForm(key);
    const form = key.slice(bare.length).trim();
    const known = this.byBareName.get(bare) ?? [];
    if (known.length !== 1 || (form && known[0].form && !sameLegalForm(form, known[0].form))) return undefined;
    this.byKey.set(key, known[0].e);
    return known[0].e;
  }

  /** The one entity whose name is `key` with a qualifier before it: "Secretary of Commerce" in a text about
   *  the "Valdmark Department of Commerce" is that department. A unit "of" the body ("Office of Audits of the Harbour
   *  Agency") is no qualified form of it. */
  private qualified(key: string): RecognisedEntity | undefined {
    const matches = [...this.byKey.entries()].filter(([k]) => k.endsWith(` ${key}`) && !/ of(?: the)?$/.test(k.slice(0, -key.length - 1))).map(([, e]) => e);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Records one mention of a recognised entity. */
  note(id: string, surface: string, rule: string, score: number): void {
    const e = this.byId.get(id);
    if (!e) return;
    if (!e.surfaces.includes(surface)) e.surfaces.push(surface);
    e.rules[rule] = (e.rules[rule] ?? 0) + 1;
    e.score = Math.max(e.score, score);
  }

  /** A technology phrase the text supports (it defines a term or acronym for it) is no longer tentative. */
  confirm(id: string): void {
    const e = this.byId.get(id);
    if (e) e.tentative = false;
  }

  addAcronym(id: string, acronym: string): void {
    const e = this.byId.get(id);
    if (e && !e.acronyms.includes(acronym)) e.acronyms.push(acronym);
  }

  entities(): RecognisedEntity[] {
    return [...this.byId.values()];
  }
}

/** An instrument's name without the state written with it, two words at least: "Harbour Security Law" of "Harbour
 *  Security Law of the People's Republic of China" (a country's name after its last "of"), "Harbour List" of "US Harbour
 *  List" (a state prefix, grammar/names.yaml jurisdiction-prefixes); undefined for a name with none. A demonym opening a
 *  name is the name's ("American Security Drone Act"). */
function withoutState(name: string): { name: string; state: string } | undefined {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  for (let k = 2; k < words.length - 1; k++) {
    if (words[k] !== 'of') continue;
    const state = countryCode(words.slice(words[k + 1] === 'the' ? k + 2 : k + 1).join(' '));
    if (state) return { name: words.slice(0, k).join(' '), state };
  }
  for (const prefix of grammar().jurisdictionPrefixes) {
    const n = prefix.split(' ').length;
    if (words.length - n >= 2 && words.slice(0, n).join(' ') === prefix && /^\p{Lu}/u.test(words[n])) return { name: words.slice(n).join(' '), state: 'us' };
  }
  return undefined;
}

/** An owner's possessive, then a capitalised name: "European Union's" + "Cyber Resilience Act". */
const OWNED_NAME = /^(.+?)['’]s\s+(\p{Lu}.*)$/u;

/** A company's name without the legal form it ends in, as written ("Harrow Optics Co., Ltd." -> "Harrow Optics"), or
 *  undefined when it ends in none: what a reader types to find it. Not its identity: "Harrow Optics Inc." and "Harrow
 *  Optics Ltd." stay two companies (sameCompany), and a lookup by the words both share names both. */
export function companyShortName(name: string): string | undefined {
  const short = withoutForm(name, true);
  return short === name ? undefined : short;
}

/** A company's key without the legal form it ends in ("harrow optics co., ltd." -> "harrow optics"); one word at least
 *  is left. `anyCase`: the words of a name as written, compared in lower case. */
function withoutForm(key: string, anyCase = false): string {
  const words = key.split(' ');
  const forms = legalFormWords();
  const form = (w: string) => forms.has((anyCase ? w.toLowerCase() : w).replace(/[.,]/g, ''));
  while (words.length > 1 && form(words[words.length - 1])) words.pop();
  return words.join(' ').replace(/,$/, '');
}
