/** `jixiao serve [--json]`: run the multi-user server (configured by environment variables, see docs/server.md). */

import { ConfigError, loadConfig } from '../../config';
import { CliError, EXIT } from '../io';
import type { RegisterCommand } from '.';

export const registerServe: RegisterCommand = (command, io) => {
  command
    .option('--json', '启动信息以 JSON 输出：每行一个 {event, …}')
    .action(async (opts: { json?: boolean }) => {
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig();
      } catch (e) {
        if (e instanceof ConfigError) throw new CliError(e.message, EXIT.usage);
        throw e;
      }
      const say = (event: string, fields: Record<string, unknown>, text: string) =>
        io.out(opts.json ? JSON.stringify({ event, ...fields }) : text);
      const { startServer } = await import('../../server');
      const server = await startServer(config, (line) => say('message', { message: line }, line));
      if (opts.json) say('listening', { url: server.url, database: config.database.kind }, '');
      // Stay up until a signal; close the database cleanly on the way out.
      await new Promise<void>((resolve) => {
        const stop = () => {
          say('stopping', {}, '正在停止服务…');
          void server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
};
