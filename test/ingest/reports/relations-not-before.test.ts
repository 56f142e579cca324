// A rule's `notBefore` (relation-rules.yaml, relations.ts): a context that must not stand right before the pair's first
// mention, nor before the first name of the list it closes. Read where the company must be the clause's subject
// (subject-to-instrument-company, subject-to, regulated-by-company): a company whose goods or trades are the subject
// ("drones from X are subject to the Act") is no party the Act binds. Checked as every pattern of the file is: one that
// matches the empty text, or one on a rule that pairs no mentions, is a problem of the file. Own sentences, invented
// companies and acts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../ingest/reports/relations.ts';
import { readSentence } from './helpers.ts';

const DATA_ACT = 'law:~valdmark-data-act';
const BORVIK = 'company:~borvik-telematics-ltd';
const QUENTA = 'company:~quenta-robotics-co-ltd';
const bound = (text: string): string[] => readSentence(text).relations.filter((r) => /REGULATES company:|company:\S+ SUBJECT_TO/.test(r)).sort();

describe('a company that completes the subject, a preposition object', () => {
  it('is not regulated by the instrument the goods are subject to', () => {
    expect(bound('Drones from Borvik Telematics Ltd. are subject to the Valdmark Data Act.')).toEqual([]);
    expect(bound('Cameras made by Borvik Telematics Ltd. remain subject to the Valdmark Data Act.')).toEqual([]);
    expect(bound('Exports to Borvik Telematics Ltd. are subject to the Valdmark Data Act.')).toEqual([]);
    expect(bound('Harbour cranes from the Chinese maker Borvik Telematics Ltd. are subject to the Valdmark Data Act.')).toEqual([]);
  });
  it('nor is any name of the list after the preposition', () => {
    expect(bound('Drones from Borvik Telematics Ltd. and Quenta Robotics Co., Ltd. are subject to the Valdmark Data Act.')).toEqual([]);
  });
  it('a company that is the subject still is, at the sentence start or after an opening adverbial', () => {
    expect(bound('Borvik Telematics Ltd. is subject to the Valdmark Data Act.')).toEqual([`${BORVIK} SUBJECT_TO ${DATA_ACT}`, `${DATA_ACT} REGULATES ${BORVIK}`]);
    expect(bound('In 2024 Borvik Telematics Ltd. became subject to the Valdmark Data Act.')).toEqual([`${BORVIK} SUBJECT_TO ${DATA_ACT}`, `${DATA_ACT} REGULATES ${BORVIK}`]);
    expect(bound('Since May, Borvik Telematics Ltd. and Quenta Robotics Co., Ltd. have been subject to the Valdmark Data Act.').filter((r) => r.includes('REGULATES'))).toEqual(
      [`${DATA_ACT} REGULATES ${BORVIK}`, `${DATA_ACT} REGULATES ${QUENTA}`].sort(),
    );
  });
});

describe('a company that completes a passive subject', () => {
  it('is not regulated by the agent the goods are regulated by', () => {
    expect(bound('Routers sold by Borvik Telematics Ltd. are regulated by the Valdmark Data Act.').filter((r) => r.includes('REGULATES'))).toEqual([]);
  });
  it('a company that is the subject still is, and goods after a preposition still are', () => {
    expect(bound('Borvik Telematics Ltd. is regulated by the Valdmark Data Act.')).toEqual([`${DATA_ACT} REGULATES ${BORVIK}`]);
    expect(readSentence('The export of harbour cranes is regulated by the Valdmark Data Act.').relations).toContain(`${DATA_ACT} REGULATES product:~harbour-crane`);
  });
});

describe('the data check', () => {
  const withRule = (edit: (text: string) => string): (() => unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-before-'));
    const file = path.join(dir, 'relation-rules.yaml');
    fs.writeFileSync(file, edit(fs.readFileSync(path.join(import.meta.dirname, '../../../ingest/reports/relation-rules.yaml'), 'utf8')));
    return () => loadRules(file);
  };
  const RULE = "  - id: subject-to-instrument-company\n    type: REGULATES\n    subject: [Law]\n    object: [Company]\n    order: object-first\n    notBefore: '<NAME_AS_COMPLEMENT>'\n";
  it('reads the file as it stands', () => {
    expect(withRule((t) => t)).not.toThrow();
    expect(fs.readFileSync(path.join(import.meta.dirname, '../../../ingest/reports/relation-rules.yaml'), 'utf8')).toContain(RULE);
  });
  it('rejects a notBefore that matches the empty text, which would refuse every pair', () => {
    expect(withRule((t) => t.replace(RULE, () => RULE.replace("'<NAME_AS_COMPLEMENT>'", () => "'(?:from\\s+)?$'")))).toThrow(/matches the empty string/);
  });
  it('rejects a notBefore on a rule that pairs no mentions', () => {
    const self = /( {2}- id: [a-z0-9-]+\n(?: {4}.*\n)*? {4}actor: self\n)/.exec(fs.readFileSync(path.join(import.meta.dirname, '../../../ingest/reports/relation-rules.yaml'), 'utf8'))?.[1] as string;
    expect(self).toBeDefined();
    expect(withRule((t) => t.replace(self, () => `${self}    notBefore: '\\bfrom\\s+$'\n`))).toThrow(/notBefore/);
  });
});
