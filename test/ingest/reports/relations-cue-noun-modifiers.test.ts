// A cue's noun that only modifies the noun after it names no act: "a replacement plan for X" plans, it replaces nothing,
// and "its bridge inspection program" is a program, no inspection of the drones the sentence names after it
// (relation-rules.yaml restricts, investigates). Own sentences, invented bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

describe('a cue noun before the noun it modifies', () => {
  it('restricts nothing as "a replacement plan for X"', () => {
    expect(statedInOrder('The Federal Communications Commission shall prepare a replacement plan for routers made by Varnel Networks Ltd.')).toEqual([]);
  });
  it('investigates nothing as "its inspection program"', () => {
    expect(statedInOrder('The Federal Aviation Administration shall expand its pipeline inspection program before any drones made by Varnel Networks Ltd. are bought.')).toEqual([]);
  });
  // helper-286 (dev79's hearing summary): "sanctions" modifying "regime" names the legal framework an act was done under,
  // no act of sanctioning whose object the reason after it ("for supplying X") would give.
  it('restricts nothing as "under the Belarus sanctions regime for supplying X"', () => {
    expect(statedInOrder('The Office of Foreign Assets Control designated Tamberlo Microwave Ltd. under the Belarus sanctions regime for supplying flight controllers to the armed forces.')).toEqual([
      'authority:~office-of-foreign-assets-control DESIGNATES company:~tamberlo-microwave-ltd',
    ]);
    expect(statedInOrder('The Treasury said its sanctions programme for Belarus now covers flight controllers made by Tamberlo Microwave Ltd.')).toEqual([]);
  });
  it('still restricts or investigates where the noun is the act', () => {
    expect(statedInOrder('The Federal Communications Commission ordered the replacement of routers made by Varnel Networks Ltd.')).not.toEqual([]);
    expect(statedInOrder('The Federal Aviation Administration opened an inspection of drones made by Varnel Networks Ltd.')).not.toEqual([]);
    expect(statedInOrder('The Office of Foreign Assets Control imposed sanctions on Tamberlo Microwave Ltd.')).toContain('authority:~office-of-foreign-assets-control RESTRICTS company:~tamberlo-microwave-ltd');
  });
});
