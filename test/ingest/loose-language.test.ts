// A loose file's language: the one its name states ("notice.zh.md"), else the one its text is written in,
// read once its words are out of the format (a Word file's paragraphs), else English with a warning.
import { describe, expect, it } from 'vitest';
import { looseItem } from '../../ingest/corpus.ts';
import { extractFile } from '../../ingest/extract.ts';
import { loadCatalog } from '../../ingest/catalog/index.ts';
import type { SourceFile } from '../../ingest/model.ts';

const catalog = loadCatalog();
const read = (name: string, text: string): SourceFile => ({ path: `/tmp/${name}`, entry: looseItem(`/tmp/${name}`).entry, text, sha256: 'x' });
const documentLanguage = (file: SourceFile) => {
  const r = extractFile(file, catalog);
  const nodes = r.records.flatMap((x) => (x.type === 'node' ? [x] : []));
  const doc = nodes.find((x) => x.id === `doc:${file.entry.id}`);
  return { language: doc?.properties.language, warnings: r.summary.warnings as string[] };
};

const ZH = '# 关于无人机出口管制的公告\n\n商务部决定对部分无人机物项实施出口管制。出口经营者应当依法申请许可。本公告自发布之日起施行。\n';

const STATUTE = '# 示例管理条例\n\n2020年1月1日 示例会议通过\n\n<!-- INFO END -->\n\n第一条 经营者应当依法报告数据安全事件。\n\n第二条 任何组织不得非法出售个人信息。\n';

describe('the language of a loose file', () => {
  it('is the one its name states, else left to its text', () => {
    expect(looseItem('/x/notice.zh.md').entry.language).toBe('zh');
    expect(looseItem('/x/notice-en.pdf').entry.language).toBe('en');
    expect(looseItem('/x/notice.md').entry.language).toBe('auto');
    expect(looseItem('/x/zhang-brief.md').entry.language).toBe('auto');
  });

  it('reads a Chinese report named without a language as Chinese', () => {
    const zh = documentLanguage(read('notice.md', ZH));
    expect(zh.language).toBe('zh');
    expect(zh.warnings).toEqual([]);
  });

  it('reads the norms of a Chinese statute named without a language in Chinese', () => {
    const r = extractFile(read('law.md', STATUTE), catalog);
    const norms = r.records.flatMap((x) => (x.type === 'node' && x.labels.includes('Norm') ? [x.properties.modality] : []));
    expect(r.records.find((x) => x.type === 'node' && x.id === 'doc:law')?.properties.language).toBe('zh');
    expect(norms).toEqual(['DUTY', 'PROHIBITION']);
  });

  it('reads an English report as English, a few words as English, and a text in no known language as English with a warning', () => {
    expect(documentLanguage(read('brief.md', '# Brief\n\nThe Commission added the company to the list and it will review the rule.\n')).language).toBe('en');
    expect(documentLanguage(read('plain.md', '# Plain\n\nA plain Markdown report.\n')).warnings).toEqual([]);
    const german = 'Die Kommission hat das Unternehmen am Montag auf die Liste gesetzt, weil es Bauteile für Drohnen an Abnehmer geliefert hat, die nach Ansicht der Behörde militärischen Zwecken dienen. Das Unternehmen kündigte an, gegen die Entscheidung vorzugehen.';
    const other = documentLanguage(read('note.md', `# Notiz\n\n${german}\n`));
    expect(other.language).toBe('en');
    expect(other.warnings).toEqual([expect.stringMatching(/^language: .*read as English$/)]);
  });
});
