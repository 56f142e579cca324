// Support for technology phrases from enumerations: listed with two others in one sentence.
import { describe, expect, it } from 'vitest';
import { listedThings, listGap } from '../../../ingest/recognize/enumerations.ts';
import type { Mention } from '../../../ingest/recognize/matcher.ts';

/** Mentions of the phrases given, where they stand in the text. */
function sentence(text: string, phrases: string[]): { sentence: { text: string }; mentions: Mention[] } {
  const mentions = phrases.map((p) => {
    const start = text.indexOf(p);
    return { id: `technology:~${p}`, label: 'Technology', start, end: start + p.length, surface: p, via: 'grammar', confidence: 0.5 };
  });
  return { sentence: { text }, mentions };
}
const all = (): boolean => true;

describe('enumerations', () => {
  it('reads a separator and a few words of no verb as a gap in a list', () => {
    expect(listGap(', ')).toBe(true);
    expect(listGap(' providers, PQR name registries, ')).toBe(true);
    expect(listGap(' and of ')).toBe(true);
    expect(listGap(' makers said ')).toBe(false);
    expect(listGap(' vendors, which sold ')).toBe(false);
    expect(listGap(', and require ')).toBe(false); // a verb's base form opens a clause
    expect(listGap('; ')).toBe(false);
    expect(listGap(' in ')).toBe(false);
  });
  it('reads a word the lexicon calls a verb right before a plural noun as that noun\'s modifier, an unread item', () => {
    expect(listGap(', network switches, routers and the ')).toBe(true);
    expect(listGap(', control panels and ')).toBe(true);
    expect(listGap(', and require continuous links to ')).toBe(false); // a verb before an adjective still opens a clause
    const text = 'The depot buys ballast tamper units, rail grinding trains, network switches, routers and the signal interlocking cabinets.';
    const listed = listedThings([sentence(text, ['ballast tamper units', 'rail grinding trains', 'signal interlocking cabinets'])], all);
    expect([...listed].sort()).toEqual(['technology:~ballast tamper units', 'technology:~rail grinding trains', 'technology:~signal interlocking cabinets']);
  });
  it('leaves a quantity that bounds the item before out of the gap\'s words', () => {
    expect(listGap(' with a payload above 20 kilograms, and the ')).toBe(true);
    expect(listGap(' with a long reach and a payload of twenty, and the ')).toBe(false); // eight words, no quantity bound
    const text = 'Schedule 4 names dredging pumps, tug winches with a capacity above 40 tonnes, and the mooring sensors that watch them.';
    const listed = listedThings([sentence(text, ['dredging pumps', 'tug winches', 'mooring sensors'])], all);
    expect([...listed].sort()).toEqual(['technology:~dredging pumps', 'technology:~mooring sensors', 'technology:~tug winches']);
  });
  it('lists the phrases of a run of three or more, not of two', () => {
    const text = 'It binds lidar sensor makers, quantum radar vendors and drone swarm operators; and mesh radio firms and tidal turbine owners.';
    const listed = listedThings([sentence(text, ['lidar sensor', 'quantum radar', 'drone swarm', 'mesh radio', 'tidal turbine'])], all);
    expect([...listed].sort()).toEqual(['technology:~drone swarm', 'technology:~lidar sensor', 'technology:~quantum radar']);
  });
  it('reads two phrases coordinated past a quantifier as one of them kept makes the other of its kind (helper-316)', () => {
    const text = 'Shipments of tidal turbine blades and some mooring sensor buoys need a check.';
    const listed = listedThings([sentence(text, ['tidal turbine blades', 'mooring sensor buoys'])], all, (m) => m.surface === 'tidal turbine blades');
    expect([...listed].sort()).toEqual(['technology:~mooring sensor buoys', 'technology:~tidal turbine blades']);
    // Two phrases, neither kept: no list.
    expect([...listedThings([sentence(text, ['tidal turbine blades', 'mooring sensor buoys'])], all)]).toEqual([]);
  });
});
