/**
 * `POST /api/import` as a stream of lines (`Accept: application/x-ndjson`, contract `ImportStreamLine`): the answer
 * starts when a worker takes the file, then carries the pages read and, last, the result or the error. Everything a
 * client needs comes in this one response: no job is kept on the server, whichever instance answers.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { IMPORT_STREAM_TYPE } from '../../../api';
import { AppError } from '../../errors';
import type { ExtractJob, ExtractLimits, ExtractPool } from '../../uploads';

const line = (o: object) => `${JSON.stringify(o)}\n`;

/**
 * Read `job` in the pool and answer as a stream. A refusal before the reading starts (queue full or waited too
 * long: 503 with `Retry-After`) is thrown, so it is an ordinary error response; after it, an error is the last line.
 */
export async function streamExtract(
  reply: FastifyReply,
  pool: ExtractPool,
  job: ExtractJob,
  limits: ExtractLimits,
): Promise<FastifyReply> {
  const out = new PassThrough();
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    // A buffering proxy would hold the progress lines back until the end (nginx honours this header).
    reply.header('x-accel-buffering', 'no').type(`${IMPORT_STREAM_TYPE}; charset=utf-8`).send(out);
    out.write(line({ type: 'started' }));
  };
  try {
    const body = await pool.extract(job, {
      ...limits,
      onStart: begin,
      onProgress: (done, total) => out.write(line({ type: 'progress', done, total })),
    });
    begin();
    // The body is the worker's JSON text already: put in the line as it is, not parsed and written again.
    out.end(`{"type":"result","body":${body}}\n`);
  } catch (e) {
    if (!started) throw e;
    const err =
      e instanceof AppError
        ? e
        : new AppError('unreadable_file', `文件 ${job.filename} 无法读取：读取程序意外出错`);
    if (!(e instanceof AppError)) reply.log.error({ err: e }, 'import stream failed');
    out.end(
      line({
        type: 'error',
        status: err.status,
        error: { code: err.code, message: err.message, ...err.extra },
      }),
    );
  }
  return reply;
}
