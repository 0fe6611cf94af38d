import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { yamlPacksVite } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [WxtVitest(), yamlPacksVite()],
  test: {
    include: ['src/**/*.test.ts', 'rules/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
