// A demonstrative with the noun of a kind of instrument ("The direction", "This decree") takes up the one instrument whose
// name shows that kind, named earlier in its paragraph or the paragraph before, where the sentence before names none
// (relation-rules.yaml `anaphora`, `instrumentKind`; relations.ts kindBefore). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { KESTREL } from './ids.ts';

const ISSUED = 'Norland Security Direction 12-2031 takes effect on 1 May. Agencies must report to the Norland Trade Council by June.';
const BANS = 'The direction also prohibits agencies from buying equipment made by Kestrel Cranes Ltd.';

describe('a demonstrative with the noun of a kind of instrument', () => {
  it('takes up the instrument of that kind named in the paragraph before', () => {
    const got = stated(`${ISSUED}\n\n${BANS}`);
    expect(got.filter((r) => r.endsWith(`${KESTREL}`) && /direction/i.test(r))).not.toEqual([]);
  });

  it('takes up one of that kind two sentences back in its own paragraph', () => {
    const got = stated(`${ISSUED} ${BANS}`);
    expect(got.filter((r) => r.endsWith(`${KESTREL}`) && /direction/i.test(r))).not.toEqual([]);
  });

  it('takes up none where two instruments of that kind were named', () => {
    const got = stated(`Norland Security Direction 12-2031 and Norland Security Direction 14-2031 take effect on 1 May. Agencies must report to the Norland Trade Council by June.\n\n${BANS}`);
    expect(got.filter((r) => r.endsWith(`${KESTREL}`))).toEqual([]);
  });

  it('takes up no instrument of another kind in the sentence before', () => {
    const got = stated('In May the Norland Trade Council issued a designation notice naming Kestrel Cranes Ltd. The direction requires agencies to remove equipment made by Kestrel Cranes Ltd.');
    expect(got.filter((r) => r.startsWith('law:') && r.endsWith(`${KESTREL}`))).toEqual([]);
  });
});
