import { PassThrough, Writable } from "node:stream";
import type { CommandContext } from "../src/command.js";
import { main } from "../src/main.js";

/** A writable stream that keeps what is written, as a terminal would show it. */
export class Capture extends Writable {
  text = "";
  isTTY = false;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams and a controlled environment. */
export async function runInProcess(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: Partial<CommandContext> = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? { LANG: "en_US.UTF-8" },
    stdout,
    stderr,
    stdin: new PassThrough(),
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
