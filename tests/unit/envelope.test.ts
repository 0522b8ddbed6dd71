// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newKey, open, openKey, PBKDF2_ITERATIONS, seal } from '@/sync/envelope';

const claire = { id: 'c1', name: 'Claire Fontaine', notes: 'Her daughter is Léa.', emails: ['claire@lumen.example'] };

describe('the sync envelope', async () => {
  const { key, check } = await newKey('correct horse battery staple');

  it('derives the key with PBKDF2-SHA-256 at 600,000 iterations or more, from a random salt', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(check.iterations).toBe(PBKDF2_ITERATIONS);
    expect((await newKey('correct horse battery staple')).check.salt).not.toBe(check.salt);
  });

  it('seals a record so that nothing of it shows, and opens it again', async () => {
    const sealed = await seal(key, 'c1', claire);
    const stored = JSON.stringify(sealed);
    for (const plain of ['Claire', 'Fontaine', 'Léa', 'claire@lumen.example', 'notes']) expect(stored).not.toContain(plain);
    expect(await open(key, 'c1', sealed)).toEqual(claire);
    expect((await seal(key, 'c1', claire)).iv).not.toBe(sealed.iv);
  });

  it('seals notes at their longest (100,000 characters, accents and emoji)', async () => {
    const long = { ...claire, notes: 'é😀 Léa '.repeat(12_500) };
    expect(await open(key, 'c1', await seal(key, 'c1', long))).toEqual(long);
  });

  it('refuses a ciphertext changed by a byte, or moved to another record', async () => {
    const sealed = await seal(key, 'c1', claire);
    const bytes = Uint8Array.from(atob(sealed.data), (c) => c.charCodeAt(0));
    bytes[0]! ^= 1;
    await expect(open(key, 'c1', { ...sealed, data: btoa(String.fromCharCode(...bytes)) })).rejects.toThrow();
    await expect(open(key, 'c2', sealed)).rejects.toThrow();
  });

  it('tells a wrong passphrase by the key check, and opens with the right one on another computer', async () => {
    expect(await openKey('correct horse battery stapler', check)).toBeNull();
    const again = await openKey('correct horse battery staple', check);
    expect(again).not.toBeNull();
    expect(await open(again!, 'c1', await seal(key, 'c1', claire))).toEqual(claire);
  });
});
