// The node a recognised entity becomes, written once for every document that names one: a report's recognition
// (ingest/reports/records.ts) and a statute's citation of a law the catalog does not know (ingest/statutes/
// cited-laws.ts) make the same id with the same properties.
import type { Emitter } from '../emit.ts';
import { companyShortName, type RecognisedEntity } from './entities.ts';

/** A recognised entity: its names and how it was found, never more than the text says. */
export function emitRecognised(emit: Emitter, e: RecognisedEntity): string {
  const rules = Object.keys(e.rules);
  return emit.node(
    e.id,
    [e.label],
    {
      name: e.name,
      // What a reader types to find a company (its name without its legal form): a lookup key, not a surface.
      shortName: e.label === 'Company' ? companyShortName(e.name) : undefined,
      aliases: e.surfaces.filter((s) => s !== e.name),
      acronym: e.acronyms[0],
      acronyms: e.acronyms.length ? e.acronyms : undefined,
      kind: e.kind,
      jurisdiction: e.jurisdiction,
      curated: false,
      procedural: e.procedural,
      recognisedBy: rules,
      searchText: [e.name, ...e.surfaces, ...e.acronyms].join(' | '),
    },
    { locator: 'recognition', method: `pattern:${(rules[0] ?? 'recognition').replace(/:/g, '-')}`, confidence: e.score },
  );
}
