// Every example in docs/queries.md runs as written, without errors, and answers something; so do the README's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { useApi } from './client.ts';

const examplesOf = (file: string): string[] =>
  [...fs.readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const examples = examplesOf(path.join('docs', 'queries.md'));
const readmeExamples = examplesOf('README.md');

const t = useApi();

/** True when some list in the answer has an element: the query found something. */
function nonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(nonEmpty);
  return false;
}

describe('docs/queries.md', () => {
  it('has the journalist examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const query of examples) {
    const name = /query (\w+)/.exec(query)?.[1] ?? query.slice(0, 40);
    it(`${name} runs as written`, async () => {
      const r = await t.gql(query);
      expect(r.body.errors).toBeUndefined();
      for (const [field, value] of Object.entries(r.body.data!)) expect(nonEmpty(value), `${name}.${field} is empty`).toBe(true);
    });
  }
});

describe('README.md', () => {
  it('has its quick-start examples', () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(2);
  });

  for (const query of readmeExamples) {
    it(`${query.trim().split('\n')[1]?.trim()} runs as written`, async () => {
      const r = await t.gql(query);
      expect(r.body.errors).toBeUndefined();
      for (const [field, value] of Object.entries(r.body.data!)) expect(value, `${field} is null`).not.toBeNull();
    });
  }
});
