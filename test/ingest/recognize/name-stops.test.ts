// A phrase of time or place after a name's connector ends the name (grammar/names.yaml name-stops). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));
const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.label}:${f.name}`);

describe('name stops', () => {
  it('ends a body\'s domain before a month, a season or a weekday after "in" or "on"', () => {
    expect(bodies('The list was widened by the Bureau of Harbour Safety in May.')).toEqual(['Authority:Bureau of Harbour Safety']);
    expect(runs('The Office of Fisheries and Trade in Autumn 2025 said so.')[0]).toBe('Office of Fisheries and Trade');
    expect(runs('The Department of Energy on Thursday said so.')[0]).toBe('Department of Energy');
    expect(runs('The Department of Energy since January has said so.')[0]).toBe('Department of Energy');
  });
  it('ends it before a city, not before a country or other words', () => {
    expect(bodies('The Ministry of Commerce in Beijing objected.')).toEqual(['Authority:Ministry of Commerce']);
    expect(runs('The Committee on Foreign Investment in the United States met.')).toEqual(['Committee on Foreign Investment in the United States']);
    expect(runs('The Agency for Maritime Safety in Europe met.')).toEqual(['Agency for Maritime Safety in Europe']);
    expect(runs('The Commission on Trade and Industry met.')).toEqual(['Commission on Trade and Industry']);
  });
});
