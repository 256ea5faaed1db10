/** Start the server: open and migrate the database, seed a new one, build the app and listen. */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { openStore, type Store } from '../store';
import { buildApp } from './app';
import { createHasher } from './auth/password';
import { createContext, type ServerContext } from './context';
import { derivedRev } from './services/derive';
import { refreshStaleDerived, seedAdmin, seedExamples } from './services/seed';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  ctx: ServerContext;
  url: string;
  close(): Promise<void>;
}

/** Open the store and prepare everything the app needs, without listening (tests use `app.inject`). */
export async function prepareServer(
  config: Config,
  print: (line: string) => void,
): Promise<Omit<RunningServer, 'url'>> {
  const store = await openStore(config.database);
  try {
    const hasher = createHasher(config.argon2);
    const rev = derivedRev();
    const seed = { seed: config.seed, seedDir: config.seedDir, adminPassword: config.adminPassword, print };
    // Under the start-up lock: instances starting together on an empty database seed it once.
    await store.exclusive('startup', async () => {
      await seedAdmin(store, hasher, seed);
      await seedExamples(store, seed);
      await refreshStaleDerived(store, rev);
    });
    await store.optimize();
    const ctx = createContext(config, store, hasher, rev);
    const app = await buildApp(ctx);
    return {
      app,
      store,
      ctx,
      async close() {
        await app.close();
        await store.close();
      },
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/** Prepare and listen; prints the address. */
export async function startServer(config: Config, print: (line: string) => void): Promise<RunningServer> {
  const s = await prepareServer(config, print);
  try {
    await s.app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await s.close();
    throw e;
  }
  const addr = s.app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  print(
    `jixiao 已启动：${url}（数据库：${config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL'}）`,
  );
  return { ...s, url };
}
