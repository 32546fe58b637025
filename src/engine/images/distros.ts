// Base layers of the distributions the catalogue's images are built on: the
// /etc/os-release each really ships, a passwd file, and binaries as named stubs
// (a command exists in a container exactly when its binary is on PATH here).

export type Files = Record<string, string>;

const stub = (name: string) => `#!stub ${name}\n`;

function bins(dir: string, names: string[]): Files {
  const out: Files = {};
  for (const n of names) out[`${dir}/${n}`] = stub(n);
  return out;
}

const debianBin = ['bash', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dir', 'echo', 'false', 'grep', 'gzip', 'hostname', 'ln', 'ls', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mv', 'pwd', 'readlink', 'rm', 'rmdir', 'sed', 'sh', 'sleep', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname'];
const debianUsrBin = ['awk', 'base64', 'basename', 'clear', 'cut', 'diff', 'dirname', 'du', 'env', 'expr', 'find', 'head', 'id', 'nproc', 'printenv', 'printf', 'seq', 'sort', 'stat', 'tail', 'tee', 'test', 'timeout', 'tr', 'uniq', 'wc', 'whoami', 'xargs', 'yes'];

const passwd = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';

function debian(osRelease: string, version: string): Files {
  return {
    'etc/os-release': osRelease,
    'etc/debian_version': `${version}\n`,
    'etc/passwd': passwd,
    'etc/group': 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n',
    'etc/hostname': '',
    'root/': '',
    'tmp/': '',
    'home/': '',
    'var/log/': '',
    'proc/': '',
    'sys/': '',
    'dev/': '',
    'run/': '',
    ...bins('bin', debianBin),
    ...bins('usr/bin', debianUsrBin),
  };
}

export const wheezy = debian(
  'PRETTY_NAME="Debian GNU/Linux 7 (wheezy)"\nNAME="Debian GNU/Linux"\nVERSION_ID="7"\nVERSION="7 (wheezy)"\nID=debian\nANSI_COLOR="1;31"\nHOME_URL="http://www.debian.org/"\nSUPPORT_URL="http://www.debian.org/support/"\nBUG_REPORT_URL="http://bugs.debian.org/"\n',
  '7.8',
);

export const jessie = debian(
  'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\nHOME_URL="http://www.debian.org/"\nSUPPORT_URL="http://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
  '8.0',
);

export const bookworm = debian(
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
  '12.8',
);

export const busyboxApplets = [
  'arch', 'ash', 'awk', 'base64', 'basename', 'cat', 'chmod', 'chown', 'chroot', 'clear', 'cp', 'cut', 'date', 'dd', 'df', 'diff', 'dirname', 'dmesg', 'du', 'echo', 'env', 'expr',
  'false', 'find', 'free', 'grep', 'gunzip', 'gzip', 'head', 'hostname', 'id', 'ifconfig', 'ip', 'kill', 'killall', 'less', 'ln', 'ls', 'lsof', 'mkdir', 'mount',
  'mv', 'netstat', 'nc', 'nslookup', 'ping', 'printenv', 'printf', 'ps', 'pwd', 'readlink', 'rm', 'rmdir', 'route', 'sed', 'seq', 'sh', 'sleep', 'sort', 'stat',
  'tail', 'tar', 'tee', 'telnet', 'test', 'timeout', 'top', 'touch', 'tr', 'true', 'umount', 'uname', 'uniq', 'uptime', 'vi', 'watch', 'wc', 'wget', 'which',
  'whoami', 'xargs', 'yes',
];

export function busyboxBase(version: string): Files {
  return {
    'bin/busybox': stub(`busybox ${version}`),
    ...bins('bin', busyboxApplets),
    'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    'etc/group': 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n',
    'etc/hostname': '',
    'root/': '',
    'tmp/': '',
    'home/': '',
    'var/': '',
    'usr/sbin/': '',
    'proc/': '',
    'sys/': '',
    'dev/': '',
  };
}

export const alpine: Files = {
  ...busyboxBase('v1.37.0'),
  'etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.2\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  'etc/alpine-release': '3.21.2\n',
  'sbin/apk': stub('apk'),
};

export const ubuntu: Files = {
  ...debian(
    'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n',
    'trixie/sid',
  ),
  ...bins('usr/bin', ['ps', 'free', 'top', 'kill', 'uptime', 'watch']),
};

const oracle = (version: string, id: string): Files => ({
  'etc/os-release': `NAME="Oracle Linux Server"\nVERSION="${version}"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="${version}"\nPLATFORM_ID="platform:${id}"\nPRETTY_NAME="Oracle Linux Server ${version}"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:${version.split('.')[0]}:${version.split('.')[1]}:server"\nHOME_URL="https://linux.oracle.com/"\n`,
  'etc/oracle-release': `Oracle Linux Server release ${version}\n`,
  'etc/passwd': passwd + 'mysql:x:999:999::/var/lib/mysql:/bin/bash\n',
  'etc/group': 'root:x:0:\nmysql:x:999:\n',
  'root/': '',
  'tmp/': '',
  'proc/': '',
  'sys/': '',
  'dev/': '',
  ...bins('usr/bin', [...debianBin, ...debianUsrBin]),
  'bin/sh': stub('sh'),
  'bin/bash': stub('bash'),
});

export const oraclelinux9 = oracle('9.5', 'el9');
export const oraclelinux7 = oracle('7.9', 'el7');

/** Google's distroless static base (the Kubernetes component images): no shell. */
export const distroless: Files = {
  'etc/os-release': 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\n',
  'etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
  'tmp/': '',
  'proc/': '',
  'sys/': '',
  'dev/': '',
};

export { bins, stub };
