// How faithfully the PDF and Word adapters read files that real producers wrote (issue 15): each HTML report of
// test/fixtures/printed/ was printed by headless Chromium (with and without its default header and footer) and
// converted to Word by pandoc (print.sh there). Per file, against the HTML adapter's reading of the same HTML:
// - text: words lost, words added (a header or footer line kept, a table cell read twice), words split ("manu-" +
//   "facturers" read as two words) or joined, words out of order (in both texts, but moved), by a word diff
//   (the `diff` package) over the headings, paragraphs and footnotes in reading order;
// - headings found (the HTML's headings read as headings, at any level), and headings the HTML has not;
// - list items found (Paragraph.item, which lets an item complete the lead-in above it), and extra ones;
// - footnotes kept apart (the HTML's notes read as notes, text equal);
// - recognition parity: the entities (label and name) and relations (type and ends) extracted from the file, against
//   those extracted from the HTML (ingest/reports/evaluate.ts extract): the two sets should be equal.
// Usage: node_modules/.bin/node bench/pdf-fidelity.ts [--json]
import fs from 'node:fs';
import path from 'node:path';
import { diffArrays } from 'diff';
import { repoRoot } from '../config.ts';
import { loadCatalog, type Catalog } from '../ingest/catalog/index.ts';
import { looseItem, readDocument } from '../ingest/corpus.ts';
import type { ParsedReport, SourceFile } from '../ingest/model.ts';
import { extract } from '../ingest/reports/evaluate.ts';
import { parseReport } from '../ingest/reports/index.ts';

export const PRINTED = path.join(repoRoot, 'test', 'fixtures', 'printed');

export interface Fidelity {
  file: string;
  words: number;
  lost: number;
  added: number;
  split: number;
  joined: number;
  moved: number;
  /** Headings, paragraphs and notes: the reference's, run together in the file, broken in two in the file. */
  blocks: { blocks: number; merged: number; broken: number };
  headings: { html: number; found: number; extra: number };
  /** List items (Paragraph.item): the HTML's read as items (text equal, a printed list marker aside), and extra ones. */
  items: { html: number; found: number; extra: number };
  footnotes: { html: number; kept: number };
  entities: { html: number; same: number; onlyHtml: string[]; onlyFile: string[] };
  relations: { html: number; same: number; onlyHtml: string[]; onlyFile: string[] };
}

/** A list item's printed marker, which the HTML's list generates. */
const LIST_MARKER = /^(?:[•◦▪‣⁃–*-]|\(?(?:\d{1,3}|[a-z])[.)])\s+/u;

/** Soft hyphens, footnote mark tokens and other control characters out; spaces collapsed. */
const clean = (s: string): string =>
  s
    .replace(/\u00ad/g, '')
    .replace(/[\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The words of a report in reading order: title-level headings, paragraphs, then footnotes. */
export function reportWords(r: ParsedReport): string[] {
  return reportBlocks(r).flat();
}

/** The report's blocks (headings, paragraphs, footnotes) in reading order, each as its words. */
function reportBlocks(r: ParsedReport): string[][] {
  const texts = [...r.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]), ...r.footnotes.map((f) => f.text)];
  return texts.map((t) => clean(t).split(' ').filter((w) => w !== '')).filter((ws) => ws.length > 0);
}

/** Where blocks start (word indexes), as a set. */
function blockStarts(blocks: string[][]): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const b of blocks) {
    starts.add(at);
    at += b.length;
  }
  return starts;
}

/** Blocks run together (a reference block's start that is no start in the file) and blocks broken (a start in the
 *  file that is none in the reference), over the words the two texts share in order; words one side adds right
 *  before a shared word may hold the start ("1." opening a numbered item, where the HTML's list numbers it). */
export function blockFidelity(reference: string[][], read: string[][]): { blocks: number; merged: number; broken: number } {
  const [a, b] = [reference.flat(), read.flat()];
  const [startsA, startsB] = [blockStarts(reference), blockStarts(read)];
  const startIn = (starts: Set<number>, from: number, to: number): boolean => {
    for (let x = from; x <= to; x++) if (starts.has(x)) return true;
    return false;
  };
  let [i, j, merged, broken, added, removed] = [0, 0, 0, 0, 0, 0];
  for (const p of diffArrays(a, b)) {
    if (!p.added && !p.removed) {
      for (let k = 0; k < p.value.length; k++) {
        const [before, lead] = k === 0 ? [added, removed] : [0, 0];
        if (startsA.has(i + k) && !startIn(startsB, j + k - before, j + k)) merged++;
        if (startsB.has(j + k) && !startIn(startsA, i + k - lead, i + k)) broken++;
      }
      [added, removed] = [0, 0];
    } else if (p.added) added += p.value.length;
    else removed += p.value.length;
    if (!p.added) i += p.value.length;
    if (!p.removed) j += p.value.length;
  }
  return { blocks: reference.length, merged, broken };
}

export function textFidelity(reference: string[], read: string[]): Pick<Fidelity, 'words' | 'lost' | 'added' | 'split' | 'joined' | 'moved'> {
  const out = { words: reference.length, lost: 0, added: 0, split: 0, joined: 0, moved: 0 };
  const removed: string[] = [];
  const added: string[] = [];
  const parts = diffArrays(reference, read);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.removed) {
      if (p.added) added.push(...p.value);
      continue;
    }
    const next = parts[i + 1];
    // A word broken at a line's end and read as two keeps the hyphen it was broken at ("manu‐ facturers").
    if (next?.added && next.value.map((w, j) => (j < next.value.length - 1 ? w.replace(/[-\u2010]$/, '') : w)).join('') === p.value.join('')) {
      if (next.value.length > p.value.length) out.split += next.value.length - p.value.length;
      else out.joined += p.value.length - next.value.length;
      i++;
      continue;
    }
    removed.push(...p.value);
  }
  // A word removed in one place and added in another was read, but out of order.
  const pool = new Map<string, number>();
  for (const w of added) pool.set(w, (pool.get(w) ?? 0) + 1);
  for (const w of removed) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      pool.set(w, n - 1);
      out.moved++;
    } else out.lost++;
  }
  out.added = [...pool.values()].reduce((a, b) => a + b, 0);
  return out;
}

function findings(file: SourceFile, catalog: Catalog): { entities: Set<string>; relations: Set<string> } {
  const { entities, relations } = extract(file, catalog);
  return {
    entities: new Set(entities.map((e) => `${e.label}:${e.name}`)),
    relations: new Set(relations.map((r) => `${r.type}(${r.start}, ${r.end})`)),
  };
}

function parity(html: Set<string>, read: Set<string>) {
  return {
    html: html.size,
    same: [...html].filter((x) => read.has(x)).length,
    onlyHtml: [...html].filter((x) => !read.has(x)),
    onlyFile: [...read].filter((x) => !html.has(x)),
  };
}

/** The fidelity of one printed file against the HTML it was printed from. */
export async function fidelity(htmlFile: string, printed: string, catalog: Catalog): Promise<Fidelity> {
  const html = await readDocument(looseItem(htmlFile));
  const file = await readDocument(looseItem(printed));
  const [a, b] = [parseReport(html), parseReport(file)];
  const key = (s: string): string => clean(s).toLowerCase();
  const headings = a.sections.map((s) => key(s.heading)).filter((h) => h !== '');
  const read = new Set(b.sections.map((s) => key(s.heading)));
  const notes = new Set(b.footnotes.map((f) => key(f.text)));
  const itemKey = (t: string): string => key(t).replace(LIST_MARKER, '');
  const itemsOf = (r: ParsedReport): string[] => r.sections.flatMap((s) => s.paragraphs.filter((p) => p.item).map((p) => itemKey(p.text)));
  const [itemsA, itemsB] = [itemsOf(a), new Set(itemsOf(b))];
  // Both sides are read as the same document (same id), so that entity and relation ids compare.
  const same = (f: SourceFile): SourceFile => ({ ...f, entry: { ...f.entry, id: 'printed' } });
  const [fa, fb] = [findings(same(html), catalog), findings(same(file), catalog)];
  return {
    file: path.basename(printed),
    ...textFidelity(reportWords(a), reportWords(b)),
    blocks: blockFidelity(reportBlocks(a), reportBlocks(b)),
    headings: { html: headings.length, found: headings.filter((h) => read.has(h)).length, extra: [...read].filter((h) => h !== '' && !headings.includes(h)).length },
    footnotes: { html: a.footnotes.length, kept: a.footnotes.filter((f) => notes.has(key(f.text))).length },
    items: { html: itemsA.length, found: itemsA.filter((t) => itemsB.has(t)).length, extra: [...itemsB].filter((t) => !itemsA.includes(t)).length },
    entities: parity(fa.entities, fb.entities),
    relations: parity(fa.relations, fb.relations),
  };
}

/** Every printed file of test/fixtures/printed/ with the HTML it was printed from. */
export function printedFiles(): { html: string; printed: string }[] {
  const names = fs.readdirSync(PRINTED).sort();
  return names
    .filter((n) => /\.(?:pdf|docx)$/.test(n))
    .map((n) => ({ html: path.join(PRINTED, `${n.replace(/(?:\.header)?\.(?:pdf|docx)$/, '')}.html`), printed: path.join(PRINTED, n) }));
}

if (import.meta.main) {
  const catalog = loadCatalog();
  const rows: Fidelity[] = [];
  for (const { html, printed } of printedFiles()) rows.push(await fidelity(html, printed, catalog));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| file | words | lost | added | split | joined | moved | blocks merged / broken | headings found (extra) | items found (extra) | footnotes kept | entities same (only HTML / only file) | relations same (only HTML / only file) |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.file} | ${r.words} | ${r.lost} | ${r.added} | ${r.split} | ${r.joined} | ${r.moved} | ${r.blocks.merged} / ${r.blocks.broken} of ${r.blocks.blocks} | ${r.headings.found}/${r.headings.html} (${r.headings.extra}) | ${r.items.found}/${r.items.html} (${r.items.extra}) | ${r.footnotes.kept}/${r.footnotes.html} | ${r.entities.same}/${r.entities.html} (${r.entities.onlyHtml.length} / ${r.entities.onlyFile.length}) | ${r.relations.same}/${r.relations.html} (${r.relations.onlyHtml.length} / ${r.relations.onlyFile.length}) |`,
      );
    }
    const sum = (f: (r: Fidelity) => number): number => rows.reduce((a, r) => a + f(r), 0);
    console.log(
      `| all ${rows.length} | ${sum((r) => r.words)} | ${sum((r) => r.lost)} | ${sum((r) => r.added)} | ${sum((r) => r.split)} | ${sum((r) => r.joined)} | ${sum((r) => r.moved)} | ${sum((r) => r.blocks.merged)} / ${sum((r) => r.blocks.broken)} of ${sum((r) => r.blocks.blocks)} | ${sum((r) => r.headings.found)}/${sum((r) => r.headings.html)} (${sum((r) => r.headings.extra)}) | ${sum((r) => r.items.found)}/${sum((r) => r.items.html)} (${sum((r) => r.items.extra)}) | ${sum((r) => r.footnotes.kept)}/${sum((r) => r.footnotes.html)} | ${sum((r) => r.entities.same)}/${sum((r) => r.entities.html)} (${sum((r) => r.entities.onlyHtml.length)} / ${sum((r) => r.entities.onlyFile.length)}) | ${sum((r) => r.relations.same)}/${sum((r) => r.relations.html)} (${sum((r) => r.relations.onlyHtml.length)} / ${sum((r) => r.relations.onlyFile.length)}) |`,
    );
  }
}
