import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy that refuses everything and remembers what was asked of it. */
export interface TrapProxy {
  port: number;
  /** Every request that tried to leave the machine, as `http://host/path` or `https://host:port`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Firefox sends every request that is not for loopback here (network.proxy.*), from any context:
 * web pages, extension pages and the background alike. WebDriver BiDi shows only tabs' requests, so
 * this is how the suite sees the background's, and it keeps the browser off the network.
 */
export async function startTrapProxy(): Promise<TrapProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the e2e trap proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
