#!/usr/bin/env node
// Appends every choice id in story/**/*.ink (`#choice: decision.option` and `#id: scene.option`), and
// every ending id (`# ending:`), that story/data/choice-ids.json does not hold yet. The registry is append-only: a run code stores each
// choice as its position in this list, so reordering or deleting an entry would misread old codes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGISTRY = new URL('../story/data/choice-ids.json', import.meta.url);

function inkFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? inkFiles(join(folder, entry.name)) : entry.name.endsWith('.ink') ? [join(folder, entry.name)] : [],
  );
}

const found = { ids: [], endings: [] };
for (const file of inkFiles(new URL('../story', import.meta.url).pathname).sort()) {
  const text = readFileSync(file, 'utf8');
  for (const [, id] of text.matchAll(/#\s*(?:choice|id):\s*([a-z0-9.-]+)/g)) if (!found.ids.includes(id)) found.ids.push(id);
  for (const [, id] of text.matchAll(/#\s*ending:\s*([a-z0-9-]+)/g)) if (!found.endings.includes(id)) found.endings.push(id);
}
const registry = JSON.parse(readFileSync(REGISTRY, 'utf8'));
const added = [];
for (const list of ['ids', 'endings']) {
  const missing = found[list].filter((id) => !registry[list].includes(id));
  registry[list].push(...missing);
  added.push(...missing);
}
writeFileSync(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
console.log(added.length ? `added ${added.length}: ${added.join(', ')}` : 'every choice and ending id is registered');
