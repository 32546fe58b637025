// busybox 1.36 `nslookup NAME [SERVER]` (networking/nslookup.c): the server block,
// then `Name:`/`Address:` per A record of the first search candidate that answers;
// `** server can't find NAME: NXDOMAIN` (exit 1) when none does; `;; connection timed
// out; no servers could be reached` when the server does not answer.
import type { Kernel } from '../../linux/kernel.js';
import type { Process } from '../../linux/process.js';
import type { Program } from '../../shell/types.js';
import { lookup, readResolvConf } from './resolver.js';

/** `self()`: the process the program runs as (its network namespace sends the queries). */
export function nslookupProgram(kernel: Kernel, self: () => Process): Program {
  return (argv, io) => {
    const args = argv.slice(1).filter((a) => !a.startsWith('-'));
    const name = args[0];
    if (!name) {
      io.stderr('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n');
      return 1;
    }
    const server = args[1] ?? readResolvConf(io.fs).nameservers[0] ?? '127.0.0.1';
    const r = lookup(kernel, self(), io.fs, name, server);
    if (!r.ok && r.error === 'timeout') {
      io.stdout(';; connection timed out; no servers could be reached\n\n');
      return 1;
    }
    io.stdout(`Server:\t\t${server}\nAddress:\t${server}:53\n\n`);
    if (!r.ok) {
      io.stdout(`** server can't find ${name}: ${r.error === 'SERVFAIL' ? 'SERVFAIL' : 'NXDOMAIN'}\n\n`);
      return 1;
    }
    for (const rec of r.records) if (rec.type === 'A') io.stdout(`Name:\t${r.name}\nAddress: ${rec.data}\n`);
    io.stdout('\n');
    return 0;
  };
}
