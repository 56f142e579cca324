// Finds catalog entities in text. Rules (why):
// - Latin names and aliases match case-insensitively between word boundaries, with an optional plural "s".
// - Declared acronyms and short all-caps names (<= 4 chars: DJI, CAC, 5G) match case-sensitively, else "ai" or "cac" would match
//   ordinary words; a single word with a capital ("China", "Congress", "SOSi") matches as written or in capitals only,
//   because its lower-case form is usually a common noun ("china", "congress").
// - CJK aliases match as substrings: Chinese has no spaces between words.
// - Nothing inside e-mail addresses or URLs ("name@sosi.com"), nor inside a numbered identifier whose parts a slash
//   joins ("Directive 2013/40/EU": its "EU" is the series of the number, not the Union).
// - Overlaps: the longest match wins ("China Mobile" over "China"), then the leftmost.
import type { Codification } from '../catalog/codification.ts';
import type { CatalogEntry, SurfaceForm } from '../catalog/index.ts';
import { isAcronymLike, surfaceForms } from '../catalog/index.ts';
import { AhoCorasick, type Hit } from './aho-corasick.ts';
import { grammar } from './grammar.ts';
import { hasCjk, isSpacedWordChar } from '../text/scripts.ts';

export interface MatchEntity {
  id: string;
  label: string;
  name: string;
  surfaces: SurfaceForm[];
  /** The catalog's jurisdiction code ("us"), for a name qualified by its country ("U.S. Department of ..."). */
  jurisdiction?: string;
  /** A law's place in the U.S. Code: a code citation inside it names the law (entities.ts). */
  codified?: Codification[];
}

export interface Mention {
  id: string;
  label: string;
  start: number;
  end: number;
  /** The text as it appears. */
  surface: string;
  /** `alias` (catalog surface form) or `acronym:learned` (defined in this document). */
  via: string;
  confidence: number;
  /** Catalog names a technology phrase covers, given back if the document drops the phrase. */
  inner?: Mention[];
  /** A procedural citation (a code, register or Public Law citation no named instrument stands beside): the
   *  Law is mentioned, but is no core entity of the document. */
  procedural?: boolean;
  /** A body this name holds as its parent ("Senate" in "Committee on Appropriations of the Senate"): mentioned
   *  too, but no actor or object of a relation. */
  parts?: Mention[];
  /** The state whose possessive stands right before the name ("Russia's Ministry of Defence": ru; Found.outerState). */
  possessor?: string;
  /** The title the body is named by as its holder's (Found.heldBy). */
  heldBy?: string;
}

interface Pat {
  entity: MatchEntity;
  boundaries: boolean;
  via: string;
  confidence: number;
  /** A name written with capitals in the catalog whose words are common nouns too ("Cybersecurity Law"). */
  capitalised?: boolean;
}

// A catalog name in Chinese, Japanese or Korean matches as a substring (no spaces in those scripts); a Latin name may
// touch no letter or digit of a spaced script: "取得BIS颁发的许可证" names BIS (ingest/text/scripts.ts).

export function entityFromCatalog(e: CatalogEntry): MatchEntity {
  return { id: e.id, label: e.label, name: e.name, surfaces: prefixSpellings(surfaceForms(e)), ...(e.jurisdiction ? { jurisdiction: e.jurisdiction } : {}), ...(e.codified.length ? { codified: e.codified } : {}) };
}

/** A name or alias that opens with a state's prefix is also written with its other spellings (grammar/names.yaml
 *  jurisdiction-prefixes): "U.S. Department of Defense" is "United States Department of Defense" and "US Department of
 *  Defense" too, as texts write it, without each spelling entered as an alias. */
function prefixSpellings(forms: SurfaceForm[]): SurfaceForm[] {
  const prefixes = [...grammar().jurisdictionPrefixes].sort((a, b) => b.length - a.length);
  const seen = new Set(forms.map((f) => f.text));
  const out = [...forms];
  for (const f of forms) {
    if (f.kind === 'acronym' || f.caseSensitive) continue;
    const p = prefixes.find((x) => f.text.startsWith(`${x} `));
    if (!p) continue;
    const rest = f.text.slice(p.length);
    for (const q of prefixes) {
      const text = `${q}${rest}`;
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ ...f, text, kind: 'alias' });
    }
  }
  return out;
}

/** The catalog's matcher, built once per loaded catalog: building the automata is the costly part. */
const catalogMatchers = new WeakMap<CatalogEntry[], Matcher>();

/**
 * Matchers layer: a document's own entities (its authors) and the acronyms it defines go into a
 * small overlay searched together with the catalog's matcher, which is never rebuilt.
 */
export class Matcher {
  readonly entities: MatchEntity[];
  private readonly base: Matcher | undefined;
  private readonly folded = new AhoCorasick<Pat>();
  private readonly exact = new AhoCorasick<Pat>();
  /** The patterns of both automata (with whether each needs bounds), for mayFind's automaton over folded code units,
   *  built on its first use (most matchers are never pre-tested). */
  private readonly forms: { exact: boolean; text: string; boundaries: boolean }[] = [];
  private either: AhoCorasick<boolean> | undefined;

  constructor(entities: MatchEntity[], learned: { acronym: string; entity: MatchEntity }[] = [], base?: Matcher) {
    this.base = base;
    this.entities = base ? [...base.entities, ...entities] : entities;
    for (const e of entities) {
      for (const s of e.surfaces) this.addSurface(e, s.text, s.caseSensitive, 'alias', 1);
    }
    for (const l of learned) this.addSurface(l.entity, l.acronym, true, 'acronym:learned', 0.9);
    // The automata are compiled on their first search: a matcher only pre-tested (mayFind) compiles neither.
  }

  static fromCatalog(entries: CatalogEntry[], extra: MatchEntity[] = []): Matcher {
    let base = catalogMatchers.get(entries);
    if (!base) {
      base = new Matcher(entries.filter((e) => e.recognise).map(entityFromCatalog));
      catalogMatchers.set(entries, base);
    }
    return extra.length ? new Matcher(extra, [], base) : base;
  }

  /** A matcher that also knows acronyms defined in one document. */
  withAcronyms(learned: { acronym: string; entity: MatchEntity }[]): Matcher {
    return new Matcher([], learned, this);
  }

  /** Hits of the exact then the folded automaton, the base's first, into `hits`. */
  private collect(norm: string, folded: string, units: UnitTables | undefined, hits: Hit<Pat>[]): void {
    this.base?.collect(norm, folded, units, hits);
    for (const h of this.exact.search(norm, units?.normalised)) hits.push(h);
    for (const h of this.folded.search(folded, units?.folded)) hits.push(h);
  }

  /**
   * False only where `find` finds nothing: one scan of the text's folded code units for a pattern of this matcher (its
   * base's not included) that is not right after a letter or digit where it needs bounds (find rejects those first),
   * without hits to collect, plurals or overlaps to settle. Exact patterns are entered folded, as a text's units are
   * (their units are normalised ones: normalising changes none), so an exact match is a match here too. A text with a
   * surrogate pair, which `find` normalises and folds by code point, is not pre-tested (true).
   */
  mayFind(text: string): boolean {
    if (SURROGATE.test(text)) return true;
    const units = unitTables().folded;
    if (!this.either) {
      this.either = new AhoCorasick<boolean>();
      for (const f of this.forms) {
        let folded = f.text;
        if (f.exact) {
          folded = '';
          for (let i = 0; i < f.text.length; i++) folded += String.fromCharCode(units[f.text.charCodeAt(i)] as number);
        }
        this.either.add(folded, f.boundaries);
      }
      this.either.build();
    }
    return this.either.occursIn(text, units, (start, boundaries) => !boundaries || start === 0 || !isSpacedWordChar(text[start - 1]));
  }

  /** Whether the catalog (or the document's entities) names something by the whole of `term`. */
  namesWhole(term: string): boolean {
    return this.find(term).some((x) => x.start === 0 && x.end === term.length);
  }

  find(text: string): Mention[] {
    // Without a surrogate pair, normalising and folding are per code unit: read through tables, not copies.
    const plain = !SURROGATE.test(text);
    const norm = plain ? text : normalise(text);
    const hits: Hit<Pat>[] = [];
    this.collect(norm, plain ? text : fold(norm), plain ? unitTables() : undefined, hits);
    const candidates: Mention[] = [];
    // Boundaries are read on the text itself: normalising changes no letter, digit, space, "s" nor address sign.
    for (const h of hits) {
      let end = h.end;
      if (h.value.boundaries) {
        if (h.start > 0 && isSpacedWordChar(text[h.start - 1])) continue;
        if (end < text.length && isSpacedWordChar(text[end])) {
          // plural: "drones", "UAVs"
          if (/[\p{L}]/u.test(text[end - 1]) && text[end] === 's' && !isSpacedWordChar(text[end + 1] ?? ' ')) end += 1;
          else continue;
        }
      }
      if (inAddress(text, h.start, end) || inSlashedNumber(text, h.start, end)) continue;
      // A statute's name is written with capitals; the same words in lower case are a common noun phrase ("EU
      // cybersecurity law", "under the export control law of a state").
      // A name with a number in it is no common noun phrase in any case ("section 889" as US texts write a section).
      if (h.value.capitalised && h.value.entity.label === 'Law' && !/\p{Lu}/u.test(text.slice(h.start, end)) && !/\d/.test(text.slice(h.start, end))) continue;
      // "Section 889(a)(1)(A) of the John S. McCain ... Act": a section the catalog names with its act ("Section 889 of the
      // John S. McCain ... Act", alias "Section 889") cited with its subsections before the act's name is that section, one
      // mention, not the section's alias beside the act.
      end = withSubsections(text, end, text.slice(h.start, end), h.value.entity);
      candidates.push({
        id: h.value.entity.id,
        label: h.value.entity.label,
        start: h.start,
        end,
        surface: text.slice(h.start, end),
        via: h.value.via,
        confidence: h.value.confidence,
      });
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Mention[] = [];
    for (const c of candidates) {
      if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
      taken.push(c);
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  private addSurface(entity: MatchEntity, text: string, caseSensitive: boolean, via: string, confidence: number): void {
    const t = normalise(text);
    const cjk = hasCjk(t);
    const pat: Pat = { entity, boundaries: !cjk, via, confidence };
    if (cjk) {
      this.addExact(t, pat);
    } else if (caseSensitive || isAcronymLike(t)) {
      this.addExact(t, pat);
    } else if (/^\S*\p{Lu}\S*$/u.test(t)) {
      this.addExact(t, pat);
      this.addExact(t.toUpperCase(), pat);
    } else {
      const f = fold(t);
      if (/\p{Lu}/u.test(t)) pat.capitalised = true;
      this.folded.add(f, pat);
      this.forms.push({ exact: false, text: f, boundaries: pat.boundaries });
    }
  }

  private addExact(t: string, pat: Pat): void {
    this.exact.add(t, pat);
    this.forms.push({ exact: true, text: t, boundaries: pat.boundaries });
  }
}

/** The end of a section's mention through its subsections and its act's name, where the catalog's name for the entity is
 *  the surface found and the act's name ("Section 889" + "(a)(1)(A)" + " of the John S. McCain ... Act"); else `end`. */
function withSubsections(text: string, end: number, surface: string, entity: MatchEntity): number {
  if (entity.label !== 'Law' || text[end] !== '(') return end;
  const name = entity.name;
  if (!name.toLowerCase().startsWith(`${surface.toLowerCase()} of `)) return end;
  const subsections = /^(?:\([a-zA-Z0-9]{1,4}\))+/.exec(text.slice(end));
  if (!subsections) return end;
  const rest = name.slice(surface.length);
  const after = end + subsections[0].length;
  return text.slice(after, after + rest.length).toLowerCase() === rest.toLowerCase() ? after + rest.length : end;
}

function inAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return /@|:\/\/|^www\./.test(text.slice(a, b));
}

/** A part of an identifier a slash joins to a number: "2013/40/EU", "EU/2019/881"; not "US/China" nor "EU/EEA". */
function inSlashedNumber(text: string, start: number, end: number): boolean {
  return (text[start - 1] === '/' && /\d/.test(text[start - 2] ?? '')) || (text[end] === '/' && /\d/.test(text[end + 1] ?? ''));
}

/** Length-preserving normalisation of quotes, dashes and spaces so offsets stay valid: characters -> replacement. */
const NORMALISED: [string, string][] = [
  ['’‘`´', "'"],
  ['“”', '"'],
  ['‐‑‒–—', '-'],
  ['\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u3000', ' '],
];
const NORMALISING = NORMALISED.map(([from, to]) => [new RegExp(`[${from}]`, 'g'), to] as const);
const SURROGATE = /[\uD800-\uDFFF]/;

function normalise(s: string): string {
  return NORMALISING.reduce((t, [re, to]) => t.replace(re, to), s);
}

interface UnitTables {
  normalised: Uint16Array;
  folded: Uint16Array;
}

let tables: UnitTables | undefined;

/** normalise and fold(normalise) as tables over code units (for texts without surrogate pairs). */
function unitTables(): UnitTables {
  if (tables) return tables;
  const normalised = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) normalised[c] = c;
  for (const [from, to] of NORMALISED) for (const ch of from) normalised[ch.charCodeAt(0)] = to.charCodeAt(0);
  const folded = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const lower = String.fromCharCode(normalised[c]).toLowerCase();
    folded[c] = lower.length === 1 && !(c >= 0xd800 && c <= 0xdfff) ? lower.charCodeAt(0) : normalised[c];
  }
  tables = { normalised, folded };
  return tables;
}

/** Length-preserving lower-casing (code unit by code unit). */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
