// The message catalogues, through FormatJS's CLI (docs/i18n.md):
//   node scripts/i18n.mjs extract   src/**/*.{ts,tsx} defineMessages(...) → src/locales/en.json
//   node scripts/i18n.mjs compile   src/locales/*.json → src/locales/compiled/*.json (pre-parsed AST,
//                                   so no ICU parser ships), plus the pseudo-locale en-XA from English
//   node scripts/i18n.mjs check     (in `npm run lint`) fails when a message in the code is missing
//                                   from en.json or differs from it, en.json has one the code no longer
//                                   uses, a translation lacks a key English has (or has one it lacks,
//                                   or drops an argument), or compiled/ is out of date.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const locales = join(root, 'src', 'locales');
const compiledDir = join(locales, 'compiled');
const TRANSLATIONS = ['zh-Hans', 'ur'];
const PSEUDO = 'en-XA';
const ID = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/;

function formatjs(args) {
  const bin = join(root, 'node_modules', '.bin', 'formatjs');
  const result = spawnSync(bin, args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}
const must = (result, what) => {
  if (!result.ok) throw new Error(`${what} failed:\n${result.output}`);
};
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, data) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);

/** Messages declared in the code, sorted by id, as { id: { defaultMessage, description? } }. */
function extract(dir) {
  const out = join(dir, 'extracted.json');
  must(
    formatjs([
      'extract',
      'src/**/*.{ts,tsx}',
      '--ignore',
      'src/**/*.test.{ts,tsx}',
      'src/**/*.d.ts',
      '--out-file',
      out,
      '--throws',
    ]),
    'formatjs extract',
  );
  const messages = readJson(out);
  return Object.fromEntries(
    Object.keys(messages)
      .sort()
      .map((id) => [id, messages[id]]),
  );
}

/** Compiles every catalogue into `outDir`, as the app imports them. */
function compile(outDir) {
  mkdirSync(outDir, { recursive: true });
  const en = join(locales, 'en.json');
  must(formatjs(['compile', en, '--ast', '--out-file', join(outDir, 'en.json')]), 'compile en');
  must(
    formatjs([
      'compile',
      en,
      '--ast',
      '--pseudo-locale',
      PSEUDO,
      '--out-file',
      join(outDir, `${PSEUDO}.json`),
    ]),
    `compile ${PSEUDO}`,
  );
  for (const lang of TRANSLATIONS) {
    const file = join(locales, `${lang}.json`);
    must(
      formatjs(['compile', file, '--format', 'simple', '--ast', '--out-file', join(outDir, `${lang}.json`)]),
      `compile ${lang}`,
    );
  }
}

function check() {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  const problems = [];
  try {
    const code = extract(dir);
    const catalogue = readJson(join(locales, 'en.json'));
    for (const [id, message] of Object.entries(code)) {
      if (!ID.test(id)) problems.push(`${id}: give the message a dotted id ("area.component.name")`);
      if (!(id in catalogue)) problems.push(`${id}: used in the code, missing from src/locales/en.json`);
      else if (!isDeepStrictEqual(catalogue[id], message))
        problems.push(`${id}: the code's text or description differs from src/locales/en.json`);
    }
    for (const id of Object.keys(catalogue))
      if (!(id in code)) problems.push(`${id}: in src/locales/en.json but no longer in the code`);

    // formatjs verify compares flat { id: message } files: English as the source, both translations.
    const flat = join(dir, 'verify');
    mkdirSync(flat);
    writeJson(
      join(flat, 'en.json'),
      Object.fromEntries(Object.entries(catalogue).map(([id, m]) => [id, m.defaultMessage])),
    );
    for (const lang of TRANSLATIONS)
      writeFileSync(join(flat, `${lang}.json`), readFileSync(join(locales, `${lang}.json`)));
    const verify = formatjs([
      'verify',
      '--source-locale',
      'en',
      '--missing-keys',
      '--extra-keys',
      '--structural-equality',
      join(flat, '*.json'),
    ]);
    if (!verify.ok) problems.push(`translations (formatjs verify):\n${verify.output}`);

    const fresh = join(dir, 'compiled');
    compile(fresh);
    for (const lang of ['en', PSEUDO, ...TRANSLATIONS]) {
      const committed = readFileSync(join(compiledDir, `${lang}.json`), 'utf8');
      if (committed !== readFileSync(join(fresh, `${lang}.json`), 'utf8'))
        problems.push(`src/locales/compiled/${lang}.json is out of date: run npm run i18n:compile`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(
      `Message catalogues: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('Message catalogues: every message in the code is in English, Chinese and Urdu.');
}

const command = process.argv[2];
try {
  if (command === 'extract') {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-extract-'));
    try {
      writeJson(join(locales, 'en.json'), extract(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else if (command === 'compile') compile(compiledDir);
  else if (command === 'check') check();
  else {
    console.error('usage: node scripts/i18n.mjs extract|compile|check');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
