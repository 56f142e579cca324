// "The Department issued a determination that X poses an unacceptable risk to national security": an instrument whose
// content is that goods or companies pose a risk of that degree designates them (relation-rules.yaml finds-risk), and their
// maker with them; the issuer's act is the instrument's. Own sentences, real bodies by their public names, invented
// companies.
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const DETERMINATION = 'law:~determination-in-inline';

describe('an instrument that finds goods pose a risk of a degree', () => {
  it('designates them, and their maker', () => {
    expect(statedRelations('In March the Department of Homeland Security issued a determination that drones produced by Tessaro Optics present an undue risk to the security of federal networks.')).toEqual([
      `${DETERMINATION} DESIGNATES company:~tessaro-optics`,
      `${DETERMINATION} DESIGNATES product:drones`,
    ]);
    expect(statedRelations('The Department of Commerce published a determination that connected vehicles with foreign software pose a significant risk.')).toEqual([`${DETERMINATION} DESIGNATES product:connected-vehicles`]);
  });
  it('designates nothing for a risk of no degree, a question, or no instrument', () => {
    expect(statedRelations('The Department of Commerce published a determination that connected vehicles pose some risk.')).toEqual([]);
    expect(statedRelations('The Department of Commerce published a determination on whether connected vehicles pose an undue risk.')).toEqual([]);
    expect(statedRelations('Critics said that connected vehicles pose an unacceptable risk.')).toEqual([]);
  });
});

describe('an instrument a finding of risk was made under', () => {
  it('is the basis, not the finding: it designates nothing', () => {
    const got = statedRelations('On May 4 the Department of Commerce notified the Commission of a final determination under 15 CFR part 791 that drones produced by Tessaro Optics present an undue risk to national security.');
    expect(got.filter((r) => r.startsWith('law:~15-cfr-part-791'))).toEqual([]);
  });
});
