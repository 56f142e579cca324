// A recognised company's possessive relative reads its line whatever the name's last word (things.ts whoseAt with the
// company ends index.ts passes: the catalog's names and the grammar's companies), as a name ending in a company's head or
// legal form does. Own sentences; a catalog company's name, invented facts.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';
import { analysed, entityNamesOf } from '../one-sentence.ts';

const found = (t: string, ends: number[] = []): string[] => findThings(t, undefined, ends).map((f) => `${f.surface} [${f.rule}]`);
const kept = (t: string): string[] => entityNamesOf(analysed(t, { heading: 'T' }).rec, ['Technology', 'Product']);

describe("'whose' after a company the sentence names", () => {
  it('reads the phrase after it as the company line, given where the name ends', () => {
    const t = 'The ministry fined Orvane Lumio, whose thermal imaging cores were found in wrecked drones.';
    expect(found(t, [t.indexOf(',')])).toContain('thermal imaging cores [thing:made]');
    expect(found(t)).not.toContain('thermal imaging cores [thing:made]');
  });
  it('not where the name does not end right before the comma', () => {
    const t = 'The ministry fined Orvane Lumio and its chairman, whose thermal imaging cores were found in wrecked drones.';
    expect(found(t, [t.indexOf(' and')])).not.toContain('thermal imaging cores [thing:made]');
  });
  it('keeps the line after a catalog company named once', () => {
    expect(kept('The ministry listed Hikvision, whose thermal imaging cores were found in wrecked drones.')).toContain('thermal imaging cores');
    expect(kept('The ministry listed Hikvision, whose shares fell.')).toEqual([]);
  });
});
