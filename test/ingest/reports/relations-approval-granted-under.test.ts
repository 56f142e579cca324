// An approval, authorisation or certificate granted or issued in respect of (for, to) goods pursuant to, under or in
// accordance with an instrument: the instrument regulates the goods (relation-rules.yaml approval-granted-under), as goods
// approved under it do (status-under). Own sentences, invented schemes and acts.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const SCHEME = 'law:~nordic-harbour-crane-certification-scheme';

describe('an approval granted for goods under an instrument', () => {
  it('is the instrument regulating the goods', () => {
    expect(stated('Certificates issued for harbour cranes under the Nordic Harbour Crane certification scheme (NHCS) expire after five years.')).toEqual([
      `${SCHEME} REGULATES product:~harbour-crane`,
    ]);
    expect(stated('The approval granted in respect of a harbour crane type pursuant to the Nordic Harbour Crane certification scheme (NHCS) may be withdrawn.')).toEqual([
      `${SCHEME} REGULATES product:~harbour-crane`,
    ]);
  });
  it('is none where what is granted is no approval', () => {
    expect(stated('Loans granted for harbour cranes under the Nordic Harbour Crane certification scheme (NHCS) are repaid in ten years.')).toEqual([]);
  });
});
