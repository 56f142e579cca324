// "optical repeaters, branching units and power feed equipment", "a cable's repeaters and branching units": a gerund right
// after a list's comma or coordinator that follows a head of things is the next item's modifier, not a verb whose object
// the item would be (things.ts listedGerund). Own sentences, invented firms and places.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a gerund that opens a list item', () => {
  it('modifies the item after a comma that ends a phrase on a head', () => {
    expect(found('The schedule names tide sensors, branching units, and harbour radar equipment.')).toContain('branching units');
    expect(found('Repeaters, branching units, and network management software installed near the landing station are listed.')).toContain('branching units');
  });
  it('modifies the item after a coordinator that follows a head', () => {
    expect(found('A crew can reach the repeaters and branching units of a cable.')).toContain('branching units');
    expect(found('Norvik ships marine radars and tracking devices to Valdmark.')).toContain('tracking devices');
  });
  it('stays a verb after a gerund of its own, or where it acts on goods', () => {
    // Parallel gerunds: "buying drones and replacing cameras" are two verbs and their objects.
    expect(found('Agencies stopped buying drones and replacing cameras.').some((f) => f.startsWith('replacing'))).toBe(false);
    // A verb of the grammar's lists (making, acquiring, using goods) takes the phrase as its object.
    expect(found('Norvik designs tide sensors, selling cameras abroad.').some((f) => f.startsWith('selling'))).toBe(false);
    expect(found('The port tested marine radars and using drones.').some((f) => f.startsWith('using'))).toBe(false);
    // No list before it: the gerund is the sentence's verb.
    expect(found('Norvik is tracking devices in the harbour.').some((f) => f.startsWith('tracking'))).toBe(false);
  });
});

describe('a gerund after an adjective, or after a trade noun and "of"', () => {
  it('modifies the next item where an adjective opens the item before ("advanced computing chips")', () => {
    expect(found('Valdmark curbed exports of fast computing chips and waferprinting equipment to Norland.')).toContain('waferprinting equipment');
  });
  it('opens the phrase a trade noun takes, a generic head after it too', () => {
    expect(found('Valdmark restricts exports of tracking equipment to Norland.')).toContain('tracking equipment');
    expect(found('Norland barred the sale of manufacturing equipment and surveying equipment.')).toEqual(['manufacturing equipment', 'surveying equipment']);
  });
  it('stays a verb after a control noun and "on"', () => {
    expect(found('A ban on selling drones took effect.').some((f) => f.startsWith('selling'))).toBe(false);
  });
});
