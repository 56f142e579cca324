// A list of singular items with support of its own ("a ... or cellular module produced by X") names each singular head of
// things in it, alone too, as the plural list would ("radios, cameras or ..."): things.ts coordinate. Own sentences,
// invented makers.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('singular items in a list', () => {
  it('reads singular heads alone in a list whose conjunct a maker supports, as the plural list is read', () => {
    const singular = found('A harbour may not buy a buoy that contains a depth sensor, radio, camera or cellular module made by Norvik Marine.');
    expect(singular).toEqual(expect.arrayContaining(['depth sensor [thing:made]', 'radio [thing:made]', 'camera [thing:made]', 'cellular module [thing:made]']));
    const plural = found('A harbour may not buy a buoy that contains depth sensors, radios, cameras or cellular modules made by Norvik Marine.');
    expect(plural).toEqual(expect.arrayContaining(['radios [thing:made]', 'cameras [thing:made]']));
  });
  it('reads no generic singular head alone, and nothing in a list without support', () => {
    expect(found('A harbour may not buy a buoy that contains a radio, device or cellular module made by Norvik Marine.').some((f) => f.startsWith('device'))).toBe(false);
    expect(found('The harbour keeps a radio, camera or cellular module on each buoy.').some((f) => f.startsWith('camera') || f.startsWith('radio'))).toBe(false);
  });
});
