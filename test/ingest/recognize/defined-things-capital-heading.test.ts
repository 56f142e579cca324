// A statute's heading in capitals that repeats the term its definition quotes is that term (defined-things.ts
// quotedDefinedThings, CAPITAL_HEADING); a title of the Code cited whole is a citation, no Code of its own
// (grammar/instruments.yaml us-code-title).
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const mentions = (text: string): string[] =>
  recogniseMarkdown(`# T\n\n${text}`).sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.label}${m.procedural ? ' procedural' : ''}`));

describe('a capital heading before a quoted definition', () => {
  it('reads the heading as the term it repeats, not the catalog name inside it', () => {
    const ms = mentions('(7) ELECTRIC VEHICLE SUPPLY EQUIPMENT.--The term "electric vehicle supply equipment" means a kiosk for charging cars.');
    expect(ms).toContain('ELECTRIC VEHICLE SUPPLY EQUIPMENT=Product');
    expect(ms).not.toContain('ELECTRIC VEHICLE=Product');
  });
  it('leaves a heading that names another term as it was', () => {
    const ms = mentions('(8) ELECTRIC VEHICLE PARTS.--The term "traction battery pack" means a battery that drives a car.');
    expect(ms).not.toContain('ELECTRIC VEHICLE PARTS=Product');
  });
});

describe('a title of the United States Code cited whole', () => {
  it('is a procedural citation, with the sections it coordinates', () => {
    const ms = mentions('No grant under section 21 or 24 of title 40, United States Code, may buy such a crane.');
    expect(ms).toContain('title 40, United States Code=Law procedural');
    expect(ms.filter((m) => m.startsWith('United States Code'))).toEqual([]);
    expect(mentions('Contracts under title 41, United States Code, are covered.').filter((m) => m.startsWith('United States Code'))).toEqual([]);
  });
});

describe('a capital heading before a definition that lists what the term includes', () => {
  it('is the term too', () => {
    const ms = mentions('(9) ELECTRIC VEHICLE SUPPLY EQUIPMENT.--The term "electric vehicle supply equipment" includes kiosks and cables.');
    expect(ms).toContain('ELECTRIC VEHICLE SUPPLY EQUIPMENT=Product');
    expect(ms).not.toContain('ELECTRIC VEHICLE=Product');
  });
});
