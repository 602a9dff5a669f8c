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

/**
 * Flags for a headless Chromium on our machines: without the networking ones it keeps trying to
 * reach Google's hosts, which the closed network refuses; --no-sandbox only when running as root.
 */
export function chromiumArgs(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
