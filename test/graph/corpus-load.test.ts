// The reference corpus, loaded once by the integration setup (test/setup/neo4j.ts), loads whole: a
// reading rule that writes a relationship the model forbids fails its document, and that must show here
// rather than as a line in the setup's log.
import { describe, expect, inject, it } from 'vitest';

describe('the reference corpus in the integration store', () => {
  it('loaded every document without a failure', () => {
    expect(inject('corpusFailed')).toEqual([]);
  });
});
