// A deterministic zip writer (and the small reader the tests use). The stores compare uploads by content,
// and AMO reviewers rebuild from the sources zip: the same files must give the same bytes, so entries are
// sorted, every timestamp is the zip epoch, and nothing about the machine (owner, mode, time) is recorded.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated, no leading slash. */
  name: string;
  data: Buffer;
}

// 1980-01-01 00:00 in MS-DOS format, the earliest time a zip can hold.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DEFLATE = 8;
const STORE = 0;

function header(fields: [number, 2 | 4][]): Buffer {
  const buf = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 2) buf.writeUInt16LE(value, at);
    else buf.writeUInt32LE(value, at);
    at += size;
  }
  return buf;
}

export function writeZip(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    if (names.has(name) || name.startsWith('/') || name.includes('\\')) throw new Error(`bad entry ${name}`);
    names.add(name);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Already-compressed files (weights, wasm) can grow when deflated: store those as they are.
    const [method, body] = deflated.length < data.length ? [DEFLATE, deflated] : [STORE, data];
    const crc = crc32(data);
    // Version 20, flag bit 11: the name is UTF-8.
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0x0800, 2],
      [method, 2],
      [DOS_TIME, 2],
      [DOS_DATE, 2],
      [crc, 4],
      [body.length, 4],
      [data.length, 4],
      [nameBytes.length, 2],
      [0, 2],
    ];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), nameBytes, body]);
    centrals.push(
      Buffer.concat([
        // Made by: version 20, MS-DOS attributes (no Unix mode, so no umask leaks in).
        header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
        nameBytes,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [sorted.length, 2],
    [sorted.length, 2],
    [central.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, central, end]);
}

/** Reads a zip without zip64 or encryption: what writeZip and common tools write for small archives. */
export function readZip(zip: Buffer): ZipEntry[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === STORE ? Buffer.from(body) : inflateRawSync(body);
    if (!name.endsWith('/')) entries.push({ name, data });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
