// The vocabularies fail loudly, naming the file, on the mistakes a hand-edited YAML invites.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FILES, VocabularyError, defaultVocabulary, loadVocabulary, unusedEntries } from '../../../ingest/vocab/index.ts';
import { thrown } from '../../thrown.ts';

const shipped = path.resolve(import.meta.dirname, '../../../ingest/vocab');
const dirs: string[] = [];

/** A copy of the shipped vocabulary with one file's text transformed. */
function variant(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-vocab-'));
  dirs.push(dir);
  for (const f of Object.values(FILES)) fs.copyFileSync(path.join(shipped, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const failure = (dir: string): VocabularyError => thrown(VocabularyError, () => loadVocabulary(dir));

describe('vocabulary validation', () => {
  it('loads the shipped files', () => {
    const v = defaultVocabulary();
    expect(v.actors.find((a) => a.id === 'cii-operator')?.subclassOf).toBe('network-operator');
    expect(v.modalities.precedence[0]).toBe('PROHIBITION');
  });

  it('rejects a duplicate id, naming the file', () => {
    const e = failure(variant(FILES.actors, (t) => `${t}\n- id: controller\n  name: again\n  patterns:\n    en: [again]\n`));
    expect(e.file).toBe('actors.yaml');
    expect(e.message).toMatch(/duplicate id "controller"/);
  });

  it('rejects an unknown subclassOf', () => {
    const e = failure(variant(FILES.actors, (t) => t.replace('subclassOf: network-operator', 'subclassOf: no-such-class')));
    expect(e.file).toBe('actors.yaml');
    expect(e.message).toMatch(/unknown subclassOf "no-such-class"/);
  });

  it('rejects unknown keys, bad regular expressions and unknown answeredBy targets', () => {
    expect(failure(variant(FILES.authorities, (t) => t.replace('jurisdiction: cn', 'jurisdicton: cn'))).message).toMatch(/authorities\.yaml: .*unknown key "jurisdicton"/);
    expect(failure(variant(FILES.actions, (t) => t.replace('[恶意程序]', "['恶意(程序']"))).message).toMatch(/actions\.yaml: .*bad regular expression/);
    expect(failure(variant(FILES.actions, (t) => t.replace('answeredBy: [cooperate-with-investigation, provide-data-on-request]', 'answeredBy: [nothing]'))).message).toMatch(/unknown answeredBy "nothing"/);
  });

  it('rejects an unknown owedTo authority and a pattern that matches the empty string', () => {
    expect(failure(variant(FILES.actions, (t) => t.replace('owedTo: [state-security-organs]', 'owedTo: [no-such-organ]'))).message).toMatch(/unknown owedTo authority "no-such-organ"/);
    expect(failure(variant(FILES.actions, (t) => t.replace('[恶意程序]', "['(恶意程序)?']"))).message).toMatch(/matches the empty string/);
  });

  it('rejects a surface form claimed by two entries', () => {
    const e = failure(variant(FILES.dataCategories, (t) => t.replace('zh: [网络日志]', 'zh: [网络日志, 网络运营者]')));
    expect(e.message).toMatch(/surface form "网络运营者"/);
  });

  it('rejects an incomplete precedence list', () => {
    const e = failure(variant(FILES.modalities, (t) => t.replace('precedence: [PROHIBITION, PERMISSION, DUTY]', 'precedence: [PROHIBITION, DUTY]')));
    expect(e.file).toBe('modalities.yaml');
  });

  it('reports unused entries', () => {
    const v = defaultVocabulary();
    const unused = unusedEntries(v, { actors: ['controller'], authorities: [], actions: [], dataCategories: [] });
    expect(unused).toContain('actors.yaml:processor');
    expect(unused).not.toContain('actors.yaml:controller');
  });
});
