import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './extension';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** A Chromium with the built extension plus the fixture server, started once for a test file. */
export class ExtensionSession {
  #ext: ExtensionBrowser | undefined;
  #server: FixtureServer | undefined;

  get ext(): ExtensionBrowser {
    if (!this.#ext) throw new Error('the extension session has not started');
    return this.#ext;
  }

  get server(): FixtureServer {
    if (!this.#server) throw new Error('the fixture server has not started');
    return this.#server;
  }

  async start(): Promise<void> {
    this.#server = await startFixtureServer();
    this.#ext = await launchExtension();
  }

  async stop(): Promise<void> {
    await this.#ext?.close();
    await this.#server?.close();
  }
}

/** Start a session before the file's tests and stop it after them. */
export function useExtensionSession(): ExtensionSession {
  const session = new ExtensionSession();
  beforeAll(() => session.start());
  afterAll(() => session.stop());
  return session;
}
