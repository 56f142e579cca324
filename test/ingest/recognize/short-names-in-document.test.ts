// Short names resolved within one document: a coined company's leading word written alone later, several short names
// coordinated in one run, a company whose registered name opens with its home city. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { shortNames } from '../../../ingest/recognize/short-names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const read = (md: string) => recogniseMarkdown(md);
const companies = (md: string): string[] => surfaceIdsOf(read(md), 'Company');

describe('short names within a document', () => {
  it('links a one-word agent of "made by" to the company named in full before, no second company', () => {
    const md = '# T\n\nThe regulator fined Tarnwell Marine Instruments Co., Ltd. in March.\n\nBuoys made by Tarnwell were recalled.';
    expect(companies(md)).toEqual(['Tarnwell Marine Instruments Co., Ltd.=company:~tarnwell-marine-instruments-co-ltd', 'Tarnwell=company:~tarnwell-marine-instruments-co-ltd']);
  });

  it('links a short name only from the sentence that names the company in full on', () => {
    const md = '# T\n\nAnalysts said Tarnwell would struggle.\n\nThe regulator fined Tarnwell Marine Instruments Co., Ltd. in March.\n\nTarnwell paid.';
    expect(companies(md)).toEqual(['Tarnwell Marine Instruments Co., Ltd.=company:~tarnwell-marine-instruments-co-ltd', 'Tarnwell=company:~tarnwell-marine-instruments-co-ltd']);
  });

  it('reads short names coordinated in one name run, each as its company', () => {
    const md =
      '# T\n\nThe agency listed Tarnwell Marine Instruments Co., Ltd. and Ostelvik Radio GmbH in May.\n\nThe ban covers modules made by Tarnwell and Ostelvik.';
    expect(companies(md).slice(2)).toEqual(['Tarnwell=company:~tarnwell-marine-instruments-co-ltd', 'Ostelvik=company:~ostelvik-radio-gmbh']);
  });

  it('leaves a run alone that coordinates a short name with a word that is none', () => {
    const md = '# T\n\nThe agency listed Tarnwell Marine Instruments Co., Ltd. in May.\n\nThe Tarnwell and Harbour Consortium objected.';
    expect(companies(md).filter((m) => m.startsWith('Tarnwell='))).toEqual([]);
  });

  it('reports a short name two companies share and binds it to neither', () => {
    const md = '# T\n\nOstelvik Radio GmbH and Ostelvik Cable AG were listed. Parts made by Ostelvik were seized.';
    const r = read(md);
    expect(r.sentences.flatMap((s) => s.mentions).filter((m) => m.surface === 'Ostelvik' && m.id.includes('ostelvik-'))).toEqual([]);
    expect(r.ambiguities.find((a) => a.surface === 'Ostelvik')?.candidates.sort()).toEqual(['company:~ostelvik-cable-ag', 'company:~ostelvik-radio-gmbh']);
  });

  it('names a company whose registered name opens with its city by the coined word after the city', () => {
    // And by the city with that word ("Hangzhou Qorvane"), where more words of the name follow it.
    expect(shortNames('Hangzhou Qorvane Digital Technology')).toEqual(['Qorvane Digital Technology', 'Hangzhou Qorvane', 'Qorvane Digital', 'Qorvane']);
    expect(shortNames('Shenzhen Qorvane Drone Co., Ltd.')).toEqual(['Shenzhen Qorvane Drone', 'Shenzhen Qorvane', 'Qorvane Drone', 'Qorvane']);
    // A known word after the city is no brand of its own.
    expect(shortNames('Beijing Capital Airport Co., Ltd.')).toEqual(['Beijing Capital Airport']);
    const md = '# T\n\nThe boards were made by Hangzhou Qorvane Digital Technology, a camera maker.\n\nQorvane said it would appeal.';
    expect(companies(md)).toEqual(['Hangzhou Qorvane Digital Technology=company:~hangzhou-qorvane-digital-technology', 'Qorvane=company:~hangzhou-qorvane-digital-technology']);
  });
});
