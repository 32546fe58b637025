// Behaviours of the smaller images students run: httpd (It works! on :80), redis (RESP
// on :6379), polinux/stress (memory hogs that meet the OOM killer) and a crasher. Only
// Pods a student made run them, so the browser worker loads them after its first answer.
import type { Behaviour, ProcessContext } from '../../linux/behaviour.js';
import type { Kernel } from '../../linux/kernel.js';
import { MiB } from '../../linux/daemon.js';
import { parseMemory } from '../../linux/cgroup.js';
import { signals } from '../../linux/signals.js';
import { apacheTime, clfTime, redisTime } from './common.js';

export const httpd = (version: string) => (_argv: string[]): Behaviour => {
  const body = '<html><body><h1>It works!</h1></body></html>\n';
  const notice = (ctx: ProcessContext, mod: string, text: string) => ctx.stderr(`[${apacheTime(ctx.now())}] [${mod}] [pid 1:tid 1] ${text}\n`);
  return {
    baseRss: 5 * MiB,
    start(ctx) {
      const ip = ctx.process.ns.net.stack.primaryIP() ?? '127.0.0.1';
      for (let i = 0; i < 2; i++) ctx.stderr(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`);
      notice(ctx, 'mpm_event:notice', `AH00489: Apache/${version} (Unix) configured -- resuming normal operations`);
      notice(ctx, 'core:notice', "AH00094: Command line: 'httpd -D FOREGROUND'");
      for (let i = 0; i < 3; i++) {
        const w = ctx.spawn(['httpd', '-DFOREGROUND'], { baseRss: 3 * MiB, start() {} });
        w.user = 'www-data';
      }
      ctx.listen(80, (req) => {
        const path = req.path ?? '/';
        const ok = path === '/' || path === '/index.html';
        const b = ok ? body : '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
        ctx.stdout(`${req.srcIP} - - [${clfTime(ctx.now())}] "${req.method ?? 'GET'} ${path} HTTP/1.1" ${ok ? 200 : 404} ${b.length}\n`);
        return { status: ok ? 200 : 404, body: b, headers: { Server: `Apache/${version} (Unix)`, 'Content-Type': 'text/html' } };
      });
    },
    signal(sig, ctx) {
      if (sig === signals.SIGWINCH) notice(ctx, 'mpm_event:notice', 'AH00492: caught SIGWINCH, shutting down gracefully');
      else if (sig === signals.SIGTERM) notice(ctx, 'mpm_event:notice', 'AH00491: caught SIGTERM, shutting down');
      else return sig === signals.SIGHUP || sig === signals.SIGUSR1;
      ctx.exit(0);
      return true;
    },
  };
};

export const redis = (version: string) => (_argv: string[]): Behaviour => {
  const data = new Map<string, string>();
  const log = (ctx: ProcessContext, role: string, mark: string, text: string) => ctx.stdout(`1:${role} ${redisTime(ctx.now())} ${mark} ${text}\n`);
  return {
    baseRss: 4 * MiB,
    start(ctx) {
      log(ctx, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
      log(ctx, 'C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`);
      log(ctx, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
      log(ctx, 'M', '*', 'monotonic clock: POSIX clock_gettime');
      log(ctx, 'M', '*', 'Running mode=standalone, port=6379.');
      log(ctx, 'M', '*', 'Server initialized');
      log(ctx, 'M', '*', 'Ready to accept connections tcp');
      ctx.listen(6379, (req) => ({ body: respond(data, req.body ?? '') }));
    },
    signal(sig, ctx) {
      if (sig !== signals.SIGTERM && sig !== signals.SIGINT) return false;
      log(ctx, 'M', '#', `Received ${sig === signals.SIGINT ? 'SIGINT' : 'SIGTERM'} scheduling shutdown...`);
      log(ctx, 'M', '*', 'User requested shutdown...');
      log(ctx, 'M', '*', 'Saving the final RDB snapshot before exiting.');
      try {
        ctx.fs.writeFile('/data/dump.rdb', 'REDIS0011' + JSON.stringify([...data]));
      } catch {
        // a read-only /data only loses the snapshot
      }
      log(ctx, 'M', '*', 'DB saved on disk');
      log(ctx, 'M', '#', 'Redis is now ready to exit, bye bye...');
      ctx.exit(0);
      return true;
    },
  };
};

function respond(data: Map<string, string>, line: string): string {
  const [cmd, ...args] = line.trim().split(/\s+/);
  switch ((cmd ?? '').toUpperCase()) {
    case 'PING':
      return args.length ? `$${args[0]!.length}\r\n${args[0]}\r\n` : '+PONG\r\n';
    case 'SET':
      if (args.length < 2) return "-ERR wrong number of arguments for 'set' command\r\n";
      data.set(args[0]!, args.slice(1).join(' '));
      return '+OK\r\n';
    case 'GET': {
      const v = data.get(args[0] ?? '');
      return v === undefined ? '$-1\r\n' : `$${v.length}\r\n${v}\r\n`;
    }
    case 'DEL': {
      let n = 0;
      for (const a of args) if (data.delete(a)) n++;
      return `:${n}\r\n`;
    }
    case 'KEYS':
      return `*${data.size}\r\n` + [...data.keys()].map((k) => `$${k.length}\r\n${k}\r\n`).join('');
    case 'DBSIZE':
      return `:${data.size}\r\n`;
    default:
      return `-ERR unknown command '${cmd ?? ''}', with args beginning with: ${args.map((a) => `'${a}' `).join('')}\r\n`;
  }
}

/** `stress --vm N --vm-bytes SIZE [--vm-hang S] [--cpu N] [--timeout S]` (stress 1.0.4). */
export const stress = (argv: string[], k: Kernel): Behaviour => {
  const opt = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? dflt) : dflt;
  };
  const vm = Number(opt('--vm', '0'));
  const cpu = Number(opt('--cpu', '0'));
  const bytes = parseMemory(opt('--vm-bytes', '256M')) ?? 256 * MiB;
  const timeout = Number(opt('--timeout', '0'));
  return {
    baseRss: 700 * 1024,
    start(ctx) {
      const me = ctx.process.nsPid;
      ctx.stdout(`stress: info: [${me}] dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd\n`);
      const workers: import('../../linux/process.js').Process[] = [];
      for (let i = 0; i < cpu; i++) workers.push(ctx.spawn(argv, { baseRss: 100 * 1024, start() {} }));
      for (let i = 0; i < vm; i++) {
        workers.push(
          ctx.spawn(argv, {
            baseRss: 100 * 1024,
            start(w) {
              // A worker mallocs and touches --vm-bytes at once; --vm-hang keeps it held.
              w.after(50, () => w.alloc(bytes));
            },
          }),
        );
      }
      for (const w of workers) {
        w.onExit((p) => {
          if (!ctx.process.alive) return;
          if (p.termSignal) {
            ctx.stderr(`stress: FAIL: [${me}] (415) <-- worker ${p.pidIn(ctx.process.ns.pid)} got signal ${p.termSignal}\n`);
            ctx.stderr(`stress: WARN: [${me}] (417) now reaping child worker processes\n`);
            for (const o of workers) if (o.alive) k.kill(o, signals.SIGKILL);
            ctx.stderr(`stress: FAIL: [${me}] (451) failed run completed in ${Math.round((ctx.now() - ctx.process.startTime) / 1000)}s\n`);
            ctx.exit(1);
          } else if (workers.every((o) => !o.alive)) {
            ctx.stdout(`stress: info: [${me}] successful run completed in ${Math.round((ctx.now() - ctx.process.startTime) / 1000)}s\n`);
            ctx.exit(0);
          }
        });
      }
      if (timeout > 0) ctx.after(timeout * 1000, () => workers.forEach((w) => k.exit(w, 0)));
      if (!workers.length) {
        ctx.stdout(`stress: info: [${me}] successful run completed in 0s\n`);
        ctx.exit(0);
      }
    },
  };
};

/** kubelab/crasher: logs a failure after a moment and exits 1 (CrashLoopBackOff material). */
export const crasher = (): Behaviour => ({
  baseRss: 2 * MiB,
  start(ctx) {
    ctx.stdout('starting up...\n');
    ctx.after(1000, () => {
      ctx.stderr('fatal: cannot connect to database at db:5432: connection refused\n');
      ctx.exit(1);
    });
  },
});
