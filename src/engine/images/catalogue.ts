// The images this lab's registry knows: what docker.io and registry.k8s.io
// would serve for these references, with sizes close to the real compressed
// sizes (they drive pull time) and the config of the real images.
import type { Kernel } from '../linux/kernel.js';
import { shellScript } from '../linux/shell.js';
import { alpine, bins, bookworm, busyboxBase, distroless, jessie, oraclelinux7, oraclelinux9, stub, ubuntu, wheezy, type Files } from './distros.js';
import type { NginxVersion } from './behaviours/nginx.js';
import { nginxWelcomePage } from './behaviours/nginxPage.js';
import { component, pause } from './behaviours/servers.js';
import { coredns } from './behaviours/coredns.js';
import type { BehaviourFactory, ImageDef } from './types.js';
import { afterAnswer, type AfterAnswer } from '../lazy/state.js';

/**
 * The behaviour of an image only students run (nginx, mysql, httpd …): its code comes
 * with the chunk the browser worker loads after its first answer (lazy/), which is
 * there before any Pod of theirs can be made (every way to make one waits for it).
 */
function deferred(pick: (c: AfterAnswer) => BehaviourFactory): BehaviourFactory {
  let f: BehaviourFactory | undefined;
  return (argv, k) => (f ??= pick(afterAnswer()))(argv, k);
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function nginxImage(tags: string[], size: number, base: Files, v: NginxVersion): ImageDef {
  const conf = `user  nginx;\nworker_processes  ${v.modernEntrypoint ? 'auto' : '1'};\n\nerror_log  /var/log/nginx/error.log ${v.modernEntrypoint ? 'notice' : 'warn'};\npid        /var/run/nginx.pid;\n\n\nevents {\n    worker_connections  1024;\n}\n\n\nhttp {\n    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n\n    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '\n                      '$status $body_bytes_sent "$http_referer" '\n                      '"$http_user_agent" "$http_x_forwarded_for"';\n\n    access_log  /var/log/nginx/access.log  main;\n\n    sendfile        on;\n    #tcp_nopush     on;\n\n    keepalive_timeout  65;\n\n    #gzip  on;\n\n    include /etc/nginx/conf.d/*.conf;\n}\n`;
  const layer: Files = {
    'etc/nginx/nginx.conf': conf,
    'etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n\n    error_page   500 502 503 504  /50x.html;\n    location = /50x.html {\n        root   /usr/share/nginx/html;\n    }\n}\n',
    'etc/nginx/mime.types': 'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n}\n',
    'usr/share/nginx/html/index.html': nginxWelcomePage,
    'usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
    'usr/sbin/nginx': stub(`nginx ${v.version}`),
    'var/log/nginx/access.log': '',
    'var/log/nginx/error.log': '',
    'var/cache/nginx/': '',
  };
  if (v.modernEntrypoint) {
    layer['docker-entrypoint.sh'] = stub('docker-entrypoint.sh');
    layer['docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'] = stub('10-listen-on-ipv6-by-default.sh');
    layer['docker-entrypoint.d/20-envsubst-on-templates.sh'] = stub('20-envsubst-on-templates.sh');
    layer['docker-entrypoint.d/30-tune-worker-processes.sh'] = stub('30-tune-worker-processes.sh');
    Object.assign(layer, bins('usr/bin', ['curl']));
  }
  return {
    repository: 'docker.io/library/nginx',
    tags,
    size,
    layers: [base, layer],
    config: {
      entrypoint: v.modernEntrypoint ? ['/docker-entrypoint.sh'] : [],
      cmd: ['nginx', '-g', 'daemon off;'],
      workingDir: '/',
      env: { PATH, NGINX_VERSION: v.version, ...(v.modernEntrypoint ? { NJS_VERSION: '0.8.4', NJS_RELEASE: '3~bookworm', PKG_RELEASE: '1~bookworm' } : {}) },
      exposedPorts: ['80/tcp'],
      stopSignal: v.modernEntrypoint ? 'SIGQUIT' : undefined,
    },
    programs: { nginx: deferred((c) => c.nginx(v)), 'docker-entrypoint.sh': deferred((c) => c.nginxEntrypoint(v)) },
  };
}

const busyboxProg = { busybox: (argv: string[], k: Kernel) => shellScript(k, undefined, argv[0]) };

function kube(name: string, version: string, size: number, ports: number[], line: string, rss: number): ImageDef {
  return {
    repository: `registry.k8s.io/${name}`,
    tags: [version],
    size,
    layers: [distroless, { [`usr/local/bin/${name}`]: stub(name) }],
    config: { entrypoint: [], cmd: [`/usr/local/bin/${name}`], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: { [name]: component(ports, line, rss) },
  };
}

export const catalogue: ImageDef[] = [
  nginxImage(['1.7.9'], 39_947_206, wheezy, { version: '1.7.9', gcc: '4.7.2 (Debian 4.7.2-5)', modernEntrypoint: false }),
  nginxImage(['1.9.1'], 52_571_348, jessie, { version: '1.9.1', gcc: '4.9.2 (Debian 4.9.2-10)', modernEntrypoint: false }),
  nginxImage(['1.25', '1.25.5'], 70_544_635, bookworm, { version: '1.25.5', gcc: '12.2.0 (Debian 12.2.0-14)', modernEntrypoint: true }),
  nginxImage(['latest', '1.27', '1.27.3'], 72_099_410, bookworm, { version: '1.27.3', gcc: '12.2.0 (Debian 12.2.0-14)', modernEntrypoint: true }),
  {
    repository: 'docker.io/library/busybox',
    tags: ['latest', '1.37', '1.37.0'],
    size: 2_167_012,
    layers: [busyboxBase('v1.37.0')],
    config: { entrypoint: [], cmd: ['sh'], workingDir: '/', env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }, exposedPorts: [] },
    programs: busyboxProg,
  },
  {
    repository: 'docker.io/library/busybox',
    tags: ['1.28'],
    size: 727_869,
    layers: [busyboxBase('v1.28.4')],
    config: { entrypoint: [], cmd: ['sh'], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: busyboxProg,
  },
  {
    repository: 'docker.io/library/alpine',
    tags: ['latest', '3.21', '3.21.2'],
    size: 3_653_068,
    layers: [alpine],
    config: { entrypoint: [], cmd: ['/bin/sh'], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: {},
  },
  {
    repository: 'docker.io/library/ubuntu',
    tags: ['latest', '24.04', 'noble'],
    size: 29_754_422,
    layers: [ubuntu],
    config: { entrypoint: [], cmd: ['/bin/bash'], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: {},
  },
  {
    repository: 'docker.io/library/httpd',
    tags: ['latest', '2.4', '2.4.62'],
    size: 58_320_104,
    layers: [bookworm, { 'usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n', 'usr/local/apache2/bin/httpd': stub('httpd'), 'usr/local/apache2/bin/httpd-foreground': stub('httpd-foreground'), 'usr/local/apache2/conf/httpd.conf': 'ServerRoot "/usr/local/apache2"\nListen 80\n' }],
    config: { entrypoint: [], cmd: ['httpd-foreground'], workingDir: '/usr/local/apache2', env: { PATH: `/usr/local/apache2/bin:${PATH}`, HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.62' }, exposedPorts: ['80/tcp'], stopSignal: 'SIGWINCH' },
    programs: { 'httpd-foreground': deferred((c) => c.httpd('2.4.62')), httpd: deferred((c) => c.httpd('2.4.62')) },
  },
  {
    repository: 'docker.io/library/redis',
    tags: ['latest', '7', '7.4', '7.4.1'],
    size: 45_132_706,
    layers: [bookworm, { 'usr/local/bin/redis-server': stub('redis-server'), 'usr/local/bin/redis-cli': stub('redis-cli'), 'usr/local/bin/docker-entrypoint.sh': stub('docker-entrypoint.sh'), 'data/': '' }],
    config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], workingDir: '/data', env: { PATH, REDIS_VERSION: '7.4.1' }, exposedPorts: ['6379/tcp'] },
    programs: { 'docker-entrypoint.sh': deferred((c) => c.redis('7.4.1')), 'redis-server': deferred((c) => c.redis('7.4.1')) },
  },
  {
    repository: 'docker.io/library/mysql',
    tags: ['8.0', '8.0.40'],
    size: 172_439_808,
    layers: [oraclelinux9, { 'usr/sbin/mysqld': stub('mysqld'), 'usr/bin/mysql': stub('mysql'), 'usr/local/bin/docker-entrypoint.sh': stub('docker-entrypoint.sh'), 'var/lib/mysql/': '', 'var/run/mysqld/': '' }],
    config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], workingDir: '/', env: { PATH, GOSU_VERSION: '1.17', MYSQL_MAJOR: '8.0', MYSQL_VERSION: '8.0.40-1.el9', MYSQL_SHELL_VERSION: '8.0.40-1.el9' }, exposedPorts: ['3306/tcp', '33060/tcp'] },
    programs: { 'docker-entrypoint.sh': deferred((c) => c.mysql('8.0.40', '8.0.40-1.el9')), mysqld: deferred((c) => c.mysql('8.0.40', '8.0.40-1.el9')) },
  },
  {
    repository: 'docker.io/library/mysql',
    tags: ['5.7', '5.7.44'],
    size: 137_909_475,
    layers: [oraclelinux7, { 'usr/sbin/mysqld': stub('mysqld'), 'usr/bin/mysql': stub('mysql'), 'usr/local/bin/docker-entrypoint.sh': stub('docker-entrypoint.sh'), 'var/lib/mysql/': '', 'var/run/mysqld/': '' }],
    config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], workingDir: '/', env: { PATH, GOSU_VERSION: '1.16', MYSQL_MAJOR: '5.7', MYSQL_VERSION: '5.7.44-1.el7', MYSQL_SHELL_VERSION: '8.0.35-1.el7' }, exposedPorts: ['3306/tcp', '33060/tcp'] },
    programs: { 'docker-entrypoint.sh': deferred((c) => c.mysql('5.7.44', '5.7.44-1.el7')), mysqld: deferred((c) => c.mysql('5.7.44', '5.7.44-1.el7')) },
  },
  {
    repository: 'docker.io/polinux/stress',
    tags: ['latest', '1.0.4'],
    size: 4_041_556,
    layers: [alpine, { 'usr/local/bin/stress': stub('stress') }],
    config: { entrypoint: [], cmd: ['stress', '--help'], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: { stress: deferred((c) => c.stress) },
  },
  {
    repository: 'docker.io/kubelab/crasher',
    tags: ['latest', '1.0'],
    size: 1_912_330,
    layers: [busyboxBase('v1.37.0'), { 'usr/local/bin/crasher': stub('crasher') }],
    config: { entrypoint: ['crasher'], cmd: [], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: { crasher: deferred((c) => c.crasher) },
  },
  {
    repository: 'registry.k8s.io/pause',
    tags: ['3.10'],
    size: 320_368,
    layers: [{ pause: stub('pause') }],
    config: { entrypoint: ['/pause'], cmd: [], workingDir: '/', env: { PATH }, exposedPorts: [] },
    programs: { pause },
  },
  {
    repository: 'registry.k8s.io/coredns/coredns',
    tags: ['v1.11.3'],
    size: 18_562_039,
    layers: [distroless, { coredns: stub('coredns') }],
    config: { entrypoint: ['/coredns'], cmd: [], workingDir: '/', env: { PATH }, exposedPorts: ['53/tcp', '53/udp'] },
    programs: { coredns }, // a DNS server on :53 answering from the API (behaviours/coredns.ts)
  },
  kube('kube-apiserver', 'v1.32.4', 28_668_913, [6443], 'I TIME       1 options.go:238] external host was not specified, using 192.168.0.10', 250),
  kube('kube-controller-manager', 'v1.32.4', 26_260_393, [10257], 'I TIME       1 serving.go:386] Generated self-signed cert in-memory', 60),
  kube('kube-scheduler', 'v1.32.4', 20_657_536, [10259], 'I TIME       1 serving.go:386] Generated self-signed cert in-memory', 25),
  kube('kube-proxy', 'v1.32.4', 30_892_123, [10249, 10256], 'I TIME       1 server_linux.go:66] "Using iptables proxy"', 22),
  { ...kube('etcd', '3.5.16-0', 57_680_541, [2379, 2380, 2381], '{"level":"info","ts":"TIME","caller":"etcdmain/etcd.go:73","msg":"Running: "}', 45), programs: { etcd: component([2379, 2380, 2381], '{"level":"info","caller":"etcdmain/etcd.go:73","msg":"Running: "}', 45) } },
];

/** The repository's images, by normalised repository name. */
export const byRepository = new Map<string, ImageDef[]>();
for (const img of catalogue) {
  const l = byRepository.get(img.repository) ?? [];
  l.push(img);
  byRepository.set(img.repository, l);
}

export function findImage(repository: string, tag: string): ImageDef | undefined {
  return byRepository.get(repository)?.find((i) => i.tags.includes(tag));
}
