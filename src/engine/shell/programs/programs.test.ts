import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../cluster/index.js';
import { runTranscript } from '../../cluster/transcript.js';
import { humanDuration, humanSize, tabwrite } from './crictl.js';
import { human, parseSize } from './system.js';

/** Output of `lines` typed on the workstation (prompts and echoed lines included). */
function session(c: Cluster, lines: string): string {
  return runTranscript(c, lines.trim() + '\n');
}

describe('formatting helpers', () => {
  it.each([
    [0, 'Less than a second'],
    [1000, '1 second'],
    [14_000, '14 seconds'],
    [61_000, 'About a minute'],
    [300_000, '5 minutes'],
    [3_600_000, 'About an hour'],
    [5 * 3_600_000, '5 hours'],
    [3 * 86_400_000, '3 days'],
  ])('HumanDuration(%i ms) = %s', (ms, want) => expect(humanDuration(ms)).toBe(want));

  it.each([
    [70_544_635, '70.54MB'],
    [320_400, '320.4kB'],
    [999, '999B'],
  ])('HumanSize(%i) = %s', (n, want) => expect(humanSize(n)).toBe(want));

  it('tabwriter: cells at least 20 wide, 3 spaces of padding, last column unpadded', () => {
    expect(tabwrite([['A', 'B'], ['a-very-long-container-name', 'x']])).toBe('A                            B\na-very-long-container-name   x\n');
  });

  it.each([
    ['100M', 100 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['512k', 512 * 1024],
    ['200Mi', 200 * 1024 ** 2],
    ['x', undefined],
  ])('parseSize(%s)', (s, want) => expect(parseSize(s)).toBe(want));

  it('human sizes as df -h prints them', () => {
    expect(human(49.9 * 1024 ** 3)).toBe('50G');
    expect(human(1.5 * 1024 ** 2)).toBe('1.5M');
  });
});

describe('a node shell (lab ssh)', () => {
  let c: Cluster;
  beforeAll(() => {
    c = createCluster({ seed: 7 });
    session(c, 'kubectl run web --image=nginx:1.25\nkubectl run bb --image=busybox -- sleep 3600\nsleep 30');
  });

  it('opens root@node: prompts and returns to the workstation on exit', () => {
    const out = session(c, 'lab ssh node01\nhostname\nexit\nhostname');
    expect(out).toContain('root@node01:~# hostname\nnode01\n');
    expect(out).toContain('root@node01:~# exit\nlogout\nConnection to node01 closed.\ncontrolplane:~$ hostname');
    expect(session(c, 'lab ssh node09')).toContain('lab: no node named "node09"');
  });

  it('ps lists the later commands of its pipeline, as they run alongside it', () => {
    const out = session(c, 'lab ssh node01\nps aux | grep nginx\nps | cat\nexit');
    expect(out).toMatch(/\nroot +(\d+) .* pts\/\d +S\+ .* grep nginx\n/);
    expect(out).toMatch(/ps \| cat\n    PID TTY          TIME CMD\n +\d+ pts\/\d +00:00:00 bash\n +\d+ pts\/\d +00:00:00 ps\n +\d+ pts\/\d +00:00:00 cat\n/);
  });

  it('ps aux shows host PIDs, the shims and the pause processes with procps columns', () => {
    const out = session(c, 'lab ssh node01\nps aux\nexit');
    expect(out).toContain('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
    expect(out).toMatch(/\nroot {11}1 .* \/sbin\/init\n/);
    expect(out).toMatch(/\nroot +\d{4} .*\/usr\/bin\/containerd-shim-runc-v2 -namespace k8s.io -id [0-9a-f]{64} /);
    expect(out).toMatch(/\nroot +\d{4} .* \/pause\n/);
    expect(out).toMatch(/\nroot +\d{4} .* pts\/\d +Ss .* -bash\n/);
  });

  it('unshare --pid --fork --mount-proc: the shell is PID 1 inside and a host PID outside', () => {
    const out = session(c, 'lab ssh node01\nunshare --pid --fork --mount-proc sh\nps\necho $$\nps aux | grep -c unshare\nexit\nexit');
    expect(out).toContain('# ps\n    PID TTY          TIME CMD\n      1 pts/');
    expect(out).toContain('# echo $$\n1\n');
    // Inside the new namespace, the host's unshare process is not visible: only grep's own line matches.
    expect(out).toContain('# ps aux | grep -c unshare\n1\n');
  });

  it('without --mount-proc, ps still reads the host /proc', () => {
    const out = session(c, 'lab ssh node01\nunshare --pid --fork sh\nps aux | grep -c containerd\nexit\nexit');
    expect(out).toMatch(/grep -c containerd\n[1-9]\d*\n/);
  });

  it('hostname in a new UTS namespace does not change the node', () => {
    const out = session(c, 'lab ssh node01\nunshare --uts sh\nhostname demo\nhostname\nexit\nhostname\nexit');
    expect(out).toContain('# hostname\ndemo\n');
    expect(out).toContain('root@node01:~# hostname\nnode01\n');
  });

  it('nsenter into a container: its hostname, its PID namespace, its file system', () => {
    const pid = /\n\S+ +(\d+) .* sleep 3600\n/.exec(session(c, 'lab ssh node02\nps aux\nexit'))?.[1];
    expect(pid).toBeDefined();
    const out = session(c, `lab ssh node02\nnsenter -t ${pid} -u -p -m -n sh -c 'hostname; ps; cat /etc/os-release | head -1'\nexit`);
    expect(out).toContain('bb\nPID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n');
  });

  it('lsns lists namespaces with util-linux columns; a Pod shares net between pause and its container', () => {
    const out = session(c, 'lab ssh node01\nlsns -t net\nexit');
    expect(out).toMatch(/ +NS TYPE NPROCS +PID USER COMMAND\n4026531840 net +\d+ +1 root \/sbin\/init\n/);
    expect(out).toMatch(/\n\d{10} net +[2-9] +\d+ root \/pause\n/);
  });

  it('cgroup by hand: memory.max, cgroup.procs, stress meets the OOM killer', () => {
    const out = session(
      c,
      'lab ssh node01\nmkdir /sys/fs/cgroup/demo\necho 100M > /sys/fs/cgroup/demo/memory.max\ncat /sys/fs/cgroup/demo/memory.max\necho $$ > /sys/fs/cgroup/demo/cgroup.procs\nstress --vm 1 --vm-bytes 200M --vm-hang 1\necho $?\ngrep oom_kill /sys/fs/cgroup/demo/memory.events\ndmesg | tail -1\nexit',
    );
    expect(out).toContain('memory.max\n104857600\n');
    expect(out).toMatch(/stress: FAIL: \[\d+\] \(415\) <-- worker \d+ got signal 9\n/);
    expect(out).toContain('echo $?\n1\n');
    expect(out).toContain('oom_kill 1\n');
    expect(out).toMatch(/Memory cgroup out of memory: Killed process \d+ \(stress\)/);
  });

  it('crictl ps / pods / images / inspect / logs on the node', () => {
    const out = session(c, 'lab ssh node01\ncrictl ps\ncrictl pods --name web\ncrictl images | grep nginx\nexit');
    expect(out).toContain('CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD\n');
    expect(out).toMatch(/\n[0-9a-f]{13}       [0-9a-f]{13}       \d+ seconds ago +Running             web                 0                   [0-9a-f]{13}       web\n/);
    expect(out).toMatch(/POD ID +CREATED +STATE +NAME +NAMESPACE +ATTEMPT +RUNTIME\n[0-9a-f]{13} +\d+ seconds ago +Ready +web +default +0 +\(default\)\n/);
    expect(out).toMatch(/docker.io\/library\/nginx +1.25 +[0-9a-f]{13} +70.54MB/);
    const id = /\n([0-9a-f]{13}) .* web\n/.exec(out)?.[1];
    const more = session(c, `lab ssh node01\ncrictl inspect ${id} | grep '"pid"'\ncrictl logs ${id} | head -1\ncrictl exec ${id} hostname\ncrictl inspect nope\nexit`);
    expect(more).toMatch(/"pid": \d{4},/);
    expect(more).toContain('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty');
    expect(more).toContain(`crictl exec ${id} hostname\nweb\n`);
    expect(more).toContain('rpc error: code = NotFound');
    const img = session(c, 'lab ssh node01\ncrictl inspecti nginx:1.25 | grep -c sha256\nexit');
    // id, repo digest, and one diff_id per layer (Debian bookworm + nginx).
    expect(img).toContain('grep -c sha256\n4\n');
  });

  it('systemctl status and journalctl -u kubelet', () => {
    const out = session(c, 'lab ssh node01\nsystemctl status kubelet\njournalctl -u kubelet | tail -1\nsystemctl status nope\nexit');
    expect(out).toContain('● kubelet.service - kubelet: The Kubernetes Node Agent\n     Loaded: loaded (/lib/systemd/system/kubelet.service; enabled; vendor preset: enabled)\n');
    expect(out).toContain('   Main PID: 1043 (kubelet)\n');
    expect(out).toContain('     CGroup: /system.slice/kubelet.service\n             └─1043 /usr/bin/kubelet');
    expect(out).toMatch(/Jan 06 \d\d:\d\d:\d\d node01 kubelet\[1043\]: I0106 \d\d:\d\d:\d\d\.\d{6}    1043 kubelet\.go:2468\] "SyncLoop \(PLEG\): event for pod"/);
    expect(out).toContain('Unit nope.service could not be found.\n');
  });

  it('ip addr shows eth0 with the node IP and the cni0 bridge; ls -l /proc/PID/ns shows links', () => {
    const out = session(c, 'lab ssh node01\nip addr show eth0\nip route\nls -l /proc/1/ns | grep net\nexit');
    expect(out).toMatch(/2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n/);
    expect(out).toMatch(/inet 192\.168\.\d+\.\d+\/24 brd 192\.168\.\d+\.255 scope global eth0\n/);
    expect(out).toMatch(/default via 192\.168\.\d+\.1 dev eth0 proto dhcp src 192\.168\.\d+\.\d+ metric 100\n10\.244\.\d\.0\/24 dev cni0 proto kernel scope link src 10\.244\.\d\.1\n/);
    expect(out).toMatch(/lrwxrwxrwx 1 root root 0 \w{3} +\d+ \d\d:\d\d net -> 'net:\[4026531840\]'\n/);
  });
});

describe('container shells (kubectl exec)', () => {
  let c: Cluster;
  beforeAll(() => {
    c = createCluster({ seed: 3 });
    session(c, 'kubectl run web --image=nginx:1.25\nkubectl run bb --image=busybox -- sleep 3600\nsleep 30');
  });

  it.each([
    ['busybox sh', 'kubectl exec -it bb -- sh', '/ # '],
    ['Debian dash', 'kubectl exec -it web -- sh', '# '],
    ['Debian bash', 'kubectl exec -it web -- /bin/bash', 'root@web:/# '],
  ])('%s prompt', (_n, cmd, prompt) => {
    const out = session(c, `${cmd}\necho hi\nexit`);
    expect(out).toContain(`${prompt}echo hi\nhi\n${prompt}exit\n`);
    expect(out.trimEnd().endsWith('controlplane:~$')).toBe(false);
  });

  it('a shell the image lacks: runc error and exit code 126', () => {
    expect(session(c, 'kubectl exec -it bb -- bash')).toContain(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\ncommand terminated with exit code 126\n',
    );
  });

  it('exit status of the inner shell becomes kubectl\'s', () => {
    expect(session(c, 'kubectl exec -it bb -- sh\nexit 7\necho $?')).toContain('/ # exit 7\ncommand terminated with exit code 7\ncontrolplane:~$ echo $?\n7\n');
  });

  it('-i without -t feeds piped input to sh; -it needs --', () => {
    expect(session(c, "echo 'hostname' | kubectl exec -i bb -- sh")).toContain('\nbb\n');
    expect(session(c, 'kubectl exec -it bb sh')).toContain('error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  });

  it('busybox ps inside: PID 1 is the container command', () => {
    expect(session(c, 'kubectl exec bb -- ps')).toMatch(/PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n +\d+ root      0:00 ps\n/);
  });

  it('wget reaches a Pod IP; names without DNS are bad addresses; refused ports say so', () => {
    const ip = /web +1\/1 +Running +0 +\S+ +(\S+)/.exec(session(c, 'kubectl get pod web -o wide'))?.[1];
    const out = session(c, `kubectl exec bb -- wget -qO- http://${ip}\nkubectl exec bb -- wget -qO- http://web-svc\nkubectl exec bb -- wget -qO- http://${ip}:81`);
    expect(out).toContain('<title>Welcome to nginx!</title>');
    expect(out).toContain("wget: bad address 'web-svc'\ncommand terminated with exit code 1\n");
    expect(out).toContain(`wget: can't connect to remote host (${ip}): Connection refused\n`);
  });
});

describe('kubectl debug node and node tools', () => {
  let c: Cluster;
  beforeAll(() => {
    c = createCluster({ seed: 5 });
  });

  it('debug node/NAME -it: the Pod, the prompt, chroot /host reaches the node, exit completes the Pod', () => {
    const out = session(c, 'kubectl debug node/node02 -it --image=busybox\nhostname\nps | grep -c /usr/bin/kubelet\nchroot /host\nps -ef | grep -c kubelet\nexit\nexit\nsleep 2\nkubectl get pods');
    // hostPID: busybox ps in the debugger already sees the node's processes.
    expect(out).toContain('/ # ps | grep -c /usr/bin/kubelet\n2\n');
    expect(out).toMatch(/Creating debugging pod node-debugger-node02-[a-z0-9]{5} with container debugger on node node02\.\nIf you don't see a command prompt, try pressing enter\.\n\/ # hostname\nnode02\n/);
    expect(out).toContain('/ # chroot /host\n# ps -ef | grep -c kubelet\n2\n# exit\n/ # exit\ncontrolplane:~$ ');
    expect(out).toMatch(/node-debugger-node02-[a-z0-9]{5} +0\/1 +Completed/);
  });

  it.each([
    ['kubectl debug node/node01', 'error: you must specify --image when not using --copy-to.'],
    ['kubectl debug node/nope -it --image=busybox', 'Error from server (NotFound): nodes "nope" not found'],
  ])('%s', (line, want) => expect(session(c, line)).toContain(want));

  it('df -h with GNU widths, grep -o, ls -l /proc/1/ns totals 0, nsenter argument errors', () => {
    const out = session(c, "lab ssh node01\ndf -h | head -2\necho pid 2108 x | grep -o '[0-9]*'\nls -l /proc/1/ns | head -1\nnsenter -t -m sh\nnsenter -t 1\nexit");
    expect(out).toContain('Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        50G  9.6G   41G  20% /\n');
    expect(out).toContain("grep -o '[0-9]*'\n2108\n");
    expect(out).toContain('ls -l /proc/1/ns | head -1\ntotal 0\n');
    expect(out).toContain("nsenter: failed to parse pid: '-m'\n");
    expect(out).toContain('nsenter: no namespace specified\n');
  });
});

describe('an interactive exec whose container dies', () => {
  it('ends with exit code 137 and gives the terminal back', () => {
    const c = createCluster({ seed: 11 });
    session(c, 'kubectl run bb --image=busybox -- sleep 3600\nsleep 20');
    let out = '';
    const sh = c.openShell({ write: (s) => (out += s) });
    sh.input('kubectl exec -it bb -- sh');
    c.settle();
    expect(sh.prompt).toBe('/ # ');
    c.client('test').delete('', 'pods', 'default', 'bb', { gracePeriodSeconds: 0 });
    c.advance(35_000);
    expect(out).toContain('command terminated with exit code 137\n');
    expect(sh.prompt).toBe('controlplane:~$ ');
  });
});
