import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../../../scripts/lib/zip';

const a = { name: 'manifest.json', data: Buffer.from('{"name":"x"}'.repeat(50)) };
const b = { name: 'assets/é.js', data: Buffer.from('console.log(1)') };
const c = { name: 'models/w.bin', data: Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 97) % 251)) };

describe('writeZip', () => {
  it('gives the same bytes whatever the order the files come in', () => {
    expect(writeZip([a, b, c]).equals(writeZip([c, a, b]))).toBe(true);
  });

  it('holds the entries sorted, with their exact bytes', () => {
    expect(readZip(writeZip([a, c, b]))).toEqual([b, a, c]);
  });

  it('records no time but the zip epoch (1980-01-01 00:00)', () => {
    const zip = writeZip([a]);
    expect(zip.readUInt16LE(10)).toBe(0);
    expect(zip.readUInt16LE(12)).toBe((1 << 5) | 1);
  });

  it('refuses two entries with one name', () => {
    expect(() => writeZip([a, a])).toThrow(/bad entry/);
  });
});
