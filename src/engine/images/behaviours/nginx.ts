// The official nginx image: docker-entrypoint.sh (1.19+) runs its
// /docker-entrypoint.d scripts and execs `nginx -g 'daemon off;'`; the master
// forks worker processes, serves /usr/share/nginx/html on :80, writes the
// combined access log to stdout and notices to stderr; SIGTERM is a fast
// shutdown, SIGQUIT (the image's STOPSIGNAL since 1.19) a graceful one; both exit 0.
import type { Behaviour, ProcessContext } from '../../linux/behaviour.js';
import type { Kernel } from '../../linux/kernel.js';
import type { NetRequest } from '../../linux/net/netns.js';
import { MiB } from '../../linux/daemon.js';
import { kernelRelease } from '../../linux/vfs/procfs.js';
import { signals } from '../../linux/signals.js';
import { clfTime, nginxTime } from './common.js';
import { nginxWelcomePage as welcome } from './nginxPage.js';

export interface NginxVersion {
  version: string;
  gcc: string;
  /** 1.19+ images print the entrypoint's lines and use `worker_processes auto`. */
  modernEntrypoint: boolean;
}

export function nginxEntrypoint(v: NginxVersion) {
  return (argv: string[], k: Kernel): Behaviour => ({
    baseRss: 900 * 1024,
    start(ctx) {
      const rest = argv.slice(1);
      if (rest[0] === 'nginx' || rest[0] === 'nginx-debug') {
        const lines = [
          '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
          '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
          '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
          '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
          '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
          '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
          '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
          '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
          '/docker-entrypoint.sh: Configuration complete; ready for start up',
        ];
        for (const l of lines) ctx.stdout(l + '\n');
        // The entrypoint's scripts ran ~27 short-lived processes: the workers get PIDs near 30 as on a real node.
        const ns = ctx.process.ns.pid;
        if (ns.level > 0) ns.nextPid += 27;
      }
      k.exec(ctx.process, rest, nginx(v)(rest, k));
    },
  });
}


export function nginx(v: NginxVersion) {
  return (argv: string[], k: Kernel): Behaviour => {
    const workers: number[] = [];
    let shuttingDown = false;
    const notice = (ctx: ProcessContext, pid: number, text: string) => {
      if (v.modernEntrypoint) ctx.stderr(`${nginxTime(ctx.now())} [notice] ${pid}#${pid}: ${text}\n`);
    };
    const stop = (ctx: ProcessContext, sig: number) => {
      if (shuttingDown) return;
      shuttingDown = true;
      const name = sig === signals.SIGQUIT ? 'SIGQUIT' : sig === signals.SIGINT ? 'SIGINT' : 'SIGTERM';
      notice(ctx, 1, `signal ${sig} (${name}) received, ${sig === signals.SIGQUIT ? 'shutting down' : 'exiting'}`);
      for (const w of workers) {
        notice(ctx, w, sig === signals.SIGQUIT ? 'gracefully shutting down' : 'exiting');
        if (sig === signals.SIGQUIT) notice(ctx, w, 'exiting');
        notice(ctx, w, 'exit');
      }
      for (const c of [...ctx.process.children]) k.exit(c, 0);
      for (const w of workers) {
        notice(ctx, 1, `signal 17 (SIGCHLD) received from ${w}`);
        notice(ctx, 1, `worker process ${w} exited with code 0`);
      }
      notice(ctx, 1, 'exit');
      ctx.exit(0);
    };
    return {
      baseRss: 6 * MiB,
      start(ctx) {
        const t = ctx.now();
        notice(ctx, 1, 'using the "epoll" event method');
        notice(ctx, 1, `nginx/${v.version}`);
        notice(ctx, 1, `built by gcc ${v.gcc}`);
        notice(ctx, 1, `OS: Linux ${kernelRelease}`);
        notice(ctx, 1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
        notice(ctx, 1, 'start worker processes');
        const n = v.modernEntrypoint ? k.cpus : 1;
        for (let i = 0; i < n; i++) {
          const w = ctx.spawn(['nginx: worker process'], { baseRss: 3 * MiB, start() {} });
          w.comm = 'nginx';
          w.user = v.modernEntrypoint ? 'nginx' : 'nginx';
          workers.push(w.nsPid);
          notice(ctx, 1, `start worker process ${w.nsPid}`);
        }
        ctx.process.argv = ['nginx: master process nginx -g daemon off;'];
        void t;
        if (!ctx.listen(80, (req) => serve(ctx, v, req))) {
          ctx.stderr(`${nginxTime(ctx.now())} [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)\n`);
          ctx.stderr(`nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n`);
          ctx.exit(1);
        }
      },
      signal(sig, ctx) {
        if (sig === signals.SIGTERM || sig === signals.SIGINT || sig === signals.SIGQUIT) {
          stop(ctx, sig);
          return true;
        }
        // SIGHUP reloads the configuration; SIGUSR1 reopens logs.
        return sig === signals.SIGHUP || sig === signals.SIGUSR1 || sig === signals.SIGCHLD;
      },
    };
  };
}

function serve(ctx: ProcessContext, v: NginxVersion, req: NetRequest) {
  const method = req.method ?? 'GET';
  const path = (req.path ?? '/').split('?')[0]!;
  const ua = req.headers?.['User-Agent'] ?? req.headers?.['user-agent'] ?? '-';
  let status = 200;
  let body = '';
  if (req.protocol !== 'http') {
    status = 400;
  } else {
    const file = path.endsWith('/') ? `/usr/share/nginx/html${path}index.html` : `/usr/share/nginx/html${path}`;
    try {
      const st = ctx.fs.stat(file);
      if (st?.type === 'dir') throw new Error('dir');
      body = ctx.fs.readFile(file);
    } catch {
      status = 404;
    }
  }
  if (status !== 200) {
    const title = status === 404 ? '404 Not Found' : '400 Bad Request';
    body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${v.version}</center>\r\n</body>\r\n</html>\r\n`;
    if (status === 404) ctx.stderr(`${nginxTime(ctx.now())} [error] 29#29: *1 open() "/usr/share/nginx/html${path}" failed (2: No such file or directory), client: ${req.srcIP}, server: localhost, request: "${method} ${req.path ?? '/'} HTTP/1.1", host: "${req.dstIP}"\n`);
  }
  const size = method === 'HEAD' ? 0 : body.length;
  ctx.stdout(`${req.srcIP} - - [${clfTime(ctx.now())}] "${method} ${req.path ?? '/'} HTTP/1.1" ${status} ${size} "-" "${ua}" "-"\n`);
  return {
    status,
    body: method === 'HEAD' ? '' : body,
    headers: { Server: `nginx/${v.version}`, 'Content-Type': 'text/html', 'Content-Length': String(body.length), Connection: 'keep-alive' },
  };
}
