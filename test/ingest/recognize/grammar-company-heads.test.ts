// The names grammar's company heads are the legal forms' words (grammar/legal-forms.yaml), listed once there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grammar, loadGrammar } from '../../../ingest/recognize/grammar.ts';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';

const shipped = path.join(import.meta.dirname, '../../../ingest/recognize/grammar');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-company-heads-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The shipped grammar with legal-forms.yaml edited. */
function withForms(edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'g-'));
  for (const f of fs.readdirSync(shipped)) fs.copyFileSync(path.join(shipped, f), path.join(dir, f));
  const file = path.join(dir, 'legal-forms.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

const companyHeads = (g = grammar()): string[] => [...g.heads].filter(([, k]) => k === 'Company').map(([w]) => w);

describe('company heads', () => {
  it('are the words of the forms written after a name, and the spellings a name in title case gives them', () => {
    expect(companyHeads()).toEqual(expect.arrayContaining(['Co.', 'Ltd.', 'Limited', 'Company', 'Holdings', 'GmbH', 'Şti.', 'Inc', 'Ltd', 'plc', 'AG']));
    // One letter is no form's word ("Sp. z o.o."); a word another head list has keeps its kind.
    expect(companyHeads()).not.toContain('z');
    expect(grammar().heads.get('Corporation')).toBe('conditional');
  });
  it('follow legal-forms.yaml: a form added there ends a name in title case', () => {
    const g = loadGrammar(withForms((t) => t.replace('after-name: [', 'after-name: ["Oy", ')));
    expect(companyHeads(g)).toContain('Oy');
    expect(companyHeads()).not.toContain('Oy');
    const g2 = loadGrammar(withForms((t) => t.replace('in-title-case: [', 'in-title-case: [Bhd, ')));
    expect(companyHeads(g2)).toContain('Bhd');
  });
  it('end a name as before', () => {
    const text = 'Shares in Calderwood Telematics plc and Kestrel Holdings fell; Harrow Optics Co., Ltd. and Velm GmbH did not.';
    expect(nameRuns(text).map((r) => spanText(text, r))).toEqual(['Calderwood Telematics plc', 'Kestrel Holdings', 'Harrow Optics Co., Ltd.', 'Velm GmbH']);
  });
  it('are no key of names.yaml any more', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'n-'));
    for (const f of fs.readdirSync(shipped)) fs.copyFileSync(path.join(shipped, f), path.join(dir, f));
    const file = path.join(dir, 'names.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  corporate: [Group]', '  corporate: [Group]\n  Company: [Inc.]'));
    expect(() => loadGrammar(dir)).toThrow(/names\.yaml:\d+:\d+: heads.*Company.*unknown key|unknown key.*Company/);
  });
});
