// Makes sure a Chromium (and Chinese fonts) exist before the browser tests run. On Debian as root
// it installs Debian's packages; elsewhere it uses Playwright's own download; if neither works it
// stops and says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/find-chromium.ts';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

function run(command: string, args: string[]): boolean {
  console.log(`[ensure-browser] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

function aptInstall(packages: string[]): boolean {
  return run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', ...packages]);
}

function fail(message: string): never {
  console.error(`\n[ensure-browser] ${message}\n`);
  process.exit(1);
}

const found = findChromium();
const missing: string[] = [];
if (found.source === 'playwright') missing.push('chromium');
if (isDebian && !hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length === 0) {
  console.log(`[ensure-browser] using ${found.path ?? "Playwright's Chromium"} (${found.source})`);
  process.exit(0);
}

if (isDebian && isRoot) {
  console.log(`[ensure-browser] installing Debian packages: ${missing.join(', ')}`);
  if (!aptInstall(missing)) fail(`apt-get could not install ${missing.join(' ')}.`);
  const after = findChromium();
  if (after.source === 'playwright')
    fail('chromium was installed but /usr/bin/chromium is missing.');
  console.log(`[ensure-browser] using ${after.path}`);
  process.exit(0);
}

if (missing.includes('chromium')) {
  // Not root or not Debian: a developer laptop. Playwright's own download is the usual way.
  if (existsSync(chromium.executablePath())) {
    console.log(`[ensure-browser] using Playwright's Chromium at ${chromium.executablePath()}`);
  } else {
    console.log(
      "[ensure-browser] no system Chromium; downloading Playwright's (npx playwright install chromium)",
    );
    if (!run('npx', ['playwright', 'install', 'chromium'])) {
      const os = isDebian ? 'sudo apt-get install chromium fonts-noto-cjk' : 'a Chromium or Chrome';
      fail(
        `No Chromium found and Playwright could not download one.\n` +
          `Install ${os}, or set CHROMIUM_PATH=/path/to/chromium, then run the tests again.`,
      );
    }
  }
}
if (missing.includes('fonts-noto-cjk')) {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  console.warn(
    `[ensure-browser] no Chinese font found; screenshots will show boxes. ` +
      `Install fonts-noto-cjk (${release.includes('Debian') ? 'sudo apt-get install fonts-noto-cjk' : 'or any CJK font'}).`,
  );
}
