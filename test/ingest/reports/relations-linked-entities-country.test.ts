// Goods a measure blocks or bans as linked or tied to entities in a country restrict that country, as goods "linked to
// China" do (relation-rules.yaml restricts-country): "blocks 40 apps linked to entities in China". Not where nothing
// restricts them. Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const relations = (text: string): string[] => readSentence(text).relations;

describe('goods linked to entities in a country', () => {
  it('restrict the country with the goods', () => {
    expect(relations('The Harbour Board blocks 47 mobile applications linked to entities in China under Section 5 of the Harbour Act.')).toContain('authority:~harbour-board RESTRICTS jur:cn');
    expect(relations('The Harbour Board bans harbour cranes tied to companies based in Russia.')).toContain('authority:~harbour-board RESTRICTS jur:ru');
  });
  it('but not where no measure restricts them', () => {
    expect(relations('The Harbour Board studied harbour cranes linked to entities in Russia.')).toEqual([]);
  });
});
