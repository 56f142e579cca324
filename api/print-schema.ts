// Prints the schema as SDL, in definition order (domain by domain): `npx node api/print-schema.ts > schema.graphql` (a test keeps the
// committed file in sync).
import { printSchema } from 'graphql';
import { buildSchema } from './schema.ts';

export function printedSchema(): string {
  return `${printSchema(buildSchema())}\n`;
}

if (import.meta.main) process.stdout.write(printedSchema());
