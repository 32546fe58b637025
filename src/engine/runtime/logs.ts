// Container output as the CRI logs it: each line with its time and stream,
// kept in memory for the kubelet and written to
// /var/log/pods/<ns>_<pod>_<uid>/<container>/<attempt>.log in the CRI format
// (`2025-01-06T09:00:05.000000000Z stdout F text`) so a node shell can read it.
import type { FileSystem } from '../shell/fs.js';
import type { LogLine } from './cri.js';

export class ContainerLog {
  readonly lines: LogLine[] = [];
  private partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  private created = false;

  constructor(
    private readonly fs: FileSystem,
    readonly path: string,
    private readonly now: () => number,
  ) {}

  write(stream: 'stdout' | 'stderr', s: string): void {
    const text = this.partial[stream] + s;
    const parts = text.split('\n');
    this.partial[stream] = parts.pop()!;
    for (const p of parts) this.push(stream, p);
  }

  /** The container's stdout and stderr as its processes write them (the log is their Stdio). */
  stdout(s: string): void {
    this.write('stdout', s);
  }

  stderr(s: string): void {
    this.write('stderr', s);
  }

  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream]) this.push(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
  }

  private push(stream: 'stdout' | 'stderr', text: string): void {
    const time = this.now();
    this.lines.push({ time, stream, text });
    try {
      if (!this.created) {
        this.fs.mkdir(this.path.slice(0, this.path.lastIndexOf('/')), { recursive: true });
        this.created = true;
      }
      this.fs.writeFile(this.path, `${new Date(time).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z')} ${stream} F ${text}\n`, { append: true });
    } catch {
      // the log file is a convenience for node shells; the in-memory log is what the kubelet reads
    }
  }

  remove(): void {
    try {
      if (this.fs.stat(this.path)) this.fs.rm(this.path);
    } catch {
      // already gone
    }
  }
}
