import { download } from './http.ts';

/**
 * Fetches a file from the API with the session's token (a plain link would not carry it) and
 * hands it to the browser as a download, under the API's file name when it gives one.
 */
export async function saveFile(path: string, fallbackName: string): Promise<void> {
  const { blob, filename } = await download(path);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename ?? fallbackName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
