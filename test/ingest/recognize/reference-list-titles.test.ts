// A work's title after its authors and year in a reference list ("Okafor, T. (2023). Harbour Crane Rules after the Data
// Act."): capitals there are a title's, no sign of a name; an instrument read by its head word alone, or a body read from a
// state's prefix alone, is kept only where another sentence names it. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const named = (md: string, label: string): string[] => [...new Set(recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => m.label === label).map((m) => m.surface)))];

const BODY = 'Ports now log every crane (Okafor 2023).';

describe("a work's title in a reference list", () => {
  it('names no instrument by its head word alone', () => {
    expect(named(`${BODY}\n\nOkafor, T. (2023). Harbour Crane Rules after the Data Act. *Port Law Review* 7(2), 1–20.`, 'Law')).not.toContain('Harbour Crane Rules');
  });
  it('names no body by a state prefix alone', () => {
    expect(named(`${BODY}\n\nDOT (Department of Transportation) (2024). Preventing Access to U.S. Sensitive Harbour Records and Port-Related Records by Covered Persons. Final rule.`, 'Authority')).not.toContain('U.S. Sensitive Harbour Records and Port-Related Records');
  });
  it('keeps one the body of the text names too, and reads the same words outside a reference list', () => {
    expect(named(`The Harbour Crane Rules apply from May (Okafor 2023).\n\nOkafor, T. (2023). Harbour Crane Rules after the Data Act.`, 'Law')).toContain('Harbour Crane Rules');
    expect(named('Harbour Crane Rules after the Data Act bind every port.', 'Law')).toContain('Harbour Crane Rules');
  });
});
