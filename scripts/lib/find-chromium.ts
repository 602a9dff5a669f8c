// Finds a Chromium the browser tests can drive. Shared by playwright.config.ts and
// scripts/ensure-browser.mjs so both agree (see docs/decisions/003-browser-for-tests.md).
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export type FoundChromium = {
  /** Undefined means "use Playwright's own browser". */
  path: string | undefined;
  source: 'env' | 'system' | 'playwright';
};

export function findChromium(): FoundChromium {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, source: 'env' };
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return { path: system, source: 'system' };
  return { path: undefined, source: 'playwright' };
}
