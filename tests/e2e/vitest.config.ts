import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in Debian's Chromium; run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
