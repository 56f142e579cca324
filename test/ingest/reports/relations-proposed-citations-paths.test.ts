// A proposal's citation and a path to an act state no act (relation-rules.yaml proposal; relations.ts CITED_AFTER_NOUN).
// Own sentences.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

describe('a citation in brackets after a proposed rule', () => {
  it('does not act in what the proposal would do', () => {
    expect(statedInOrder('On May 2, 2026, the Bureau of Industry and Security published a proposed rule (91 FR 20417) that would prohibit the import of routers.')).toEqual([]);
  });
  it('leaves a final rule cited so its act', () => {
    expect(statedInOrder('On May 2, 2026, the Bureau of Industry and Security published a final rule (91 FR 20417) that prohibits the import of routers.').some((r) => / RESTRICTS product:~router$/.test(r))).toBe(true);
  });
});

describe('a path, process or mechanism for an act', () => {
  it('states no act', () => {
    expect(statedInOrder('Section 1709 of the National Defense Authorization Act for Fiscal Year 2025 provides a path for adding drones produced by DJI to the Covered List.')).toEqual([]);
    expect(statedInOrder('The Secure Equipment Act of 2021 established a process for adding routers made by Huawei to the Covered List.')).toEqual([]);
  });
  it('leaves the act itself stated', () => {
    expect(statedInOrder('The Secure Equipment Act of 2021 added routers made by Huawei to the Covered List.').length).toBeGreaterThan(0);
  });
});
