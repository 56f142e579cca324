// The typed fallback from compromise's lexicon for names no grammar rule explains.
import { describe, expect, it } from 'vitest';
import { findFallback } from '../../../ingest/recognize/fallback.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const fallback = (text: string): string[] => findFallback(text, nameRuns(text)).map((f) => `${f.surface} [${f.label}, ${f.rule}, ${f.score}]`);

describe('fallback', () => {
  it('types people by a known first name, places and organisations the lexicon knows', () => {
    expect(fallback('Mara Quist met NATO officials in Vienna.')).toEqual(['Mara Quist [Person, nlp:person, 0.6]', 'NATO [Organization, nlp:organization, 0.6]', 'Vienna [Place, nlp:place, 0.6]']);
  });
  it('guesses nothing for names it does not know', () => {
    expect(fallback('Project Lion Cage and Rogier Creemers')).toEqual([]);
  });
});
