// Word (.docx) reports: mammoth turns the document into HTML, which the HTML adapter reads. Quirks
// handled here: mammoth writes footnote marks as <sup><a href="#footnote-ID">[n]</a></sup> and the notes
// as <li id="footnote-ID"> in a bare <ol> at the end, with "↑" back-links; they are rewritten into the
// footnote markup the HTML adapter knows (a.footnote-ref, section.footnotes, .footnote-back), numbered
// as printed ([n]) rather than by Word's internal ids.
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { DocumentError } from '../model.ts';

export async function docxToHtml(file: string, bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (err) {
    throw new DocumentError(file, `unreadable Word document: ${(err as Error).message}`);
  }
  return footnoteMarkup(html);
}

function footnoteMarkup(html: string): string {
  const $ = cheerio.load(html);
  const printed = new Map<string, string>();
  $('a[href^="#footnote-"], a[href^="#endnote-"]').each((_, a) => {
    const mark = /^\[(\w+)\]$/.exec($(a).text().trim())?.[1];
    if (!mark) return;
    printed.set(($(a).attr('href') ?? '').slice(1), mark);
    $(a).addClass('footnote-ref');
  });
  const notes = $('li[id^="footnote-"], li[id^="endnote-"]');
  notes.each((_, li) => {
    const id = $(li).attr('id') ?? '';
    $(li).attr('id', `fn-${printed.get(id) ?? id}`);
    $(li).find('a[href^="#footnote-ref"], a[href^="#endnote-ref"]').addClass('footnote-back');
  });
  notes.parent('ol').wrap('<section class="footnotes"></section>');
  return `<!DOCTYPE html><html><body>${$('body').html() ?? ''}</body></html>`;
}
