import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: ['tests/unit/entrypoints/**'],
          environment: 'node',
          // The tone engine's default model, as the background loads it.
          setupFiles: ['tests/support/tone-model.ts'],
          // A few tests write books of 10,000 records to fake-indexeddb: seconds on two busy cores.
          testTimeout: 30_000,
        },
      },
      {
        // The entrypoints' glue (senderInfo, the LLM port, alerts, storage items) against WXT's in-memory browser (fakeBrowser).
        plugins: [WxtVitest()],
        test: {
          name: 'entrypoints',
          include: ['tests/unit/entrypoints/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
