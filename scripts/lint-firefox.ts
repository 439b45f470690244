// `web-ext lint` of the Firefox build: fails on any error, and on any warning that is not listed here
// with the reason a reviewer would accept it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ACCEPTED: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    why: "Preact's renderer implements dangerouslySetInnerHTML; Emotune never uses it.",
  },
];

interface Message {
  code: string;
  file?: string;
  message: string;
}

const dir = join(import.meta.dirname, '..', 'dist', 'firefox');
let out: string;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
  out = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: Message[]; warnings: Message[] };
const accepted = (m: Message) => ACCEPTED.some((a) => a.code === m.code && a.file.test(m.file ?? ''));
const problems = [...report.errors, ...report.warnings.filter((w) => !accepted(w))];
for (const m of problems) console.error(`${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - report.warnings.filter((w) => !accepted(w)).length} accepted)`,
);
process.exit(problems.length ? 1 : 0);
