// LibreOffice and poppler for the PowerPoint test: convert the downloaded deck to PDF headless,
// read each page's text and render one page for eyes. CI installs both (.ci/run); without them the
// test fails with this message rather than skipping.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function which(command: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function requireOfficeTools(): void {
  const missing = ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'].filter((c) => !which(c));
  if (missing.length)
    throw new Error(
      `${missing.join(', ')} not found: install Debian's libreoffice-impress, fonts-crosextra-carlito and poppler-utils (.ci/run does).`,
    );
}

/** The .pptx as PDF beside it. A private profile, so a LibreOffice already open elsewhere cannot take the job. */
export function convertToPdf(pptx: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      pptx,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  );
  return join(outDir, basename(pptx).replace(/\.pptx$/, '.pdf'));
}

export const pdfPages = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

/** A page's text with whitespace folded, so wrapped lines still match. */
export const pdfPageText = (pdf: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();

/** Renders one page as `<prefix>.png` (pdftoppm adds the extension). */
export function pdfPageToPng(pdf: string, page: number, prefix: string): string {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '96',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}
