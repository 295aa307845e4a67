// A throwaway static server over a copy of dist/, so a test can change what is served (a new version, a tampered feed).
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/** Answers a request itself (a slow, stalled or oversized file) and returns true, or returns false to serve the file. */
export type SiteHandler = (
  path: string,
  response: ServerResponse,
  file: string,
  request: IncomingMessage,
) => boolean | Promise<boolean>;

export type StaticSite = {
  url: string;
  root: string;
  handle: (handler: SiteHandler | undefined) => void;
  close: () => Promise<void>;
};

export async function serveCopyOfDist(): Promise<StaticSite> {
  const root = await mkdtemp(join(tmpdir(), 'ole-site-'));
  await cp(join(import.meta.dirname, '../../dist'), root, { recursive: true });
  let handler: SiteHandler | undefined;
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? 'index.html' : path);
    if (handler && (await handler(path, response, file, request))) return;
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      if (path.startsWith('/feed/') || extname(path)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html' }).end(await readFile(join(root, 'index.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    handle: (next) => (handler = next),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Runs `run` against a fresh copy of dist/ in a browser context of its own, then tears both down. */
export async function withSite(
  browser: Browser,
  run: (site: StaticSite, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const site = await serveCopyOfDist();
  const context = await browser.newContext({ baseURL: site.url });
  try {
    await run(site, context);
  } finally {
    await context.close();
    await site.close();
  }
}
