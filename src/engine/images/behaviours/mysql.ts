// The official mysql image: docker-entrypoint.sh refuses to initialise without
// a root password option (exit 1), else initialises /var/lib/mysql (ibdata1,
// mysql/, #innodb_redo/ on 8.0 …) and starts mysqld on :3306. The "SQL" is a
// small key-value dialect (CREATE DATABASE/TABLE, INSERT, SELECT, SHOW) whose
// rows live in files under the data directory, so a PVC keeps them.
import type { Behaviour, ProcessContext } from '../../linux/behaviour.js';
import { MiB } from '../../linux/daemon.js';
import { signals } from '../../linux/signals.js';
import { isoMicro } from './common.js';

const dataDir = '/var/lib/mysql';

export const mysql = (version: string, release: string) => (argv: string[]): Behaviour => {
  const major8 = version.startsWith('8');
  const ts = (ctx: ProcessContext) => new Date(ctx.now()).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '+00:00');
  const note = (ctx: ProcessContext, level: string, text: string) => ctx.stdout(`${ts(ctx)} [${level}] [Entrypoint]: ${text}\n`);
  const server = (ctx: ProcessContext, level: string, code: string, text: string) =>
    ctx.stderr(`${isoMicro(ctx.now())} 0 [${level}] [${code}] [Server] ${text}\n`);
  return {
    baseRss: (major8 ? 360 : 190) * MiB,
    start(ctx) {
      void argv;
      note(ctx, 'Note', `Entrypoint script for MySQL Server ${release} started.`);
      note(ctx, 'Note', "Switching to dedicated user 'mysql'");
      note(ctx, 'Note', `Entrypoint script for MySQL Server ${release} started.`);
      const env = ctx.env;
      const initialised = ctx.fs.stat(`${dataDir}/mysql`) !== undefined;
      if (!initialised && !env.get('MYSQL_ROOT_PASSWORD') && !env.get('MYSQL_ALLOW_EMPTY_PASSWORD') && !env.get('MYSQL_RANDOM_ROOT_PASSWORD')) {
        ctx.stderr(`${ts(ctx)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n`);
        ctx.exit(1);
        return;
      }
      const ready = () => {
        server(ctx, 'System', 'MY-010116', `/usr/sbin/mysqld (mysqld ${version}) starting as process 1`);
        server(ctx, 'System', 'MY-010931', `/usr/sbin/mysqld: ready for connections. Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`);
        ctx.listen(3306, (req) => ({ body: sql(ctx, req.body ?? '') }));
      };
      if (initialised) {
        note(ctx, 'Note', 'Database files are already present, skipping initialization');
        ctx.after(1500, ready);
        return;
      }
      note(ctx, 'Note', 'Initializing database files');
      ctx.after(6000, () => {
        initFiles(ctx, major8);
        if (env.get('MYSQL_RANDOM_ROOT_PASSWORD')) note(ctx, 'Note', 'GENERATED ROOT PASSWORD: Kx9vT2mQpL7sW4nB8cYd');
        if (env.get('MYSQL_DATABASE')) {
          note(ctx, 'Note', `Creating database ${env.get('MYSQL_DATABASE')}`);
          mkdirp(ctx, `${dataDir}/${env.get('MYSQL_DATABASE')}`);
        }
        note(ctx, 'Note', 'Database files initialized');
        note(ctx, 'Note', 'Starting temporary server');
        note(ctx, 'Note', 'Temporary server started.');
        note(ctx, 'Note', 'Stopping temporary server');
        note(ctx, 'Note', 'Temporary server stopped');
        ctx.stdout('\n');
        note(ctx, 'Note', 'MySQL init process done. Ready for start up.');
        ctx.stdout('\n');
        ready();
      });
    },
    signal(sig, ctx) {
      if (sig !== signals.SIGTERM && sig !== signals.SIGINT) return false;
      server(ctx, 'System', 'MY-013172', `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${version}).`);
      server(ctx, 'System', 'MY-010910', `/usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.`);
      ctx.exit(0);
      return true;
    },
  };
};

function mkdirp(ctx: ProcessContext, path: string): void {
  ctx.fs.mkdir(path, { recursive: true });
}

function initFiles(ctx: ProcessContext, major8: boolean): void {
  mkdirp(ctx, `${dataDir}/mysql`);
  mkdirp(ctx, `${dataDir}/performance_schema`);
  mkdirp(ctx, `${dataDir}/sys`);
  const files = ['ibdata1', 'ib_buffer_pool', 'ibtmp1', 'auto.cnf', 'ca.pem', 'server-cert.pem', 'server-key.pem'];
  if (major8) {
    mkdirp(ctx, `${dataDir}/#innodb_redo`);
    mkdirp(ctx, `${dataDir}/#innodb_temp`);
    files.push('mysql.ibd', 'undo_001', 'undo_002', 'binlog.000001', 'binlog.index', '#innodb_redo/#ib_redo9');
  } else files.push('ib_logfile0', 'ib_logfile1');
  for (const f of files) ctx.fs.writeFile(`${dataDir}/${f}`, f === 'auto.cnf' ? '[auto]\nserver-uuid=3f1c2a4e-cc0e-11ef-9a7b-0242ac110002\n' : '');
  ctx.fs.writeFile(`${dataDir}/mysql/user.tbl`, 'root\n');
}

/** One statement; answers as the mysql client prints tab-separated results (`mysql -N -e`). */
function sql(ctx: ProcessContext, text: string): string {
  const s = text.trim().replace(/;$/, '');
  const fs = ctx.fs;
  let m: RegExpExecArray | null = null;
  try {
    if (/^show databases$/i.test(s)) {
      return ['Database', 'information_schema', ...fs.readdir(dataDir).filter((d) => fs.stat(`${dataDir}/${d}`)?.type === 'dir' && !d.startsWith('#'))].join('\n') + '\n';
    }
    if ((m = /^create database (?:if not exists )?`?(\w+)`?$/i.exec(s))) {
      if (fs.stat(`${dataDir}/${m[1]}`)) return `ERROR 1007 (HY000): Can't create database '${m[1]}'; database exists\n`;
      fs.mkdir(`${dataDir}/${m[1]}`);
      return '';
    }
    if ((m = /^create table (?:if not exists )?`?(\w+)`?\.`?(\w+)`?\s*\((.*)\)$/i.exec(s))) {
      const cols = m[3]!.split(',').map((c) => c.trim().split(/\s+/)[0]!);
      fs.writeFile(`${dataDir}/${m[1]}/${m[2]}.ibd`, JSON.stringify({ cols, rows: [] }));
      return '';
    }
    if ((m = /^insert into `?(\w+)`?\.`?(\w+)`?(?:\s*\([^)]*\))? values\s*(.*)$/i.exec(s))) {
      const path = `${dataDir}/${m[1]}/${m[2]}.ibd`;
      const t = JSON.parse(fs.readFile(path)) as { cols: string[]; rows: string[][] };
      for (const tuple of m[3]!.match(/\(([^)]*)\)/g) ?? []) t.rows.push(tuple.slice(1, -1).split(',').map((v) => v.trim().replace(/^['"]|['"]$/g, '')));
      fs.writeFile(path, JSON.stringify(t));
      return '';
    }
    if ((m = /^select \* from `?(\w+)`?\.`?(\w+)`?$/i.exec(s))) {
      const t = JSON.parse(fs.readFile(`${dataDir}/${m[1]}/${m[2]}.ibd`)) as { cols: string[]; rows: string[][] };
      return [t.cols, ...t.rows].map((r) => r.join('\t')).join('\n') + '\n';
    }
    if (/^select 1$/i.test(s)) return '1\n1\n';
  } catch {
    return `ERROR 1146 (42S02): Table '${m?.[1]}.${m?.[2]}' doesn't exist\n`;
  }
  return `ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${s.slice(0, 40)}' at line 1\n`;
}
