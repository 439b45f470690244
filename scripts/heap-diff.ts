// `npx tsx scripts/heap-diff.ts A.heapsnapshot B.heapsnapshot [top]`: what grew from snapshot A to B, by
// constructor (own bytes, object counts), as `npm run bench -- --soak` prints it for the snapshots it
// writes to .tmp/soak/. For retainers, load both in DevTools' Memory panel and pick "Comparison".
import { readFileSync } from 'node:fs';
import { census, censusDiff, type RawSnapshot } from './lib/heap-snapshot';

const [a, b, top] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: heap-diff.ts A.heapsnapshot B.heapsnapshot [top]');
const load = (file: string) => census(JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot);
for (const line of censusDiff(load(a), load(b), top ? Number(top) : 20)) console.log(line);
