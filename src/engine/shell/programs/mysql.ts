// The mysql command-line client (mysql 8.0), enough for `mysql -uroot -pPASS -e
// "STATEMENT"` (and -N, -h HOST): it sends the statement to the server on port
// 3306 (images/behaviours/mysql.ts answers it) and prints the result as the
// client does without a terminal: tab-separated, a header row unless -N.
// Found only in images that ship /usr/bin/mysql.
import type { Program } from '../types.js';
import { selfOf, type System } from './system.js';

export function mysql(sys: System): Program {
  return (argv, io) => {
    let host = 'localhost';
    let stmt: string | undefined;
    let password = false;
    let names = true;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-e' || a === '--execute') stmt = argv[++i];
      else if (a.startsWith('--execute=')) stmt = a.slice(10);
      else if (a === '-h' || a === '--host') host = argv[++i] ?? host;
      else if (a.startsWith('--host=')) host = a.slice(7);
      else if (a.startsWith('-h')) host = a.slice(2);
      else if ((a.startsWith('-p') && a.length > 2) || a.startsWith('--password=')) password = true;
      else if (a === '-N' || a === '--skip-column-names') names = false;
    }
    if (password) io.stderr('mysql: [Warning] Using a password on the command line interface can be insecure.\n');
    if (stmt === undefined) {
      io.stderr('ERROR: this lab\'s mysql client runs one statement: mysql -uroot -pPASSWORD -e "STATEMENT"\n');
      return 1;
    }
    const ip = host === 'localhost' || host === '127.0.0.1' ? '127.0.0.1' : host;
    const r = sys.kernel.connect(selfOf(sys, 'mysql'), ip, 3306, { protocol: 'tcp', body: stmt });
    if (!r.ok) {
      io.stderr(ip === '127.0.0.1' ? "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n" : `ERROR 2003 (HY000): Can't connect to MySQL server on '${host}:3306' (111)\n`);
      return 1;
    }
    const body = r.response.body ?? '';
    if (body.startsWith('ERROR')) {
      io.stderr(body);
      return 1;
    }
    io.stdout(names ? body : body.split('\n').slice(1).join('\n'));
    return 0;
  };
}
