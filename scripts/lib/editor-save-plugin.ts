import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isLoopback, saveToData } from './editor-save.ts';

/** The dev server's endpoint for the workbench's 保存到 data/ button. */
export const EDITOR_SAVE_PATH = '/__editor/save';

const MAX_BODY = 8 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * `npm run dev` only (`apply: 'serve'`, so the production build has no such route): the
 * workbench writes an article into `data/` on this machine. It answers loopback addresses
 * only, writes only inside `data/`, refuses ids that are not kebab-case and never overwrites
 * without the editor's confirmation (scripts/lib/editor-save.ts).
 */
export function editorSavePlugin(root: string): Plugin {
  const dataDir = resolve(root, 'data');
  return {
    name: 'editor-save',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(EDITOR_SAVE_PATH, (req, res) => {
        const send = (status: number, body: unknown) => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(body));
        };
        if (!isLoopback(req.socket.remoteAddress)) {
          send(403, { error: 'the workbench saves from this machine only' });
          return;
        }
        if (req.method !== 'POST') {
          send(405, { error: 'POST the article' });
          return;
        }
        // Another site's page in the same browser could post a simple form to localhost: a JSON
        // body needs a preflight it cannot pass, and an Origin of another host is refused.
        if (req.headers['content-type']?.split(';')[0]?.trim() !== 'application/json') {
          send(415, { error: 'send the article as application/json' });
          return;
        }
        const origin = req.headers.origin;
        if (origin !== undefined && new URL(origin).host !== req.headers.host) {
          send(403, { error: `refused a request from ${origin}` });
          return;
        }
        readBody(req)
          .then((text) => {
            const result = saveToData(dataDir, JSON.parse(text) as unknown);
            send(result.status, result);
          })
          .catch((error: unknown) => send(400, { error: (error as Error).message }));
      });
    },
  };
}
