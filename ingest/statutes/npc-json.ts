// NPC National Database JSON as kept by Ansvar-Systems/chinese-law-mcp (data/seed/*.json):
//   { title, issued_date, in_force_date, provisions: [{ provision_ref: "37", chapter: "第三章 … > 第二节 …", content }] }
// Quirks: content carries no 第X条 label, so Provision.number is RECONSTRUCTED from provision_ref
// with Chinese numerals ("37" -> "第三十七条"); chapter "" means the first chapter's name was not
// captured; paragraphs (款) are separated by "\n". No offsets: the text is decoded from JSON.
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { articleLocator } from '../text/articles.ts';
import { parseChineseNumber, toChineseNumber } from '../text/numerals.ts';
import { isoDate } from './dates.ts';
import { checkSequence } from './guards.ts';

interface NpcProvision {
  provision_ref: unknown;
  chapter?: unknown;
  content: unknown;
}

export function looksLikeNpcJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Array.isArray((data as { provisions?: unknown }).provisions);
}

// "37", "10之一", "10-1", "10_1" -> base and insert number.
function parseRef(file: string, ref: unknown): { base: number; insert: number } {
  const m = typeof ref === 'string' ? /^(\d+)(?:(?:之|-|_)([\d一二三四五六七八九十]+))?$/.exec(ref.trim()) : null;
  if (!m) throw new DocumentError(file, `provision_ref ${JSON.stringify(ref)} is not an article number`);
  return { base: Number(m[1]), insert: m[2] ? parseChineseNumber(m[2]) : 0 };
}

export function parseNpcJson(file: SourceFile): ParsedStatute {
  let data: { title?: unknown; issued_date?: unknown; in_force_date?: unknown; provisions?: NpcProvision[] };
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    throw new DocumentError(file.path, `invalid JSON: ${(e as Error).message}`);
  }
  if (!looksLikeNpcJson(data)) throw new DocumentError(file.path, 'no provisions[] array');

  const provisions: Provision[] = (data.provisions ?? []).map((raw, i) => {
    if (typeof raw.content !== 'string') throw new DocumentError(file.path, `provisions[${i}] has no content`);
    const { base, insert } = parseRef(file.path, raw.provision_ref);
    const { locator, order } = articleLocator(base, insert);
    const number = `第${toChineseNumber(base)}条${insert ? `之${toChineseNumber(insert)}` : ''}`;
    const paras = raw.content.split('\n').map((t) => t.trim()).filter(Boolean);
    let offset = 0;
    const p: Provision = {
      locator,
      kind: 'article',
      number,
      order,
      text: paras.join('\n'),
      paragraphs: paras.map((text, k) => {
        const start = offset;
        offset += text.length + 1;
        return { locator: `${locator}__para_${k + 1}`, number: String(k + 1), text, start, end: start + text.length };
      }),
    };
    const [chapter, section] = typeof raw.chapter === 'string' ? raw.chapter.split(' > ').map((s) => s.trim()) : [];
    if (chapter) p.chapter = chapter;
    if (section) p.section = section;
    return p;
  });
  checkSequence(file.path, provisions, 'article', { startAt: 1 });

  const adopted = isoDate(data.issued_date);
  const inForceFrom = isoDate(data.in_force_date);
  const lines: string[] = [];
  if (adopted) lines.push(`issued_date: ${adopted}`);
  if (inForceFrom) lines.push(`in_force_date: ${inForceFrom}`);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title: typeof data.title === 'string' ? data.title : file.entry.title,
    language: file.entry.language,
    // issued_date is the date of the version this JSON holds (for an amended law: the amendment).
    dates: { adopted, inForceFrom, amendments: [], lines },
    provisions,
    warnings: ['article numbers (第X条) are reconstructed from provision_ref, not printed in the source'],
  };
}
