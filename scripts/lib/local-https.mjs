// A local HTTPS server that answers for the supported sites' hosts, for the benchmark: Chromium
// resolves those hosts to it (--host-resolver-rules) and every other host to nothing, so the
// pages load offline without DevTools request interception. Playwright's `route` pauses EVERY
// request of the browser (the extension's own panel frame and its scripts included) while Node
// decides, which delays the frame by tens of milliseconds that no runner ever waits for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway self-signed certificate for `hosts` (Chromium is told to accept it). */
function selfSignedCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'cramp-check-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    const names = hosts.map((host) => `DNS:${host}`).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=cramp-check-bench', '-addext', `subjectAltName=${names}`], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `serve(url)` for `hosts` (null: 404, as a real server would) and returns the Chromium
 * flags that send those hosts here and refuse every other host. A POST to a path in `posts` is
 * handed its body and a function that answers it, whenever the handler chooses.
 * @param {string[]} hosts
 * @param {(url: URL) => {body: string, contentType?: string, status?: number} | null} serve
 * @param {Record<string, (body: string, respond: (text: string) => void) => void>} [posts]
 */
export async function serveHostsLocally(hosts, serve, posts = {}) {
  const server = createServer(selfSignedCertificate(hosts), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host}`);
    const post = request.method === 'POST' ? posts[url.pathname] : undefined;
    if (post) {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => post(body, (text) => response.end(text)));
      return;
    }
    const answer = serve(url);
    response.writeHead(answer?.status ?? (answer ? 200 : 404), { 'content-type': answer?.contentType ?? 'text/html; charset=utf-8' });
    response.end(answer ? answer.body : 'not found');
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const rules = [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return { args: [`--host-resolver-rules=${rules}`], close: () => new Promise((closed) => {
      server.closeAllConnections();
      server.close(() => closed(undefined));
    }) };
}
