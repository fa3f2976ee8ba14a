/**
 * Saves a Blob as a file through a temporary object URL and link click: the one way that works
 * in every browser without a server round trip. The URL is revoked on the next task, after the
 * browser has started the download.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_CHARACTERS = 80;

/**
 * A title as a file name in any script: "Net FDI into Pakistan (FY2013–FY2025)" →
 * "net-fdi-into-pakistan-fy2013-fy2025", "巴基斯坦净外国直接投资" and "پاکستان میں سرمایہ کاری" keep
 * their letters. Letters, marks and digits of every script stay; everything else (slashes, dots,
 * quotes, control characters) becomes one hyphen, and format characters (bidi overrides, joiners)
 * go, so no name can climb directories, start with a dot or reorder itself on screen. Latin accents
 * are dropped, as file names travel through systems that mangle them; at most 80 characters, cut
 * between graphemes.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{Cf}/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(slug));
  const cut = graphemes
    .slice(0, MAX_CHARACTERS)
    .map((g) => g.segment)
    .join('')
    .replace(/-+$/, '');
  if (!cut) return 'download';
  return RESERVED.test(cut) ? `${cut}-file` : cut;
}

/** A Blob as a data: URL (a picture to embed in a generated document). */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
    reader.readAsDataURL(blob);
  });
}
