// A cue that ends at its goods reaches past the generic modifiers before them (grammar/things.yaml generic), which the
// thing grammar leaves out of the goods' name ("military drones" is drones): relations.ts modifiersBefore. Own sentences,
// invented names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('generic modifiers between a cue and its goods', () => {
  it('leave the goods the cue\'s object', () => {
    expect(relations('The Norland Ports Authority requires a licence for exports of civilian drones.')).toEqual(['authority:~norland-ports-authority RESTRICTS product:drones']);
    expect(relations('The Norland Ports Authority imposed controls on military drones.')).toEqual(['authority:~norland-ports-authority RESTRICTS product:drones']);
  });
  it('before the first goods of a chain leave the goods chained after them objects too', () => {
    expect(relations('The Norland Ports Authority requires a licence for the export of military drones and their flight controllers.')).toEqual([
      'authority:~norland-ports-authority RESTRICTS product:drones',
      'authority:~norland-ports-authority RESTRICTS product:~flight-controller',
    ]);
  });
  it('are no verb\'s base form', () => {
    const found = relations('In 2023 the Norland Ports Authority issued a prohibition for all agencies to use Chinese drones.');
    expect(found).toContain('authority:~norland-ports-authority RESTRICTS product:drones');
    // The goods' demonym is their make: restricted too (relations-origin-of-goods.test.ts), not a country named before.
    expect(found).toContain('authority:~norland-ports-authority RESTRICTS jur:cn');
    expect(relations('In China the Norland Ports Authority issued a prohibition for all agencies to use drones.')).not.toContain('authority:~norland-ports-authority RESTRICTS jur:cn');
  });
});
