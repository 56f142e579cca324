// A body's head abbreviated as legal citations write it ("U.S. Dep't of Defense" in an endnote) is keyed as the written-out
// head (keys.ts, grammar/names.yaml citation-head-abbreviations): one entity with the body named in full. Own names.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../ingest/recognize/keys.ts';

describe("a body's head abbreviated in a legal citation", () => {
  it('keys as the written-out head', () => {
    expect(entityKey('Authority', "U.S. Dep't of Harbours")).toBe(entityKey('Authority', 'Department of Harbours'));
    expect(entityKey('Authority', 'Dep’t of Harbours')).toBe(entityKey('Authority', 'Department of Harbours'));
    expect(entityKey('Authority', "Norland Maritime Comm'n")).toBe(entityKey('Authority', 'Norland Maritime Commission'));
  });
  it('leaves a word that only begins like one as it is', () => {
    expect(entityKey('Authority', 'Deptford Harbour Board')).toBe('deptford harbour board');
  });
});
