// Another language's "and" (grammar/names.yaml foreign-and: "ve", "und", "y") joins the words of one name only where the
// name shows its language; between two names an English text writes, it joins nothing. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));

describe("another language's and", () => {
  it('joins no two names of an English text', () => {
    expect(runs('Harrow Optics und Kestrel Marine signed the deal.')).toEqual(['Harrow Optics', 'Kestrel Marine']);
    expect(runs('Analysts compared Harrow y Kestrel.')).toEqual(['Analysts', 'Harrow', 'Kestrel']);
    expect(runs('Kestrel ve Harrow both fell.')).toEqual(['Kestrel', 'Harrow']);
  });
  it('joins the words of a name with a legal form, a head or another foreign connector', () => {
    expect(runs('The ministry listed Anadolu Makina Sanayi ve Ticaret Ltd. Şti. last week.')).toEqual(['Anadolu Makina Sanayi ve Ticaret Ltd. Şti.']);
    expect(runs('Telefonos y Redes S.A. was listed.')).toEqual(['Telefonos y Redes S.A.']);
    expect(runs('Velm und Harrow Hausgeräte GmbH said so.')).toEqual(['Velm und Harrow Hausgeräte GmbH']);
    expect(runs('the Ministerio de Puertos y Costas said')).toEqual(['Ministerio de Puertos y Costas']);
    expect(runs('the Bundesamt für Häfen und Küsten said')).toEqual(['Bundesamt für Häfen und Küsten']);
  });
});
