// The API measurements: each GraphQL request, and where @neo4j/graphql can ask the same question
// over the same database (bench/peer.ts), the peer's request. The named queries the raw-driver
// comparison runs are recorded from the API itself (api-bench.ts recordReads), so they always
// have the parameters the resolvers pass today.

export interface Scenario {
  name: string;
  graphql: string;
  /** The same question for the peer (@neo4j/graphql), when it can be asked there. */
  peer?: string;
}

const AS_OF = '2025-06-01';
const FROM = 'company:dji';
const TO = 'law:cn:national-intelligence-law';

export const SCENARIOS: Scenario[] = [
  {
    name: 'entity',
    graphql: '{ company(id: "company:dji") { id name nameZh aliases } }',
    peer: '{ companies(where: { id: { eq: "company:dji" } }) { id name nameZh aliases } }',
  },
  {
    // lawgraph compares names case-insensitively through the indexed nameKey; so does the peer.
    name: 'entityByName',
    graphql: '{ company(name: "DJI") { id name nameZh aliases } }',
    peer: '{ companies(where: { nameKey: { eq: "dji" } }) { id name nameZh aliases } }',
  },
  {
    // A dense neighbourhood: the first 20 passages naming DJI, by id (thousands at 1M).
    name: 'neighborsMentions',
    graphql: '{ neighbors(id: "company:dji", relationshipTypes: ["MENTIONS"], first: 20) { edges { node { id ... on Passage { text } } } } }',
    peer: '{ companies(where: { id: { eq: "company:dji" } }) { mentionedIn(limit: 20, sort: [{ id: ASC }]) { id text } } }',
  },
  {
    // A small one: the measures that restrict DJI, by id.
    name: 'neighborsRestricts',
    graphql: '{ neighbors(id: "company:dji", relationshipTypes: ["RESTRICTS"], first: 20) { edges { node { id displayName } } } }',
    peer: '{ companies(where: { id: { eq: "company:dji" } }) { restrictedBy(limit: 20, sort: [{ id: ASC }]) { id name } } }',
  },
  {
    // Untyped reads: every relationship type but the machine suggestions (SUGGESTS, read only when asked by type: a
    // `NOT type(r) IN $excludedTypes` test on each of DJI's relationships, all of which are read to order them).
    // The first page of DJI's neighbours of every type, and its relations as an entity page of the explorer asks them
    // (API default page of 50, with their evidence).
    name: 'neighborsAll',
    graphql: '{ neighbors(id: "company:dji", first: 20) { edges { type direction node { id } } } }',
  },
  {
    name: 'relations',
    graphql: '{ node(id: "company:dji") { relations { type direction node { id displayName } evidence { documentId locator quote } } } }',
  },
  {
    name: 'search',
    graphql: '{ search(query: "DJI", first: 10) { edges { node { id kind label score } } } }',
  },
  {
    name: 'exposure',
    graphql: `{ exposure(company: "DJI", asOf: "${AS_OF}") { items { tier status statement provision { id } evidence { documentId locator quote } } } }`,
  },
  {
    name: 'paths',
    graphql: `{ paths(from: "${FROM}", to: "${TO}", maxHops: 4) { length hops { type from { id } to { id } } } }`,
  },
];
