// Starts `vite preview` of a build on a free port for the benchmark scripts. The binary is run
// directly, not through npx, so killing its PID stops the server (docs: TOOLCHAIN.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export type PreviewServer = { url: string; port: number; stop: () => void };

/** A port nobody listens on right now, from the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Serves `dist` (a production build) with `vite preview` on 127.0.0.1 and a free port. */
export async function startPreview(dist: string, port?: number): Promise<PreviewServer> {
  const outDir = resolve(dist);
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run \`npm run build\` first.`);
  }
  const chosen = port ?? (await freePort());
  const child = spawn(
    'node_modules/.bin/vite',
    [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(chosen),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${chosen}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, port: chosen, stop };
}
