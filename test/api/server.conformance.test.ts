// GraphQL over HTTP conformance: every audit of graphql-http (MUST and SHOULD) against yoga.fetch.
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useApi } from './client.ts';

const t = useApi();

describe('GraphQL over HTTP', () => {
  for (const audit of serverAudits({ url: 'http://lawgraph.test/graphql', fetchFn: (input: string, init?: RequestInit) => t.api.fetch(new Request(input, init)) })) {
    it(`${audit.name} (${audit.id})`, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});
