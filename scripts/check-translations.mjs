// Fails when any message lacks a translation: every <trans-unit> in packages/*/xliff/*.xlf needs a non-empty
// <target> with the same placeholders as its <source>, and every target locale file must exist.
import { existsSync, readFileSync } from 'node:fs';
import { workspacePackages } from './workspaces.mjs';

const problems = [];
let units = 0;
const placeholders = (text) =>
  [...text.matchAll(/<x id="([^"]+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

for (const { dir } of workspacePackages()) {
  const configPath = `${dir}/lit-localize.json`;
  if (!existsSync(configPath)) continue;
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  for (const locale of config.targetLocales) {
    const file = `${dir}/xliff/${locale}.xlf`;
    if (!existsSync(file)) {
      problems.push(`${file}: missing (run npm run localize:extract)`);
      continue;
    }
    const xml = readFileSync(file, 'utf8');
    for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      units++;
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      if (!target?.trim()) problems.push(`${file}: "${id}" has no translation`);
      else if (placeholders(source) !== placeholders(target))
        problems.push(`${file}: "${id}" has placeholders ${placeholders(target)} but the source has ${placeholders(source)}`);
    }
  }
}
if (problems.length) {
  console.error(`Translations incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations complete: ${units} messages in every target locale.`);
