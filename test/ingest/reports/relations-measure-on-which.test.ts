// A measure laid on a company or goods in a relative clause after it ("X, ..., on which the ministry imposed
// countermeasures": relation-rules.yaml measure-on-which). Own sentences, invented firms (issue 15, helper-287).
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';

describe('a measure in a relative clause after its object', () => {
  it('restricts the object before "on which"', () => {
    const r = statedRelations('Analysts cited Vantor Lidar Inc., a sensor maker, on which the Department of Commerce imposed sanctions in May.');
    expect(r.filter((x) => x.startsWith(COMMERCE))).toEqual([expect.stringMatching(/^authority:us-commerce RESTRICTS company:~vantor-lidar/)]);
    const q = statedRelations('Analysts cited Vantor Lidar Inc., a U.S. sensor maker, against which the Department of Commerce took countermeasures in May.');
    expect(q.filter((x) => x.startsWith(COMMERCE))).toEqual([expect.stringMatching(/^authority:us-commerce RESTRICTS company:~vantor-lidar/)]);
  });
  it('reads nothing where the clause states no measure', () => {
    const r = statedRelations('Analysts cited Vantor Lidar Inc., on which the Department of Commerce commented in May.');
    expect(r.filter((x) => x.startsWith(COMMERCE))).toEqual([]);
  });
});
