// "either company", "both companies", "the three firms": a count of companies named before takes them up as objects, only
// when as many are named. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, KESTREL } from './ids.ts';

const ORVIK = 'company:~orvik-hoists-inc';

describe('a counted description of companies', () => {
  it('takes up the companies its sentence names', () => {
    const got = stated('Kestrel Cranes Ltd. and Orvik Hoists Inc. were fined in May, and the Valdmark Crane Safety Act already bars port operators from buying harbour cranes made by either company.');
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${ACT} RESTRICTS ${ORVIK}`);
  });

  it('or those of the sentence before', () => {
    const got = stated('Kestrel Cranes Ltd. and Orvik Hoists Inc. supply most harbour cranes in Norland. The Valdmark Crane Safety Act bars port operators from buying harbour cranes made by the two companies.');
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${ACT} RESTRICTS ${ORVIK}`);
  });

  it('not when another number of companies is named', () => {
    const got = stated('Kestrel Cranes Ltd. and Orvik Hoists Inc. supply most harbour cranes in Norland. The Valdmark Crane Safety Act bars port operators from buying harbour cranes made by the three companies.');
    expect(got.filter((r) => r.includes('company:'))).toEqual([]);
  });
});
