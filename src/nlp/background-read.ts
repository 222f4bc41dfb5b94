/**
 * Read a whole file on libuv's thread pool while the main thread keeps computing.
 * fs.promises.readFile reads a large file in 512 KB pieces, each one waiting for a free turn
 * of the main thread, so a file read that way behind a long synchronous step is barely read
 * at all. Here the file is opened and sized at once and read with as few calls as the system
 * allows (usually one), so it is done by the time the synchronous step ends.
 */
import { closeSync, fstatSync, openSync, read } from 'node:fs';

/** The bytes of `file`; rejects when it cannot be opened or read. */
export function readInBackground(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let fd: number;
    let buf: Buffer;
    try {
      fd = openSync(file, 'r');
      try {
        buf = Buffer.allocUnsafe(fstatSync(fd).size);
      } catch (err) {
        closeSync(fd);
        throw err;
      }
    } catch (err) {
      reject(err);
      return;
    }
    const finish = (err: Error | null, bytes?: Buffer) => {
      try {
        closeSync(fd);
      } catch {
        /* already read or failed: nothing to keep */
      }
      if (err) reject(err);
      else resolve(bytes as Buffer);
    };
    const next = (done: number) => {
      if (done >= buf.length) return finish(null, buf);
      read(fd, buf, done, buf.length - done, done, (err, n) => {
        if (err) return finish(err);
        if (n === 0) return finish(null, buf.subarray(0, done)); // the file shrank meanwhile
        next(done + n);
      });
    };
    next(0);
  });
}
