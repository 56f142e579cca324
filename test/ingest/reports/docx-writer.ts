// A minimal Word (.docx) writer for test fixtures: headings, paragraphs and footnotes from our own text,
// packed in a stored (uncompressed) ZIP, so the DOCX adapter is tested on real .docx bytes made at test
// time. Paragraph text may hold footnote references as "[^n]". A table's first row repeats as its header
// (w:tblHeader) where `header` says so; a paragraph may take Word's Caption style.
import zlib from 'node:zlib';

export type DocxBlock = { heading: string; level: 1 | 2 } | { text: string; caption?: boolean } | { table: string[][]; header?: boolean };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function runs(text: string): string {
  return text
    .split(/(\[\^\d+\])/)
    .filter(Boolean)
    .map((part) => {
      const ref = /^\[\^(\d+)\]$/.exec(part);
      if (ref) return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${ref[1]}"/></w:r>`;
      return `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`;
    })
    .join('');
}

function documentXml(blocks: DocxBlock[]): string {
  const body = blocks
    .map((b) => {
      if ('heading' in b) return `<w:p><w:pPr><w:pStyle w:val="Heading${b.level}"/></w:pPr>${runs(b.heading)}</w:p>`;
      if ('table' in b) {
        const rows = b.table.map((row, i) => {
          const head = i === 0 && b.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
          return `<w:tr>${head}${row.map((c) => `<w:tc><w:p>${runs(c)}</w:p></w:tc>`).join('')}</w:tr>`;
        });
        return `<w:tbl>${rows.join('')}</w:tbl>`;
      }
      return b.caption ? `<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>${runs(b.text)}</w:p>` : `<w:p>${runs(b.text)}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

function footnotesXml(notes: Record<string, string>): string {
  const items = Object.entries(notes).map(([id, text]) => `<w:footnote w:id="${id}"><w:p>${runs(text)}</w:p></w:footnote>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}>${items.join('')}</w:footnotes>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${[1, 2]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`)
  .join('')}<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>`;
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`;

/** The bytes of a .docx holding `blocks`, with `notes` as footnotes by id. */
export function makeDocx(blocks: DocxBlock[], notes: Record<string, string> = {}): Buffer {
  return zip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/_rels/document.xml.rels': DOC_RELS,
    'word/document.xml': documentXml(blocks),
    'word/styles.xml': STYLES,
    'word/footnotes.xml': footnotesXml(notes),
  });
}

/** A ZIP with stored (uncompressed) members. */
export function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
