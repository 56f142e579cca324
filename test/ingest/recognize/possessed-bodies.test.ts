// A body whose name follows its country's possessive ("Norway's Ministry of Fisheries", "Norway's fisheries ministry") is
// that country's: its node is keyed by the country's code, as a name holding the country is (keys.ts countryKeyed), so
// two states' ministries of one name are two nodes; the same name written later without a state is the one body the
// document gives it to, and none where two states have it. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bodies = (text: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${text}\n`), 'Authority');

describe("a body after its country's possessive", () => {
  it("is the country's, keyed as the name with the country's word is", () => {
    expect(bodies("Norway's Ministry of Fisheries fined the harbour operator. The Norwegian Ministry of Fisheries later closed the case.")).toEqual([
      'Ministry of Fisheries=authority:~no-fisheries-ministry',
      'Norwegian Ministry of Fisheries=authority:~no-fisheries-ministry',
    ]);
    expect(bodies("Peru's fisheries ministry fined the harbour operator.")).toEqual(["Peru's fisheries ministry=authority:~pe-fisheries-ministry"]);
  });
  it("keeps two states' bodies of one name apart, and gives a later bare name to neither", () => {
    expect(bodies("Chile's Ministry of Fisheries and Peru's Ministry of Fisheries met in Lima. The Ministry of Fisheries issued a statement.")).toEqual([
      'Ministry of Fisheries=authority:~cl-fisheries-ministry',
      'Ministry of Fisheries=authority:~pe-fisheries-ministry',
      'Ministry of Fisheries=authority:~fisheries-ministry',
    ]);
  });
  it('gives a later bare name to the one state that has it', () => {
    expect(bodies("Peru's Ministry of Fisheries fined the harbour operator. The Ministry of Fisheries later closed the case.")).toEqual([
      'Ministry of Fisheries=authority:~pe-fisheries-ministry',
      'Ministry of Fisheries=authority:~pe-fisheries-ministry',
    ]);
  });
  it("leaves a US body and a catalog body as they were", () => {
    expect(bodies("America's Department of Commerce added Kestrel Cranes Ltd to the Entity List.")).toEqual(['Department of Commerce=authority:us-commerce']);
    expect(bodies("China's Ministry of Commerce placed Kestrel Cranes Ltd on its list.")).toEqual(["China's Ministry of Commerce=authority:mofcom"]);
  });
});
