// Definitions a US Code section read as a report inherits from its chapter or title. A section says "the
// Commission" because another section of its chapter defines it ("In this chapter: ... The term
// “Commission” means the Federal Communications Commission."). A USLM section file names its title and
// section (identifier="/us/usc/t47/s1607"), not its chapter, and the corpus keeps a chapter's sections in
// one folder; so a section inherits, from the USLM section files of its folder:
//   - definitions stated "In this title" by a section of the same title;
//   - definitions stated "In this chapter" by a section of the same title enacted by the same public law
//     (the first law of each <sourceCredit>), the law that made the chapter;
// never definitions stated for a section, subsection or Act, nor any inside <notes> (quoted law). A term defined as
// one proper name comes with that name ("means the Federal Communications Commission"); a term defined by a
// description comes alone ("The term “advanced communications service” has the meaning given ..."): it is a term of
// the law, which recognition keeps where the section names it as a technology phrase.
// Bounded: at most MAX_FILES files of at most MAX_BYTES each are read, once per folder.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { InheritedDefinition, SourceFile } from '../model.ts';
import { collapseSpaces } from '../text/clean.ts';

const MAX_FILES = 500;
const MAX_BYTES = 2_000_000;
const SECTION = /<section\b[^>]*\bidentifier="\/us\/usc\/t(\w+)\/s[\w.-]+"/;
const LAW = /<ref\b[^>]*\bhref="\/us\/pl\/(\d+)\/(\d+)/;
/** A section's own <sourceCredit> (bounded: a credit is a line). */
const CREDIT = /<sourceCredit\b[^>]*>([\s\S]{0,4000}?)<\/sourceCredit>/;
const SCOPE = /^In this (chapter|title)\b/;
/** "The term “Commission” means the Federal Communications Commission." */
const CAP_WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*`;
const DEFINITION = new RegExp(String.raw`(?:^|[,:]\s*)[Tt]he term [“"]([^”"]{1,60})[”"] means the (${CAP_WORD}(?: (?:${CAP_WORD}|of|and|for|on|in|the)){0,12})\.?$`, 'u');
/** "The term “advanced communications service” has the meaning given ...", "... means any equipment ...". */
const DESCRIBED = /(?:^|[,:]\s*)[Tt]he term [“"]([^”"]{1,60})[”"] (?:means|has the meaning|includes)\b/u;

interface SectionFile {
  file: string;
  title: string;
  law?: string;
  definitions: InheritedDefinition[];
}

const folders = new Map<string, SectionFile[]>();

/** The definitions `file` (a USLM section) inherits from the other sections of its folder. */
export function inheritedDefinitions(file: SourceFile): InheritedDefinition[] {
  const own = SECTION.exec(file.text.slice(0, 2000));
  if (!own) return [];
  const law = enactingLaw(CREDIT.exec(file.text)?.[1] ?? '');
  const out: InheritedDefinition[] = [];
  for (const s of sectionsIn(path.dirname(file.path))) {
    if (s.file === path.basename(file.path) || s.title !== own[1]) continue;
    out.push(...s.definitions.filter((d) => d.scope === 'title' || (law !== undefined && s.law === law)));
  }
  return out;
}

function sectionsIn(dir: string): SectionFile[] {
  let sections = folders.get(dir);
  if (!sections) {
    sections = readSections(dir);
    folders.set(dir, sections);
  }
  return sections;
}

function readSections(dir: string): SectionFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.xml')).sort().slice(0, MAX_FILES);
  } catch {
    return []; // no folder to read (a text given in memory)
  }
  return names.flatMap((name) => {
    const file = path.join(dir, name);
    if (fs.statSync(file).size > MAX_BYTES) return [];
    const text = fs.readFileSync(file, 'utf8');
    const head = SECTION.exec(text.slice(0, 2000));
    return head ? [readSection(name, head[1], text)] : [];
  });
}

function readSection(name: string, title: string, text: string): SectionFile {
  const $ = cheerio.load(text, { xml: true });
  const law = enactingLaw($('sourceCredit').first().html() ?? '');
  const definitions: InheritedDefinition[] = [];
  $('*').each((_, node) => {
    const el = node as Element;
    const scope = SCOPE.exec(collapseSpaces($(el).text()));
    if (!scope || !hasOwnText(el) || $(el).parents().is('notes, note, quotedContent')) return;
    // "In this chapter:" opens the definitions that follow it; "In this chapter, the term ..." is one.
    const region = [el, ...$(el).nextAll().toArray()];
    for (const r of region) {
      $(r).find('*').addBack().each((__, n) => {
        if (!hasOwnText(n as Element) || $(n).closest('notes, note, quotedContent').length > 0) return;
        const sentence = collapseSpaces($(n).text());
        const d = DEFINITION.exec(sentence) ?? DESCRIBED.exec(sentence);
        if (d) definitions.push({ term: d[1], ...(d[2] ? { name: d[2] } : {}), text: sentence, scope: scope[1] as 'chapter' | 'title', locator: `${name}#${$(n).closest('[identifier]').attr('identifier') ?? ''}` });
      });
    }
  });
  return { file: name, title, ...(law ? { law } : {}), definitions };
}

/** The first public law a <sourceCredit> cites: the one that enacted the section. */
function enactingLaw(credit: string): string | undefined {
  const m = LAW.exec(credit);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

function hasOwnText(el: Element): boolean {
  return el.type === 'tag' && el.children.some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim() !== '');
}
