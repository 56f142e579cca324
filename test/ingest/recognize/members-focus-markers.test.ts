// A focus marker (grammar/things.yaml member-links: "with a particular focus on") singles out the members of a list as
// "in particular" does: a list one of whose members is a phrase on a head names things. Own sentences.
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../../ingest/recognize/members.ts';

const members = (text: string): string[] => findMembers(text).map((f) => `${f.surface}:${f.label}`);

describe('a focus marker', () => {
  it('reads the list after it as "in particular" does', () => {
    expect(members('The guide covers the scope of the code, with a particular focus on tidal mapping solutions and free and open-source firmware.')).toEqual(
      members('The guide covers the scope of the code, in particular tidal mapping solutions and free and open-source firmware.'),
    );
    expect(members('The guide covers the scope of the code, with a particular focus on tidal mapping solutions and free and open-source firmware.')).toContain('tidal mapping solutions:Technology');
  });
  it('names nothing before words on no head', () => {
    expect(members('The guide covers the code, with a particular focus on compliance and reporting.')).toEqual([]);
  });
});
