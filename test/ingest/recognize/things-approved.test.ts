// "approved" says a status someone gave things or their makers, not what kind of thing they are: "a list of approved
// harbour crane manufacturers" names harbour cranes (the makers are approved), never a class "approved harbour crane"
// (grammar/things.yaml generic). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

const analysed = (text: string) => analyseText(text);
const things = (text: string): string[] =>
  analysed(text)
    .rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Product' || m.label === 'Technology').map((m) => m.surface));

describe('"approved" before a maker compound or a class', () => {
  it('is no part of the class a maker compound names', () => {
    const found = things('The Varn Ports Authority shall publish a list of approved harbour crane manufacturers and a list of approved lidar sensor vendors.');
    expect(found.some((t) => /approved/i.test(t))).toBe(false);
  });
  it('leaves the class itself found, as before a class a measure names', () => {
    expect(things('The Varn Ports Authority restricts approved lidar sensors made by Tollan Sensing Ltd.')).toEqual(['lidar sensors']);
    expect(things('The Varn Ports Authority shall publish a list of approved lidar sensor vendors. It restricts lidar sensors made by Tollan Sensing Ltd.')).toContain('lidar sensors');
  });
});
