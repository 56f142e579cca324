// A sentence reads the same however V8 compiled the grammar's expressions. Node 24's V8 compiles an inline
// modifier group holding alternatives ("(?i:national|public)") wrongly in some of its compilations: one
// alternative keeps the group's case-insensitivity, the next loses it. Which compilation an expression gets
// depends on what the process did before (how much regular-expression code it had compiled), so one reader in a
// long process (the pipeline, tests sharing a worker) missed "National certification centres" that a fresh one
// found. A child process that compiles every expression without optimisation is one such compilation, from its
// start: its readings must equal this process's. The sentences are the team's own.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caselessPattern } from '../../../ingest/text/clean.ts';
import { readArticle } from './read.ts';

const SENTENCES = [
  'Regulatory inspection bodies may order the supplier to withdraw the product.',
  'Market surveillance bodies may require the distributor to provide the documents.',
  'Public health inspectorates may require the operator to keep the records.',
  'The importer shall notify the regulatory inspection bodies of any recall.',
];

/** What the norm tests look at: each norm's modality and its authorities by role. */
const readings = (sentences: string[]) =>
  sentences.map((s) => readArticle(s, 'en', 'eu').map((f) => ({ modality: f.modality, authorities: f.authorities.map((a) => `${a.role} ${a.term ?? a.id}`) })));

describe('the readings of the norm grammar do not depend on how V8 compiled it', () => {
  it('reads public bodies named with a capitalised modifier as holders of powers', () => {
    expect(readings(SENTENCES.slice(0, 3)).map((r) => r.map((f) => [f.modality, ...f.authorities]))).toEqual([
      [['POWER', 'EMPOWERS Regulatory inspection bodies']],
      [['POWER', 'EMPOWERS Market surveillance bodies']],
      [['POWER', 'EMPOWERS Public health inspectorates']],
    ]);
  });

  it('reads the same in a process whose V8 compiles regular expressions without optimisation', () => {
    const read = pathToFileURL(`${import.meta.dirname}/read.ts`).href;
    const script = `import { readArticle } from ${JSON.stringify(read)};
      const sentences = JSON.parse(process.env.SENTENCES);
      const out = sentences.map((s) => readArticle(s, 'en', 'eu').map((f) => ({ modality: f.modality, authorities: f.authorities.map((a) => a.role + ' ' + (a.term ?? a.id)) })));
      process.stdout.write(JSON.stringify(out));`;
    const child = spawnSync(process.execPath, ['--no-regexp-optimization', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, SENTENCES: JSON.stringify(SENTENCES) } });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(readings(SENTENCES));
  });
});

describe('caselessPattern', () => {
  it('matches its text literally in any case, with no inline modifier', () => {
    const re = new RegExp(`^(?:${['market surveillance', 'national'].map(caselessPattern).join('|')})$`, 'u');
    expect(['National', 'NATIONAL', 'national', 'Market Surveillance', 'market surveillance'].filter((s) => re.test(s))).toHaveLength(5);
    expect(['nation', 'market  surveillance', 'nationalx'].some((s) => re.test(s))).toBe(false);
    expect(caselessPattern('a.b (c)')).toBe('[aA]\\.[bB] \\([cC]\\)');
    expect(caselessPattern('body')).not.toContain('(?');
  });
});
