import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateIllustrative } from './generate-illustrative';

const target = fileURLToPath(new URL('../data/illustrative-observations.json', import.meta.url));
const rows = generateIllustrative();
writeFileSync(target, `${JSON.stringify(rows, null, 1)}\n`);
console.log(`wrote ${rows.length} illustrative observations to ${target}`);
