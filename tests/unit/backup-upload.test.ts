import { describe, expect, it } from 'vitest';
import { textParts } from '@/components/dashboard/data/backup-upload';

/** A file whose bytes arrive in the given chunks (as a browser's stream gives them). */
function fileOf(chunks: number[][]): File {
  return {
    stream: () => new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    }),
  } as unknown as File;
}

async function all(file: File, size: number) {
  const parts: { text: string; last: boolean }[] = [];
  for await (const part of textParts(file, size)) parts.push(part);
  return parts;
}

describe('a backup file read in parts', () => {
  it('decodes a character split between two chunks, and cuts parts of the size asked', async () => {
    const bytes = [...new TextEncoder().encode('Léa’s notes')];
    // "é" is two bytes and "’" three: cut through both.
    const parts = await all(fileOf([bytes.slice(0, 2), bytes.slice(2, 6), bytes.slice(6)]), 4);
    expect(parts.map((p) => p.text).join('')).toBe('Léa’s notes');
    expect(parts.map((p) => p.text.length)).toEqual([4, 4, 3]);
    expect(parts.map((p) => p.last)).toEqual([false, false, true]);
  });

  it('an empty file is one empty, last part (the background then says it is not JSON)', async () => {
    expect(await all(fileOf([]), 4)).toEqual([{ text: '', last: true }]);
  });
});
