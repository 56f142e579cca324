// Placeholder until the embedded Neo4j manager lands: unit tests need no database.
export default async function setup(): Promise<void> {}
