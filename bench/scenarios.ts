// The API measurements: each GraphQL request and the named queries (queries/*.cypher) its
// resolvers run, with the same parameters, for the raw-driver comparison.
import { EXCLUDED_TYPES, MAX_PATHS } from '../api/domains/paths.ts';
import { escapeLucene } from '../api/domains/search.ts';
import { NAMED_KINDS } from '../api/refs.ts';

export interface Scenario {
  name: string;
  graphql: string;
  /** Named queries in the order the resolvers run them. */
  raw: { query: string; params: Record<string, unknown> }[];
}

const AS_OF = '2025-06-01';
const FROM = 'company:dji';
const TO = 'law:cn:national-intelligence-law';

export const SCENARIOS: Scenario[] = [
  {
    name: 'entity',
    graphql: '{ company(id: "company:dji") { id name nameZh aliases } }',
    raw: [{ query: 'resolve-refs', params: { refs: ['company:dji'], labels: ['Company'], idLabels: ['Company'] } }],
  },
  {
    name: 'entityByName',
    graphql: '{ company(name: "DJI") { id name nameZh aliases } }',
    raw: [{ query: 'resolve-refs', params: { refs: ['DJI'], labels: ['Company'], idLabels: ['Company'] } }],
  },
  {
    name: 'search',
    graphql: '{ search(query: "DJI", first: 10) { edges { node { id kind label score } } } }',
    raw: [{ query: 'search', params: { query: escapeLucene('DJI'), raw: 'DJI', labels: null, skip: 0, limit: 11 } }],
  },
  {
    name: 'exposure',
    graphql: `{ exposure(company: "DJI", asOf: "${AS_OF}") { items { kind statement provision { id } evidence { documentId locator quote } } } }`,
    raw: [{ query: 'exposure', params: { company: 'DJI', asOf: AS_OF } }],
  },
  {
    name: 'paths',
    graphql: `{ paths(from: "${FROM}", to: "${TO}", maxHops: 4) { length hops { type from { id } to { id } } } }`,
    raw: [
      { query: 'resolve-refs', params: { refs: [FROM, TO], labels: NAMED_KINDS, idLabels: null } },
      { query: 'paths', params: { from: FROM, to: TO, maxHops: 4, limit: MAX_PATHS, excludedTypes: EXCLUDED_TYPES } },
    ],
  },
];
