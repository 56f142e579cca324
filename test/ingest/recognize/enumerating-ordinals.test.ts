// An argument's points counted by an ordinal opening the sentence before a comma (names.ts enumerator, grammar/names.yaml
// openers "Secondly", "Lastly"): "Second, a vendor able to ..." names no company "Second" (helper-340: dev88's advance
// notice read "Second, a manufacturer able to push software updates could ..." as a company by apposition). Own
// sentences, invented names.
import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText } from '../reports/helpers.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => text.slice(r[0].start, r[r.length - 1].end));
const companies = (text: string): string[] => analyseText(text).rec.entities.filter((e) => e.label === 'Company').map((e) => e.name);

describe('an ordinal counting points', () => {
  it('is no company before an apposition', () => {
    expect(companies('Third, a vendor that controls the update server could brick every meter.')).toEqual([]);
    expect(companies('Secondly, a supplier with remote access could read the logs.')).toEqual([]);
  });
  it('is no run of a name', () => {
    expect(runs('Fourth, the Harlow Port Authority keeps the logs.')).toEqual(['Harlow Port Authority']);
  });
  it('leaves a name that opens with an ordinal', () => {
    expect(runs('Second Harvest Robotics, a drone maker, sells sprayers.')).toContain('Second Harvest Robotics');
    expect(runs('The court cited the First Amendment.')).toContain('First Amendment');
  });
});
