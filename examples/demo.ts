/**
 * `npm run demo`: validates the bundled example records and prints the result.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetKeys, formatPath, recordKindLabels, recordKinds, validateDataset } from '../src/index.js';

const file = fileURLToPath(new URL('./data/reference-communities.json', import.meta.url));
const input: unknown = JSON.parse(readFileSync(file, 'utf8'));

console.log('community-standards demo — 校验示例数据 / validating the example records');
console.log(`文件 / file: examples/data/reference-communities.json\n`);

const result = validateDataset(input);
const data = input as Record<string, unknown[] | undefined>;
console.log('记录 / records');
for (const kind of recordKinds) {
  const records = data[datasetKeys[kind]];
  if (records === undefined) continue;
  const label = `${recordKindLabels[kind]['zh-CN']} / ${recordKindLabels[kind].en}`;
  console.log(`  ${label.padEnd(28)} ${String(records.length).padStart(4)}`);
}
console.log();
if (result.ok) {
  console.log('结果 / result: ✓ 全部通过校验 / all records are valid');
  for (const community of result.value.communities ?? []) {
    console.log(`  ✓ ${community.name} (${community.id}) — ${community.model}`);
  }
} else {
  console.log(`结果 / result: ✗ ${result.issues.length} 个问题 / issues`);
  for (const issue of result.issues) console.log(`  ✗ ${formatPath(issue.path)} — ${issue.message}`);
  process.exitCode = 1;
}
