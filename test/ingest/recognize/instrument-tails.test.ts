// A statute's short form after its full name: "the Sensor Act" after the "Harbour Sensor Act of 2024" is that act, no
// second one (body-tails.ts instrumentTails; helper-340: dev66's NGO report read "the Drone Act's prohibition" as an act
// apart from the "American Security Drone Act of 2023" named before). Own sentences, invented acts.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']))];
const ids = (md: string): number => new Set(laws(md).map((x) => x.split('=')[1])).size;

describe("a statute's short form after its full name", () => {
  it('is that statute, its year left out', () => {
    expect(ids('The Coastal Harbour Sensor Security Act of 2024 bars federal buyers from Norland sensors. Since the Sensor Security Act took effect, ports have replaced 40 sensors.')).toBe(1);
  });
  it('binds no tail two statutes share', () => {
    expect(ids('The Harbour Sensor Security Act and the Rail Sensor Security Act were passed in 2024. The Sensor Security Act reached few ports.')).toBe(3);
  });
  it('leaves a short form with its own year, a list and one named before the full name', () => {
    expect(ids('The Harbour Sensor Security Act of 2024 amended the Sensor Security Act of 1998.')).toBe(2);
    expect(ids('The Sensor Security Act was repealed. The Coastal Harbour Sensor Security Act of 2024 replaced it.')).toBe(2);
    expect(ids('Norland keeps the Unreliable Harbour Supplier List. Kestrel Cranes Ltd. is on the Harbour Supplier List.')).toBe(2);
  });
});
