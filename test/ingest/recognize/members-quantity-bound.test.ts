// A list member bounded by a quantity ("masts above 15 metres") ends before the preposition, and the list goes on after
// the quantity (members.ts nounPhrase, grammar/things.yaml name-breaks). Own sentences.
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../../ingest/recognize/members.ts';

const members = (text: string): string[] => findMembers(text).map((f) => f.surface);

describe('a list member bounded by a quantity', () => {
  it('ends before the preposition, and the list goes on after the quantity', () => {
    expect(members('The order covers harbour equipment, including masts above 15 metres, cellular routers and tide gauges.')).toEqual(['masts', 'cellular routers', 'tide gauges']);
    expect(members('Licences are needed for farm machinery, including tractors over 20 tonnes, milking robots and grain dryers.')).toEqual(['tractors', 'milking robots', 'grain dryers']);
    expect(members('The list names grid equipment, including power transformers below 100 MVA and protection relays.')).toEqual(['power transformers', 'protection relays']);
  });
  it('keeps a one-word member bounded by a quantity, which modifies no head after "and"', () => {
    expect(members('The ban reaches lifting equipment, including cranes above 40 tonnes and hydraulic winches.')).toEqual(['cranes', 'hydraulic winches']);
  });
  it('leaves a member with no quantity after it as it was', () => {
    expect(members('The order covers harbour equipment, including masts, cellular routers and tide gauges.')).toEqual(['masts', 'cellular routers', 'tide gauges']);
  });
  it('reads no member in one singular word after the list\'s "and" that opens a coordination of modifiers', () => {
    expect(members('The order covers harbour equipment, including masts above 15 metres, tide gauges and navigation, mooring and berthing systems.')).toEqual(['masts', 'tide gauges']);
    // A plural, or a head of things, is a member still.
    expect(members('The order covers harbour equipment, including winches, gauges and cranes, pumps and valves.')).toEqual(['winches', 'gauges', 'cranes']);
    expect(members('The order covers harbour equipment, including winches, gauges and software, firmware and cloud services.')).toEqual(['winches', 'gauges', 'software']);
  });
});
