// A collective head (grammar/names.yaml collective-heads: Group, Network) after a word only a government's names open
// with (government-qualifiers), or owned by a public body or a country, names a public body in any document; a
// cross-government "Function" is a part of a public body where such words make it one (heads: subunit). Own sentences,
// invented names (helper-342: dev65's government group was read as an organisation).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}`);

describe('groups and functions of a government', () => {
  it('are public bodies after a government qualifier', () => {
    expect(bodies('The Government Harbour Security Group reviewed the cameras.')).toEqual(['Government Harbour Security Group => Authority']);
    expect(bodies('A Parliamentary Drone Network met in May.')).toEqual(['Parliamentary Drone Network => Authority']);
    expect(bodies('The Government Procurement Function issued a note on cameras.')).toEqual(['Government Procurement Function => Authority']);
  });
  it('are public bodies where a public body or a country owns them', () => {
    expect(bodies("The ministry's Drone Policy Group met.")).toEqual(['Drone Policy Group => Authority']);
    expect(bodies("Norway's Harbour Cyber Group met.")).toEqual(['Harbour Cyber Group => Authority']);
  });
  it('stay organisations or companies without such words', () => {
    expect(bodies('The Harbour Cooperation Group met.')).toEqual(['Harbour Cooperation Group => Organization']);
    expect(bodies('The Search Function failed in the cold.')).toEqual([]);
    expect(bodies('Royal Parcel Group raised prices.').map((b) => b.endsWith('Authority'))).not.toContain(true);
  });
});

describe('a group acting together with a public body', () => {
  it('is a public body', () => {
    expect(bodies('The Harbour Cooperation Group, together with the Commission, may assess the risks.')).toContain('Harbour Cooperation Group => Authority');
    expect(bodies('The Harbour Cooperation Group, together with the Ministry of Ports, reviewed the cranes.')).toContain('Harbour Cooperation Group => Authority');
  });
  it('stays an organisation beside a body it only meets', () => {
    expect(bodies('The Harbour Cooperation Group met the Commission in May.')).toContain('Harbour Cooperation Group => Organization');
  });
});
