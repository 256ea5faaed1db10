/** `jixiao serve`: run the multi-user server (configured by environment variables, see docs/server.md). */

import { ConfigError, loadConfig } from '../../config';
import { startServer } from '../../server';
import { CliError } from '../io';
import type { RegisterCommand } from '.';

export const registerServe: RegisterCommand = (program, io) => {
  program
    .command('serve')
    .description('启动多用户服务（配置见 docs/server.md；PORT 默认 3000）')
    .action(async () => {
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig();
      } catch (e) {
        if (e instanceof ConfigError) throw new CliError(e.message, 2);
        throw e;
      }
      const server = await startServer(config, io.out);
      // Stay up until a signal; close the database cleanly on the way out.
      await new Promise<void>((resolve) => {
        const stop = () => {
          io.out('正在停止服务…');
          void server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
};
