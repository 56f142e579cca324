// The round-trip budget of nested queries on the real corpus: one per level, through the
// per-request DataLoaders (api/loaders.ts).
import { describe, expect, it } from 'vitest';
import { useApi } from './client.ts';

const t = useApi();

describe('round trips: one per level, not one per parent', () => {
  it('documents -> provisions -> norms -> bearers', async () => {
    const r = await t.gql('{ documents(kind: "statute") { id provisions { id norms { id bearers { __typename } } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.documents.length).toBeGreaterThan(5);
    expect(r.roundTrips).toBe(4);
  });

  it('laws -> versions -> document, and claims -> premises', async () => {
    const r = await t.gql(`{
      exposure(company: "DJI") { items { provision { version { law { versions { id } } } } basis { premises { id } } } }
    }`);
    expect(r.body.errors).toBeUndefined();
    // exposure (1), the items' provisions (1) and premises (1), provision -> version (1),
    // version -> law (1), law -> versions (1): one per level however many items.
    expect(r.roundTrips).toBe(6);
  });
});
