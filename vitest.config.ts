import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The slowest test takes ~1 s here on a quiet machine; the limit (Vitest's is 5 s) is for a
    // test that hangs, not a budget a busy machine could pass.
    testTimeout: 30_000,
  },
});
