// Preloaded into the server by `BENCH_CPU_PROF=<dir> npm run bench:server`: a V8 CPU profile of the whole run, written
// to <dir>/cpu-<pid>.cpuprofile at SIGTERM (`--cpu-prof` is not allowed in NODE_OPTIONS).
const fs = require('node:fs');
const inspector = require('node:inspector');

const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
let written = false;
function write() {
  if (written) return;
  written = true;
  // A session in the same thread answers synchronously.
  session.post('Profiler.stop', (err, result) => {
    if (!err)
      fs.writeFileSync(
        `${process.env.PROF_DIR}/cpu-${process.pid}.cpuprofile`,
        JSON.stringify(result.profile),
      );
  });
}
process.prependListener('SIGTERM', write);
process.on('exit', write);
