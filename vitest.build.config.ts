import { defineConfig } from 'vitest/config';

// Tests of the built extension (.output/): run after `wxt build`, never by `npm run test:unit`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts'],
  },
});
