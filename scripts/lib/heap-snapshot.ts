// Heap snapshots over the DevTools Protocol, and what grew between two of them, by constructor: the
// soak's way to explain heap growth by measuring it (`npm run bench -- --soak N`). The raw snapshots are
// written too, so that DevTools' Memory panel (Load, then "Comparison") can show the retainers.
import { writeFileSync } from 'node:fs';
import type { OffscreenDocument } from './browser/offscreen';

export interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Per class ("Array", "(closure)", "(compiled code)"...), how many objects and their own bytes. */
export type HeapCensus = Map<string, { count: number; bytes: number }>;

/** Takes a snapshot (which collects garbage first), writes it to `file` and answers its census. */
export async function takeHeapSnapshot(target: OffscreenDocument, file: string): Promise<HeapCensus> {
  const chunks: string[] = [];
  const off = target.on('HeapProfiler.addHeapSnapshotChunk', (p) => chunks.push(String(p.chunk)));
  try {
    await target.call('HeapProfiler.enable');
    await target.call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    off();
  }
  const json = chunks.join('');
  writeFileSync(file, json);
  return census(JSON.parse(json) as RawSnapshot);
}

/** Groups nodes as DevTools' Summary view does: objects by constructor, the rest by kind. */
export function census(raw: RawSnapshot): HeapCensus {
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out: HeapCensus = new Map();
  for (let i = 0; i < raw.nodes.length; i += width) {
    const type = types[raw.nodes[i + (typeAt ?? 0)] ?? 0] ?? '?';
    const name = raw.strings[raw.nodes[i + (nameAt ?? 1)] ?? 0] ?? '?';
    const key =
      type === 'object' || type === 'native'
        ? name.split(' ')[0] || name
        : type === 'code'
          ? // Machine code (InstructionStream), bytecode, feedback...: what the JIT adds as code gets hot.
            `(code) ${name.startsWith('system / ') ? name.slice(9) : 'other'}`
          : type.includes('string')
            ? '(string)'
            : type === 'hidden' || type === 'array' || type === 'object shape'
              ? `(${type}) ${name.slice(0, 40)}`
              : `(${type})`;
    const entry = out.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += raw.nodes[i + (sizeAt ?? 3)] ?? 0;
    out.set(key, entry);
  }
  return out;
}

/** The `top` classes whose own bytes changed most from `a` to `b`, as lines to print, and the total. */
export function censusDiff(a: HeapCensus, b: HeapCensus, top = 12): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const rows = [...keys].map((k) => {
    const x = a.get(k) ?? { count: 0, bytes: 0 };
    const y = b.get(k) ?? { count: 0, bytes: 0 };
    return { k, dCount: y.count - x.count, dBytes: y.bytes - x.bytes, bytes: y.bytes };
  });
  const total = (c: HeapCensus) => [...c.values()].reduce((s, v) => s + v.bytes, 0);
  const kb = (n: number) => `${n >= 0 ? '+' : ''}${(n / 1024).toFixed(1)} KB`;
  rows.sort((p, q) => Math.abs(q.dBytes) - Math.abs(p.dBytes));
  return [
    `snapshot total ${(total(a) / 2 ** 20).toFixed(2)} -> ${(total(b) / 2 ** 20).toFixed(2)} MB (${kb(total(b) - total(a))})`,
    ...rows
      .slice(0, top)
      .filter((r) => r.dBytes !== 0)
      .map(
        (r) =>
          `  ${kb(r.dBytes).padStart(11)}  ${`${r.dCount >= 0 ? '+' : ''}${r.dCount}`.padStart(7)} objects  ${r.k}`,
      ),
  ];
}
