// Expected outputs were taken from the real tools on Debian 12 (GNU coreutils 9.1, bash 5.2's
// printf builtin, findutils 4.9 xargs, mawk 1.3.4), each line run by `bash -c` with LC_ALL=C in a
// directory holding the same files; stdout, stderr and the exit status are compared separately.
import { describe, expect, it } from 'vitest';
import { MemoryFS } from '../fs.js';
import { Interpreter, type ShellState } from '../interp.js';
import { parse } from '../parse.js';
import { coreutils } from './coreutils.js';

const files: Record<string, string> = {  'f.txt': 'a:b:c\nd:e:f\nnodelim\n',
  'scores.txt': 'b 10\na 2\nc 1\nB 3\na 2\n',
  'pods.txt': 'NAME READY STATUS RESTARTS AGE\nweb-1 1/1 Running 0 5m\nweb-2 1/1 Running 2 5m\ndb-0 0/1 Pending 0 1m\n',
  'words.txt': 'apple\napple\nbanana\napple\ncherry\ncherry\n',
  'secret.txt': 'S3cr3t-pässwörd\n',
};

/** Run one command line on a fresh workstation-like shell in /root holding `files`. */
function run(line: string): [string, string, number] {
  const fs = new MemoryFS(() => 0);
  fs.mkdir('/root', { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFile(`/root/${name}`, text);
  const state: ShellState = {
    fs,
    programs: new Map(Object.entries(coreutils)),
    vars: new Map([['HOME', '/root']]),
    exported: new Set(['HOME']),
    aliases: new Map(),
    cwd: '/root',
    home: '/root',
    shellName: 'bash',
    pid: 1,
    lastStatus: 0,
    columns: 80,
    now: () => 0,
  };
  let out = '';
  let err = '';
  const job = new Interpreter(state).runScript(parse(line), { stdout: (s) => (out += s), stderr: (s) => (err += s), wake: () => {} });
  let step = job.next();
  while (!step.done) step = job.next();
  return [out, err, step.value];
}

type Case = [line: string, stdout: string, stderr: string, status: number];


const base64Cases: Case[] = [
  ["echo -n 'admin' | base64", "YWRtaW4=\n", "", 0],
  ["echo -n '1f2d1e2e67df' | base64", "MWYyZDFlMmU2N2Rm\n", "", 0],
  ["echo 'YWRtaW4=' | base64 --decode", "admin", "", 0],
  ["echo 'YWRtaW4=' | base64 -d", "admin", "", 0],
  ["echo -n 'héllo wörld' | base64", "aMOpbGxvIHfDtnJsZA==\n", "", 0],
  ["echo 'aMOpbGxvIHfDtnJsZA==' | base64 -d", "héllo wörld", "", 0],
  ["base64 secret.txt", "UzNjcjN0LXDDpHNzd8O2cmQK\n", "", 0],
  ["base64 secret.txt | base64 -d", "S3cr3t-pässwörd\n", "", 0],
  ["seq 1 40 | base64", "MQoyCjMKNAo1CjYKNwo4CjkKMTAKMTEKMTIKMTMKMTQKMTUKMTYKMTcKMTgKMTkKMjAKMjEKMjIK\nMjMKMjQKMjUKMjYKMjcKMjgKMjkKMzAKMzEKMzIKMzMKMzQKMzUKMzYKMzcKMzgKMzkKNDAK\n", "", 0],
  ["seq 1 40 | base64 -w 20", "MQoyCjMKNAo1CjYKNwo4\nCjkKMTAKMTEKMTIKMTMK\nMTQKMTUKMTYKMTcKMTgK\nMTkKMjAKMjEKMjIKMjMK\nMjQKMjUKMjYKMjcKMjgK\nMjkKMzAKMzEKMzIKMzMK\nMzQKMzUKMzYKMzcKMzgK\nMzkKNDAK\n", "", 0],
  ["seq 1 40 | base64 -w0", "MQoyCjMKNAo1CjYKNwo4CjkKMTAKMTEKMTIKMTMKMTQKMTUKMTYKMTcKMTgKMTkKMjAKMjEKMjIKMjMKMjQKMjUKMjYKMjcKMjgKMjkKMzAKMzEKMzIKMzMKMzQKMzUKMzYKMzcKMzgKMzkKNDAK", "", 0],
  ["seq 1 40 | base64 --wrap=30", "MQoyCjMKNAo1CjYKNwo4CjkKMTAKMT\nEKMTIKMTMKMTQKMTUKMTYKMTcKMTgK\nMTkKMjAKMjEKMjIKMjMKMjQKMjUKMj\nYKMjcKMjgKMjkKMzAKMzEKMzIKMzMK\nMzQKMzUKMzYKMzcKMzgKMzkKNDAK\n", "", 0],
  ["seq 1 40 | base64 -w 0 | base64 -d | tail -n 2", "39\n40\n", "", 0],
  ["printf '' | base64", "", "", 0],
  ["echo 'YWRt!aW4=' | base64 -d", "adm", "base64: invalid input\n", 1],
  ["echo 'YWRt!aW4=' | base64 -d -i", "admin", "", 0],
  ["echo 'YWRtaW' | base64 -d", "admi", "base64: invalid input\n", 1],
  ["echo 'YQ==YWJj' | base64 -d", "aabc", "", 0],
  ["printf 'YWJj\\nZGVm\\n' | base64 -d", "abcdef", "", 0],
  ["echo 'YW Jj' | base64 -d", "a", "base64: invalid input\n", 1],
  ["base64 nofile", "", "base64: nofile: No such file or directory\n", 1],
  ["base64 a b", "", "base64: extra operand 'b'\nTry 'base64 --help' for more information.\n", 1],
  ["base64 -x", "", "base64: invalid option -- 'x'\nTry 'base64 --help' for more information.\n", 1],
  ["base64 -w", "", "base64: option requires an argument -- 'w'\nTry 'base64 --help' for more information.\n", 1],
  ["base64 -w x f.txt", "", "base64: invalid wrap size: 'x'\n", 1],
  ["base64 --foo", "", "base64: unrecognized option '--foo'\nTry 'base64 --help' for more information.\n", 1],
  ["base64 --dec <<< 'YQ=='", "a", "", 0],
  ["mkdir d; base64 d", "", "base64: read error: Is a directory\n", 1],
  ["base64 - < f.txt", "YTpiOmMKZDplOmYKbm9kZWxpbQo=\n", "", 0],
  ["base64 --version", "base64 (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Simon Josefsson.\n", "", 0],
  ["printf 'YWRtaW4=' | base64 --decode", "admin", "", 0],
  ["printf 'YWRtaW4=' | base64 -d; echo", "admin\n", "", 0],
  ["echo 'not base64 at all' | base64 -d", "��", "base64: invalid input\n", 1],
  ["base64 -d -w 10 <<< 'YQ=='", "a", "", 0],
  ["echo hi | base64 -di", "�", "base64: invalid input\n", 1],
  ["base64 --wr=4 f.txt", "YTpi\nOmMK\nZDpl\nOmYK\nbm9k\nZWxp\nbQo=\n", "", 0],
  ["base64 --wrap f.txt", "", "base64: invalid wrap size: 'f.txt'\n", 1],
  ["base64 --decode=x f.txt", "", "base64: option '--decode' doesn't allow an argument\nTry 'base64 --help' for more information.\n", 1],
  ["printf '%s\\n' \"$(echo -n admin | base64)\"", "YWRtaW4=\n", "", 0],
];

const printfCases: Case[] = [
  ["printf '%s\\n' a b c", "a\nb\nc\n", "", 0],
  ["printf '%s-%s\\n' a b c", "a-b\nc-\n", "", 0],
  ["printf '%5s|%-5s|%.2s\\n' ab cd efgh", "   ab|cd   |ef\n", "", 0],
  ["printf '%d %i %x %X %o %c %%\\n' 42 -7 255 255 8 hello", "42 -7 ff FF 10 h %\n", "", 0],
  ["printf '%05d|%-4d|%+d\\n' 42 7 3", "00042|7   |+3\n", "", 0],
  ["printf '%d\\n' abc", "0\n", "bash: printf: abc: invalid number\n", 1],
  ["printf '%d\\n' 12abc", "12\n", "bash: printf: 12abc: invalid number\n", 1],
  ["printf '%b\\n' 'a\\tb\\\\c'", "a\tb\\c\n", "", 0],
  ["printf 'x\\ty\\\\z\\n'", "x\ty\\z\n", "", 0],
  ["printf '%s\\n'", "\n", "", 0],
  ["printf 'no newline'", "no newline", "", 0],
  ["printf", "", "printf: usage: printf [-v var] format [arguments]\n", 2],
  ["printf '%z\\n' x", "", "bash: printf: `\\': invalid format character\n", 1],
  ["printf '%d\\n' \"'A\"", "65\n", "", 0],
  ["printf '%s %s\\n' only", "only \n", "", 0],
  ["printf '%.3d|%8.3f|%e\\n' 5 3.14159 1234.5", "005|   3.142|1.234500e+03\n", "", 0],
  ["printf '%d %d\\n' 0x10 010", "16 8\n", "", 0],
  ["printf '\\x41\\101\\n'", "AA\n", "", 0],
  ["printf 'a\\cb\\n'", "a\\cb\n", "", 0],
  ["printf '%b' 'x\\cy'; echo", "x\n", "", 0],
  ["printf -- '%s\\n' dash", "dash\n", "", 0],
  ["printf '%-*d|\\n' 5 3", "3    |\n", "", 0],
  ["printf 'abc\\n' extra", "abc\n", "", 0],
  ["printf '%x\\n' -1", "ffffffffffffffff\n", "", 0],
  ["printf '%s=%d\\n' a 1 b 2 c", "a=1\nb=2\nc=0\n", "", 0],
  ["printf '%10.4f|%-8.2e|%g|%g\\n' 3.14159 31415.9 0.0001 123456789", "    3.1416|3.14e+04|0.0001|1.23457e+08\n", "", 0],
  ["printf '%#x %#o\\n' 255 8", "0xff 010\n", "", 0],
  ["printf '%q\\n' 'a b'", "a\\ b\n", "", 0],
  ["printf '%s\\t%s\\n' NAME AGE web 5m", "NAME\tAGE\nweb\t5m\n", "", 0],
  ["printf '%-10s%5d\\n' web 3 db 10", "web           3\ndb           10\n", "", 0],
  ["printf '%c%c\\n' abc def", "ad\n", "", 0],
  ["printf '%5.1s|\\n' xyz", "    x|\n", "", 0],
  ["printf '%s' ; echo rc=$?", "rc=0\n", "", 0],
  ["printf '%d%%\\n' 50", "50%\n", "", 0],
  ["printf '%i\\n' ' 42'", "42\n", "", 0],
  ["printf '%d\\n' ''", "0\n", "", 0],
  ["printf '%o\\n' 0", "0\n", "", 0],
  ["printf 'A\\x42C\\n'", "ABC\n", "", 0],
  ["printf '%b\\n' '\\0101'", "A\n", "", 0],
];

const cutCases: Case[] = [
  ["cut -d: -f2 f.txt", "b\ne\nnodelim\n", "", 0],
  ["cut -d: -f1,3 f.txt", "a:c\nd:f\nnodelim\n", "", 0],
  ["cut -d: -f2- f.txt", "b:c\ne:f\nnodelim\n", "", 0],
  ["cut -d: -s -f2 f.txt", "b\ne\n", "", 0],
  ["cut -c1-3 f.txt", "a:b\nd:e\nnod\n", "", 0],
  ["cut -c2,4- f.txt", "::c\n::f\noelim\n", "", 0],
  ["cut -f1 f.txt", "a:b:c\nd:e:f\nnodelim\n", "", 0],
  ["cut -d' ' -f1,3 pods.txt", "NAME STATUS\nweb-1 Running\nweb-2 Running\ndb-0 Pending\n", "", 0],
  ["cut -d: -f-2 f.txt", "a:b\nd:e\nnodelim\n", "", 0],
  ["cut -d: --output-delimiter=, -f1,3 f.txt", "a,c\nd,f\nnodelim\n", "", 0],
  ["cut -d: -f 3,1 f.txt", "a:c\nd:f\nnodelim\n", "", 0],
  ["cut -d: --complement -f2 f.txt", "a:c\nd:f\nnodelim\n", "", 0],
  ["cut f.txt", "", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1],
  ["cut -d: f.txt", "", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1],
  ["cut -d:: -f1 f.txt", "", "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", 1],
  ["cut -f0 f.txt", "", "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1],
  ["cut -f3-1 f.txt", "", "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", 1],
  ["cut -fx f.txt", "", "cut: invalid field value 'x'\nTry 'cut --help' for more information.\n", 1],
  ["cut -f1 -c1 f.txt", "", "cut: only one list may be specified\nTry 'cut --help' for more information.\n", 1],
  ["cut -d: -f1 nofile", "", "cut: nofile: No such file or directory\n", 1],
  ["cut -c1 -d: f.txt", "", "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n", 1],
  ["cut -c0 f.txt", "", "cut: byte/character positions are numbered from 1\nTry 'cut --help' for more information.\n", 1],
  ["echo 'pod/web-1' | cut -d/ -f2", "web-1\n", "", 0],
  ["cut -d, -f2 -s f.txt", "", "", 0],
  ["cut -b1,3 f.txt", "ab\nde\nnd\n", "", 0],
  ["cut --fields=1 -d: f.txt", "a\nd\nnodelim\n", "", 0],
  ["cut -f ,2 f.txt", "", "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1],
  ["cut -f 1- -d ' ' pods.txt", "NAME READY STATUS RESTARTS AGE\nweb-1 1/1 Running 0 5m\nweb-2 1/1 Running 2 5m\ndb-0 0/1 Pending 0 1m\n", "", 0],
];

const sortCases: Case[] = [
  ["sort scores.txt", "B 3\na 2\na 2\nb 10\nc 1\n", "", 0],
  ["sort -r scores.txt", "c 1\nb 10\na 2\na 2\nB 3\n", "", 0],
  ["sort -u scores.txt", "B 3\na 2\nb 10\nc 1\n", "", 0],
  ["sort -k2 -n scores.txt", "c 1\na 2\na 2\nB 3\nb 10\n", "", 0],
  ["sort -k2,2nr scores.txt", "b 10\nB 3\na 2\na 2\nc 1\n", "", 0],
  ["sort -t' ' -k2 scores.txt", "c 1\nb 10\na 2\na 2\nB 3\n", "", 0],
  ["sort -k2 scores.txt", "c 1\nb 10\na 2\na 2\nB 3\n", "", 0],
  ["printf '10\\n9\\n-1\\nx\\n1.5\\n\\n' | sort -n", "-1\n\nx\n1.5\n9\n10\n", "", 0],
  ["printf '10\\n9\\n-1\\nx\\n1.5\\n\\n' | sort -nr", "10\n9\n1.5\nx\n\n-1\n", "", 0],
  ["sort nofile", "", "sort: cannot read: nofile: No such file or directory\n", 2],
  ["sort -k0 scores.txt", "", "sort: field number is zero: invalid field specification '0'\n", 2],
  ["sort -t ab scores.txt", "", "sort: multi-character tab 'ab'\n", 2],
  ["printf 'x\\ny' | sort", "x\ny\n", "", 0],
  ["printf 'a,3\\nb,1\\nc,2\\n' | sort -t, -k2n", "b,1\nc,2\na,3\n", "", 0],
  ["printf '5\\n10\\n5\\n' | sort -nu", "5\n10\n", "", 0],
  ["printf 'b\\nA\\na\\nB\\n' | sort -f", "A\na\nB\nb\n", "", 0],
  ["printf 'b\\nA\\na\\nB\\n' | sort", "A\nB\na\nb\n", "", 0],
  ["sort -k3 pods.txt", "db-0 0/1 Pending 0 1m\nweb-1 1/1 Running 0 5m\nweb-2 1/1 Running 2 5m\nNAME READY STATUS RESTARTS AGE\n", "", 0],
  ["sort -k4,4n -k1,1r pods.txt", "web-1 1/1 Running 0 5m\ndb-0 0/1 Pending 0 1m\nNAME READY STATUS RESTARTS AGE\nweb-2 1/1 Running 2 5m\n", "", 0],
  ["sort -u words.txt", "apple\nbanana\ncherry\n", "", 0],
  ["sort scores.txt -o out.txt; cat out.txt", "B 3\na 2\na 2\nb 10\nc 1\n", "", 0],
  ["sort -n -k 4 pods.txt", "NAME READY STATUS RESTARTS AGE\ndb-0 0/1 Pending 0 1m\nweb-1 1/1 Running 0 5m\nweb-2 1/1 Running 2 5m\n", "", 0],
  ["sort -rk1 f.txt scores.txt", "nodelim\nd:e:f\nc 1\nb 10\na:b:c\na 2\na 2\nB 3\n", "", 0],
  ["sort -nr -t: -k2 f.txt", "nodelim\nd:e:f\na:b:c\n", "", 0],
];

const uniqCases: Case[] = [
  ["uniq words.txt", "apple\nbanana\napple\ncherry\n", "", 0],
  ["uniq -c words.txt", "      2 apple\n      1 banana\n      1 apple\n      2 cherry\n", "", 0],
  ["uniq -d words.txt", "apple\ncherry\n", "", 0],
  ["uniq -u words.txt", "banana\napple\n", "", 0],
  ["uniq -cd words.txt", "      2 apple\n      2 cherry\n", "", 0],
  ["sort words.txt | uniq -c | sort -rn", "      3 apple\n      2 cherry\n      1 banana\n", "", 0],
  ["uniq nofile", "", "uniq: nofile: No such file or directory\n", 1],
  ["printf 'a\\nA\\nb\\n' | uniq -i", "a\nb\n", "", 0],
  ["uniq -x words.txt", "", "uniq: invalid option -- 'x'\nTry 'uniq --help' for more information.\n", 1],
  ["cat words.txt | sort | uniq -c", "      3 apple\n      1 banana\n      2 cherry\n", "", 0],
  ["uniq words.txt out.txt; cat out.txt", "apple\nbanana\napple\ncherry\n", "", 0],
  ["uniq a b c", "", "uniq: extra operand 'c'\nTry 'uniq --help' for more information.\n", 1],
];

const trCases: Case[] = [
  ["echo hello | tr a-z A-Z", "HELLO\n", "", 0],
  ["echo hello | tr 'lo' 'x'", "hexxx\n", "", 0],
  ["echo hello | tr -d l", "heo\n", "", 0],
  ["echo 'aaabbbccc  dd' | tr -s 'a-c '", "abc dd\n", "", 0],
  ["echo hello | tr -s l", "helo\n", "", 0],
  ["echo hello | tr -d", "", "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
  ["echo hello | tr", "", "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
  ["echo hello | tr a", "", "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", 1],
  ["echo 'a b  c' | tr -s ' ' '\\n'", "a\nb\nc\n", "", 0],
  ["echo 'a:b' | tr : '\\t'", "a\tb\n", "", 0],
  ["echo hello | tr -cd 'el\\n'", "ell\n", "", 0],
  ["echo hello | tr '[:lower:]' '[:upper:]'", "HELLO\n", "", 0],
  ["echo hello | tr z-a x", "", "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n", 1],
  ["echo hello | tr x y z", "", "tr: extra operand 'z'\nTry 'tr --help' for more information.\n", 1],
  ["echo hello | tr -d a b", "", "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", 1],
  ["echo hello | tr -ds l o", "heo\n", "", 0],
  ["echo 'a  b' | tr -s '[:space:]'", "a b\n", "", 0],
  ["echo abc | tr 'a-c' 'xy'", "xyy\n", "", 0],
  ["echo 'a\\b' | tr '\\\\' /", "a/b\n", "", 0],
  ["echo 'Hello World 123' | tr -d '[:digit:]'", "Hello World \n", "", 0],
  ["echo 'Hello World' | tr -c '[:alnum:]\\n' _", "Hello_World\n", "", 0],
  ["echo hello | tr -ds l", "", "tr: missing operand after 'l'\nTwo strings must be given when both deleting and squeezing repeats.\nTry 'tr --help' for more information.\n", 1],
  ["echo abc | tr abc '[x*]'", "xxx\n", "", 0],
  ["echo hello | tr a-y b-z", "ifmmp\n", "", 0],
  ["echo 'tab\tsep' | tr '\\t' ,", "tab,sep\n", "", 0],
  ["echo abcdef | tr a-f 'x[y*]z'", "xyyyyz\n", "", 0],
  ["echo abcdef | tr a-f '[y*2]'", "yyyyyy\n", "", 0],
];

const teeCases: Case[] = [
  ["echo hi | tee t1 t2; cat t1 t2", "hi\nhi\nhi\n", "", 0],
  ["echo hi > t1; echo more | tee -a t1 > /dev/null; cat t1", "hi\nmore\n", "", 0],
  ["echo x | tee /nonexist/f", "x\n", "tee: /nonexist/f: No such file or directory\n", 1],
  ["echo x | tee -x", "", "tee: invalid option -- 'x'\nTry 'tee --help' for more information.\n", 1],
  ["echo hi | tee", "hi\n", "", 0],
];

const xargsCases: Case[] = [
  ["echo 'a b c d e' | xargs echo", "a b c d e\n", "", 0],
  ["echo 'a b c d e' | xargs -n 2 echo", "a b\nc d\ne\n", "", 0],
  ["echo 'a b' | xargs", "a b\n", "", 0],
  ["printf 'p1\\np2\\n' | xargs -n1 echo rm", "rm p1\nrm p2\n", "", 0],
  ["echo \"a 'b c' d\" | xargs -n1", "a\nb c\nd\n", "", 0],
  ["echo x | xargs -n 0 echo", "", "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n", 1],
  ["echo x | xargs -n x echo", "", "xargs: invalid number \"x\" for -n option\nTry 'xargs --help' for more information.\n", 1],
  ["printf 'a b\\nc\\n' | xargs -I{} echo 'x{}y'", "xa by\nxcy\n", "", 0],
  ["echo a | xargs grep nomatch f.txt", "", "grep: a: No such file or directory\n", 123],
  ["echo \"a 'b\" | xargs", "a\n", "xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n", 1],
  ["echo x | xargs -r echo y", "y x\n", "", 0],
  ["printf '' | xargs -r echo y", "", "", 0],
  ["printf '' | xargs echo y", "y\n", "", 0],
  ["printf 'a\\n' | xargs -t echo", "a\n", "echo a\n", 0],
  ["echo a | xargs -n", "", "xargs: option requires an argument -- 'n'\nTry 'xargs --help' for more information.\n", 1],
];

const awkCases: Case[] = [
  ["awk '{print $1}' pods.txt", "NAME\nweb-1\nweb-2\ndb-0\n", "", 0],
  ["awk '{print $1, $3}' pods.txt", "NAME STATUS\nweb-1 Running\nweb-2 Running\ndb-0 Pending\n", "", 0],
  ["awk -F: '{print $2}' f.txt", "b\ne\n\n", "", 0],
  ["awk -F : '{print $NF}' f.txt", "c\nf\nnodelim\n", "", 0],
  ["awk 'NR>1 {print $1}' pods.txt", "web-1\nweb-2\ndb-0\n", "", 0],
  ["awk '/Running/ {print $1 \"=\" $4}' pods.txt", "web-1=0\nweb-2=2\n", "", 0],
  ["awk '$3 == \"Pending\"' pods.txt", "db-0 0/1 Pending 0 1m\n", "", 0],
  ["awk '{print NR, NF}' f.txt", "1 1\n2 1\n3 1\n", "", 0],
  ["awk '{print $(NF-1)}' pods.txt", "RESTARTS\n0\n2\n0\n", "", 0],
  ["awk '!/Running/' pods.txt", "NAME READY STATUS RESTARTS AGE\ndb-0 0/1 Pending 0 1m\n", "", 0],
];

describe('base64', () => {
  it.each(base64Cases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('printf', () => {
  it.each(printfCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('cut', () => {
  it.each(cutCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('sort', () => {
  it.each(sortCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('uniq', () => {
  it.each(uniqCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('tr', () => {
  it.each(trCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('tee', () => {
  it.each(teeCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('xargs', () => {
  it.each(xargsCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});

describe('awk', () => {
  it.each(awkCases)('%s', (line, stdout, stderr, status) => expect(run(line)).toEqual([stdout, stderr, status]));
});
