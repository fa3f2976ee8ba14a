import { vi } from 'vitest';

/**
 * Captures what the app downloads (CSV, PNG, pptx) instead of saving it: each Blob handed to
 * URL.createObjectURL, in order. Undo with vi.restoreAllMocks().
 */
export function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}
