// What a recogniser finds in a sentence before the document resolves it to an entity.
import type { Mention } from './matcher.ts';

export interface Found {
  start: number;
  end: number;
  surface: string;
  /** Node kind (ingest/kinds.ts); `Region` for world regions, which are reported but not nodes. */
  label: string;
  /** Canonical name: "Department of Commerce" for "Secretary of Commerce". */
  name: string;
  /** The grammar rule that found it, shown in the ingest report and as the evidence method. */
  rule: string;
  score: number;
  /** A known id (a country's `jur:<code>`). */
  id?: string;
  /** Sub-kind (Law: statute, order, code, list ...). */
  kind?: string;
  /** A name that identifies only within its document (grammar/instruments.yaml `local`). */
  local?: boolean;
  /** A procedural citation ("47 CFR 1.50002", "Pub. L. 116-124": grammar/instruments.yaml `procedural`). */
  procedural?: boolean;
  /** ISO code of a country named inside it ("Dutch Ministry of ..." -> nl). */
  jurisdiction?: string;
  /** The country is written before the name, outside it ("Russia's Ministry of Defence", "China's commerce ministry"): a
   *  recognised body's key carries the country (entities.ts), as keys.ts countryKeyed does for one written inside. */
  outerState?: boolean;
  /** The title a body is named by as its holder's ("Minister" of "the Minister for the Cabinet Office", bodies.ts
   *  heldBody): a bare "the Minister" of the document takes that body up (index.ts pendingCandidates). */
  heldBy?: string;
  /** Resolved by the document, not the sentence: a title ("Director of X") or a bare head ("the Secretary"). */
  pending?: 'title' | 'bare-head';
  /** Names it could be, when the data itself cannot tell ("Congolese": two countries). */
  ambiguous?: string[];
  /** Catalog names inside a technology phrase that won over them ("5G" in "5G equipment"). */
  inner?: Mention[];
  /** The plain phrase a narrower one holds ("products with digital elements" in "important products with
   *  digital elements"): given back if the document does not keep the narrower. */
  plain?: Found;
  /** A body named as part of another: "Committee on Appropriations of the Senate" has the stem "Committee on
   *  Appropriations" and the parent "Senate" (itself mentioned). */
  stem?: string;
  parent?: Found;
}

/** Keeps the longest of overlapping finds, then the earlier in `priority` order, then the leftmost. */
export function longestFirst(found: Found[], priority: (f: Found) => number = () => 0): Found[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of sorted) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
