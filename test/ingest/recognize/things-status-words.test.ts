// The status a text's rules or an event give goods says which goods a provision reaches, not what kind they are:
// "non-compliant cameras", "eligible communications equipment", "the affected ICT products" name cameras, communications
// equipment, ICT products (grammar/things.yaml generic). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (text: string): string[] => [
  ...new Set(
    surfacesOf(analyseText(text).rec, ['Product', 'Technology']),
  ),
];

describe('status words before a class of goods', () => {
  it('leave the class an incident touched, not a class of affected goods', () => {
    const found = things('The Varn Agency shall notify providers of affected ICT products. Affected ICT products shall be withdrawn. Providers of ICT products shall cooperate.');
    expect(found.some((t) => /affected/i.test(t))).toBe(false);
    expect(found).toContain('ICT products');
  });
  it('leave the class a programme admits, not a class of eligible goods', () => {
    const found = things('The Varn Agency shall identify eligible communications equipment. Eligible communications equipment may be replaced.');
    expect(found.some((t) => /eligible/i.test(t))).toBe(false);
    expect(found).toContain('communications equipment');
  });
  it('name no class of non-compliant goods', () => {
    expect(things('Refusals of non-compliant cameras will rise. The Varn Agency lists non-compliant cameras each month.')).toEqual([]);
  });
  it('name no class of assessed or accredited goods', () => {
    const found = things('The Varn Agency shall keep records of assessed products. Assessed products shall carry a label. Accredited controllers shall report. The agency lists accredited controllers.');
    expect(found.some((t) => /assessed|accredited/i.test(t))).toBe(false);
  });
  it('name no class of trusted or untrusted goods, whose goods a policy prefers or shuts out', () => {
    const found = things('The Varn Agency shall promote the use of trusted hardware. Operators shall replace untrusted equipment. Trusted hardware shall carry a label. Untrusted equipment shall be listed.');
    expect(found.some((t) => /trusted/i.test(t))).toBe(false);
  });
  it('name no class of compromised or infected goods, what an attack touched (helper-251)', () => {
    const found = things('The intruders use compromised devices as relay nodes. Compromised devices were seen in March. Infected routers scan the network, and infected routers were reset.');
    expect(found.some((t) => /compromised|infected/i.test(t))).toBe(false);
  });
  it('name no class of relabelled or rebranded goods, the brand they are sold under (helper-251)', () => {
    const found = things('These exclusions apply to relabelled products. The Varn Agency lists rebranded cameras. Rebranded cameras shall be marked.');
    expect(found.some((t) => /relabell?ed|rebranded/i.test(t))).toBe(false);
  });
});
