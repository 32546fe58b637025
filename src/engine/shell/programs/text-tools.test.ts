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
  ["base64 --help", "Usage: base64 [OPTION]... [FILE]\nBase64 encode or decode FILE, or standard input, to standard output.\n\nWith no FILE, or when FILE is -, read standard input.\n\nMandatory arguments to long options are mandatory for short options too.\n  -d, --decode          decode data\n  -i, --ignore-garbage  when decoding, ignore non-alphabet characters\n  -w, --wrap=COLS       wrap encoded lines after COLS character (default 76).\n                          Use 0 to disable line wrapping\n      --help        display this help and exit\n      --version     output version information and exit\n\nThe data are encoded as described for the base64 alphabet in RFC 4648.\nWhen decoding, the input may contain newlines in addition to the bytes of\nthe formal base64 alphabet.  Use --ignore-garbage to attempt to recover\nfrom any other non-alphabet bytes in the encoded stream.\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/base64>\nor available locally via: info '(coreutils) base64 invocation'\n", "", 0],
  ["base64 -x --help", "", "base64: invalid option -- 'x'\nTry 'base64 --help' for more information.\n", 1],
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
  ["cut --help", "Usage: cut OPTION... [FILE]...\nPrint selected parts of lines from each FILE to standard output.\n\nWith no FILE, or when FILE is -, read standard input.\n\nMandatory arguments to long options are mandatory for short options too.\n  -b, --bytes=LIST        select only these bytes\n  -c, --characters=LIST   select only these characters\n  -d, --delimiter=DELIM   use DELIM instead of TAB for field delimiter\n  -f, --fields=LIST       select only these fields;  also print any line\n                            that contains no delimiter character, unless\n                            the -s option is specified\n  -n                      (ignored)\n      --complement        complement the set of selected bytes, characters\n                            or fields\n  -s, --only-delimited    do not print lines not containing delimiters\n      --output-delimiter=STRING  use STRING as the output delimiter\n                            the default is to use the input delimiter\n  -z, --zero-terminated    line delimiter is NUL, not newline\n      --help        display this help and exit\n      --version     output version information and exit\n\nUse one, and only one of -b, -c or -f.  Each LIST is made up of one\nrange, or many ranges separated by commas.  Selected input is written\nin the same order that it is read, and is written exactly once.\nEach range is one of:\n\n  N     N'th byte, character or field, counted from 1\n  N-    from N'th byte, character or field, to end of line\n  N-M   from N'th to M'th (included) byte, character or field\n  -M    from first to M'th (included) byte, character or field\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/cut>\nor available locally via: info '(coreutils) cut invocation'\n", "", 0],
  ["cut --c 1 f.txt", "", "cut: option '--c' is ambiguous; possibilities: '--characters' '--complement'\nTry 'cut --help' for more information.\n", 1],
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
  ["sort --help", "Usage: sort [OPTION]... [FILE]...\n  or:  sort [OPTION]... --files0-from=F\nWrite sorted concatenation of all FILE(s) to standard output.\n\nWith no FILE, or when FILE is -, read standard input.\n\nMandatory arguments to long options are mandatory for short options too.\nOrdering options:\n\n  -b, --ignore-leading-blanks  ignore leading blanks\n  -d, --dictionary-order      consider only blanks and alphanumeric characters\n  -f, --ignore-case           fold lower case to upper case characters\n  -g, --general-numeric-sort  compare according to general numerical value\n  -i, --ignore-nonprinting    consider only printable characters\n  -M, --month-sort            compare (unknown) < 'JAN' < ... < 'DEC'\n  -h, --human-numeric-sort    compare human readable numbers (e.g., 2K 1G)\n  -n, --numeric-sort          compare according to string numerical value\n  -R, --random-sort           shuffle, but group identical keys.  See shuf(1)\n      --random-source=FILE    get random bytes from FILE\n  -r, --reverse               reverse the result of comparisons\n      --sort=WORD             sort according to WORD:\n                                general-numeric -g, human-numeric -h, month -M,\n                                numeric -n, random -R, version -V\n  -V, --version-sort          natural sort of (version) numbers within text\n\nOther options:\n\n      --batch-size=NMERGE   merge at most NMERGE inputs at once;\n                            for more use temp files\n  -c, --check, --check=diagnose-first  check for sorted input; do not sort\n  -C, --check=quiet, --check=silent  like -c, but do not report first bad line\n      --compress-program=PROG  compress temporaries with PROG;\n                              decompress them with PROG -d\n      --debug               annotate the part of the line used to sort,\n                              and warn about questionable usage to stderr\n      --files0-from=F       read input from the files specified by\n                            NUL-terminated names in file F;\n                            If F is - then read names from standard input\n  -k, --key=KEYDEF          sort via a key; KEYDEF gives location and type\n  -m, --merge               merge already sorted files; do not sort\n  -o, --output=FILE         write result to FILE instead of standard output\n  -s, --stable              stabilize sort by disabling last-resort comparison\n  -S, --buffer-size=SIZE    use SIZE for main memory buffer\n  -t, --field-separator=SEP  use SEP instead of non-blank to blank transition\n  -T, --temporary-directory=DIR  use DIR for temporaries, not $TMPDIR or /tmp;\n                              multiple options specify multiple directories\n      --parallel=N          change the number of sorts run concurrently to N\n  -u, --unique              with -c, check for strict ordering;\n                              without -c, output only the first of an equal run\n  -z, --zero-terminated     line delimiter is NUL, not newline\n      --help        display this help and exit\n      --version     output version information and exit\n\nKEYDEF is F[.C][OPTS][,F[.C][OPTS]] for start and stop position, where F is a\nfield number and C a character position in the field; both are origin 1, and\nthe stop position defaults to the line's end.  If neither -t nor -b is in\neffect, characters in a field are counted from the beginning of the preceding\nwhitespace.  OPTS is one or more single-letter ordering options [bdfgiMhnRrV],\nwhich override global ordering options for that key.  If no key is given, use\nthe entire line as the key.  Use --debug to diagnose incorrect key usage.\n\nSIZE may be followed by the following multiplicative suffixes:\n% 1% of memory, b 1, K 1024 (default), and so on for M, G, T, P, E, Z, Y.\n\n*** WARNING ***\nThe locale specified by the environment affects sort order.\nSet LC_ALL=C to get the traditional sort order that uses\nnative byte values.\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/sort>\nor available locally via: info '(coreutils) sort invocation'\n", "", 0],
  ["sort --version", "sort (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Mike Haertel and Paul Eggert.\n", "", 0],
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
  ["uniq --help", "Usage: uniq [OPTION]... [INPUT [OUTPUT]]\nFilter adjacent matching lines from INPUT (or standard input),\nwriting to OUTPUT (or standard output).\n\nWith no options, matching lines are merged to the first occurrence.\n\nMandatory arguments to long options are mandatory for short options too.\n  -c, --count           prefix lines by the number of occurrences\n  -d, --repeated        only print duplicate lines, one for each group\n  -D                    print all duplicate lines\n      --all-repeated[=METHOD]  like -D, but allow separating groups\n                                 with an empty line;\n                                 METHOD={none(default),prepend,separate}\n  -f, --skip-fields=N   avoid comparing the first N fields\n      --group[=METHOD]  show all items, separating groups with an empty line;\n                          METHOD={separate(default),prepend,append,both}\n  -i, --ignore-case     ignore differences in case when comparing\n  -s, --skip-chars=N    avoid comparing the first N characters\n  -u, --unique          only print unique lines\n  -z, --zero-terminated     line delimiter is NUL, not newline\n  -w, --check-chars=N   compare no more than N characters in lines\n      --help        display this help and exit\n      --version     output version information and exit\n\nA field is a run of blanks (usually spaces and/or TABs), then non-blank\ncharacters.  Fields are skipped before chars.\n\nNote: 'uniq' does not detect repeated lines unless they are adjacent.\nYou may want to sort the input first, or use 'sort -u' without 'uniq'.\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/uniq>\nor available locally via: info '(coreutils) uniq invocation'\n", "", 0],
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
  ["tr --help", "Usage: tr [OPTION]... STRING1 [STRING2]\nTranslate, squeeze, and/or delete characters from standard input,\nwriting to standard output.  STRING1 and STRING2 specify arrays of\ncharacters ARRAY1 and ARRAY2 that control the action.\n\n  -c, -C, --complement    use the complement of ARRAY1\n  -d, --delete            delete characters in ARRAY1, do not translate\n  -s, --squeeze-repeats   replace each sequence of a repeated character\n                            that is listed in the last specified ARRAY,\n                            with a single occurrence of that character\n  -t, --truncate-set1     first truncate ARRAY1 to length of ARRAY2\n      --help        display this help and exit\n      --version     output version information and exit\n\nARRAYs are specified as strings of characters.  Most represent themselves.\nInterpreted sequences are:\n\n  \\NNN            character with octal value NNN (1 to 3 octal digits)\n  \\\\              backslash\n  \\a              audible BEL\n  \\b              backspace\n  \\f              form feed\n  \\n              new line\n  \\r              return\n  \\t              horizontal tab\n  \\v              vertical tab\n  CHAR1-CHAR2     all characters from CHAR1 to CHAR2 in ascending order\n  [CHAR*]         in ARRAY2, copies of CHAR until length of ARRAY1\n  [CHAR*REPEAT]   REPEAT copies of CHAR, REPEAT octal if starting with 0\n  [:alnum:]       all letters and digits\n  [:alpha:]       all letters\n  [:blank:]       all horizontal whitespace\n  [:cntrl:]       all control characters\n  [:digit:]       all digits\n  [:graph:]       all printable characters, not including space\n  [:lower:]       all lower case letters\n  [:print:]       all printable characters, including space\n  [:punct:]       all punctuation characters\n  [:space:]       all horizontal or vertical whitespace\n  [:upper:]       all upper case letters\n  [:xdigit:]      all hexadecimal digits\n  [=CHAR=]        all characters which are equivalent to CHAR\n\nTranslation occurs if -d is not given and both STRING1 and STRING2 appear.\n-t may be used only when translating.  ARRAY2 is extended to length of\nARRAY1 by repeating its last character as necessary.  Excess characters\nof ARRAY2 are ignored.  Character classes expand in unspecified order;\nwhile translating, [:lower:] and [:upper:] may be used in pairs to\nspecify case conversion.  Squeezing occurs after translation or deletion.\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/tr>\nor available locally via: info '(coreutils) tr invocation'\n", "", 0],
  ["tr --del a", "", "", 0],
];

const teeCases: Case[] = [
  ["echo hi | tee t1 t2; cat t1 t2", "hi\nhi\nhi\n", "", 0],
  ["echo hi > t1; echo more | tee -a t1 > /dev/null; cat t1", "hi\nmore\n", "", 0],
  ["echo x | tee /nonexist/f", "x\n", "tee: /nonexist/f: No such file or directory\n", 1],
  ["echo x | tee -x", "", "tee: invalid option -- 'x'\nTry 'tee --help' for more information.\n", 1],
  ["echo hi | tee", "hi\n", "", 0],
  ["tee --help", "Usage: tee [OPTION]... [FILE]...\nCopy standard input to each FILE, and also to standard output.\n\n  -a, --append              append to the given FILEs, do not overwrite\n  -i, --ignore-interrupts   ignore interrupt signals\n  -p                        diagnose errors writing to non pipes\n      --output-error[=MODE]   set behavior on write error.  See MODE below\n      --help        display this help and exit\n      --version     output version information and exit\n\nMODE determines behavior with write errors on the outputs:\n  warn           diagnose errors writing to any output\n  warn-nopipe    diagnose errors writing to any output not a pipe\n  exit           exit on error writing to any output\n  exit-nopipe    exit on error writing to any output not a pipe\nThe default MODE for the -p option is 'warn-nopipe'.\nThe default operation when --output-error is not specified, is to\nexit immediately on error writing to a pipe, and diagnose errors\nwriting to non pipe outputs.\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/tee>\nor available locally via: info '(coreutils) tee invocation'\n", "", 0],
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
  ["xargs --help", "Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\nRun COMMAND with arguments INITIAL-ARGS and more arguments read from input.\n\nMandatory and optional arguments to long options are also\nmandatory or optional for the corresponding short option.\n  -0, --null                   items are separated by a null, not whitespace;\n                                 disables quote and backslash processing and\n                                 logical EOF processing\n  -a, --arg-file=FILE          read arguments from FILE, not standard input\n  -d, --delimiter=CHARACTER    items in input stream are separated by CHARACTER,\n                                 not by whitespace; disables quote and backslash\n                                 processing and logical EOF processing\n  -E END                       set logical EOF string; if END occurs as a line\n                                 of input, the rest of the input is ignored\n                                 (ignored if -0 or -d was specified)\n  -e, --eof[=END]              equivalent to -E END if END is specified;\n                                 otherwise, there is no end-of-file string\n  -I R                         same as --replace=R\n  -i, --replace[=R]            replace R in INITIAL-ARGS with names read\n                                 from standard input, split at newlines;\n                                 if R is unspecified, assume {}\n  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per\n                                 command line\n  -l[MAX-LINES]                similar to -L but defaults to at most one non-\n                                 blank input line if MAX-LINES is not specified\n  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line\n  -o, --open-tty               Reopen stdin as /dev/tty in the child process\n                                 before executing the command; useful to run an\n                                 interactive application.\n  -P, --max-procs=MAX-PROCS    run at most MAX-PROCS processes at a time\n  -p, --interactive            prompt before running commands\n      --process-slot-var=VAR   set environment variable VAR in child processes\n  -r, --no-run-if-empty        if there are no arguments, then do not run COMMAND;\n                                 if this option is not given, COMMAND will be\n                                 run at least once\n  -s, --max-chars=MAX-CHARS    limit length of command line to MAX-CHARS\n      --show-limits            show limits on command-line length\n  -t, --verbose                print commands before executing them\n  -x, --exit                   exit if the size (see -s) is exceeded\n      --help                   display this help and exit\n      --version                output version information and exit\n\nPlease see also the documentation at https://www.gnu.org/software/findutils/.\nYou can report (and track progress on fixing) bugs in the \"xargs\"\nprogram via the GNU findutils bug-reporting page at\nhttps://savannah.gnu.org/bugs/?group=findutils or, if\nyou have no web access, by sending email to <bug-findutils@gnu.org>.\n", "", 0],
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
