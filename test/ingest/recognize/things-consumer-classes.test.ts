// "consumer" narrows a class by its buyers (grammar/things.yaml evaluative): the narrower class stays where the text
// supports it (here a relation), else the plain class (settleTentative). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';
import { analysed, entityNamesOf } from '../one-sentence.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]${f.plain ? ` plain: ${f.plain.surface}` : ''}`);
const things = (md: string): string[] => entityNamesOf(analysed(md, { asEntry: true }).rec, ['Product', 'Technology']);

describe('"consumer" before a class', () => {
  it('narrows it, the plain class inside', () => {
    expect(found('The Harbour Devices Act 2026 bans default passwords on consumer connectable products.')).toEqual(['consumer connectable products [thing:narrowed] plain: connectable products']);
  });
  it('names the narrower class where a relation supports it', () => {
    expect(things('The Harbour Devices Act 2026 regulates consumer connectable products.\n')).toEqual(['consumer connectable products']);
  });
});
