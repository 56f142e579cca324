// Drops a jar's signature files. The embedded Neo4j's libraries include signed jars
// (eclipse-collections, 12 MB): the JVM checks the digest of every class it loads from them, and
// a class-data sharing archive leaves their classes out. A JFR profile of the start put about 40%
// of the sampled Java time in that verification. The copies in target/lib are ours (Maven checked
// the downloads' checksums; ~/.m2 keeps the signed originals), so they are kept unsigned.
import fs from 'node:fs';

const SIGNATURE = /^META-INF\/[^/]+\.(SF|RSA|DSA|EC)$/i;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

interface Entry {
  name: string;
  /** The central directory record, whole. */
  record: Buffer;
  localOffset: number;
}

function centralEntries(buf: Buffer): { entries: Entry[]; cdStart: number; eocd: number } | undefined {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  const cdStart = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdStart === 0xffffffff) return undefined; // zip64: left as it is
  const entries: Entry[] = [];
  let at = cdStart;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== CENTRAL) return undefined;
    const size = 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + buf.readUInt16LE(at + 28)),
      record: buf.subarray(at, at + size),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += size;
  }
  return { entries, cdStart, eocd };
}

/** Rewrites `file` without its signature files (each kept entry's bytes copied as they are);
 *  false when it has none or is not a zip this reads (zip64). */
export function unsignJar(file: string): boolean {
  const buf = fs.readFileSync(file);
  const zip = centralEntries(buf);
  if (!zip?.entries.some((e) => SIGNATURE.test(e.name))) return false;
  // An entry's local bytes (header, data, descriptor) end where the next one's begin.
  const starts = [...new Set(zip.entries.map((e) => e.localOffset))].sort((a, b) => a - b);
  const endOf = (offset: number) => starts[starts.indexOf(offset) + 1] ?? zip.cdStart;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let written = 0;
  for (const e of zip.entries) {
    if (SIGNATURE.test(e.name)) continue;
    const local = buf.subarray(e.localOffset, endOf(e.localOffset));
    const record = Buffer.from(e.record);
    record.writeUInt32LE(written, 42);
    parts.push(local);
    central.push(record);
    written += local.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.from(buf.subarray(zip.eocd));
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(written, 16);
  const tmp = `${file}.${process.pid}.unsigning`;
  fs.writeFileSync(tmp, Buffer.concat([...parts, cd, end]));
  fs.renameSync(tmp, file);
  return true;
}
