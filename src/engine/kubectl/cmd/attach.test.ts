// kubectl run -i/-it/--rm and kubectl attach against the lab cluster: flag checks
// byte for byte as kubectl v1.32 prints them (run without a cluster), sessions and
// their ending texts as run.go and attach.go (v1.32) write them.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../cluster/index.js';
import { execLines, runTranscript } from '../../cluster/transcript.js';

const usage = (cmd: string, msg: string) => `error: ${msg}\nSee 'kubectl ${cmd} -h' for help and examples\n`;

describe('kubectl run / attach flag checks', () => {
  const c = createCluster({ seed: 1, warmupMs: 0 });
  it.each([
    ['kubectl run x --image=busybox --rm', usage('run', '--rm should only be used for attached containers')],
    ['kubectl run x --image=busybox --rm -i --attach=false', usage('run', '--rm should only be used for attached containers')],
    ['kubectl run x --image=busybox -t', usage('run', '-i/--stdin is required for containers with -t/--tty=true')],
    ['kubectl run x --image=busybox -t --rm', usage('run', '-i/--stdin is required for containers with -t/--tty=true')],
    ['kubectl run x --image=busybox -it --dry-run=client', usage('run', "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")],
    ['kubectl run x --image=busybox --attach --dry-run=client', usage('run', "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")],
    ['kubectl run x --image=busybox -it --rm --restart=Bad', usage('run', 'invalid restart policy: Bad')],
    ['kubectl run x --image=busybox --attach --rm --image-pull-policy=Foo', usage('run', 'invalid image pull policy: Foo')],
    ['kubectl run -it --image=busybox', usage('run', 'NAME is required for run')],
    ['kubectl attach', 'error: at least 1 argument is required for attach\n'],
    ['kubectl attach a b c', 'error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw 3: [a b c]\n'],
    ['kubectl attach x --pod-running-timeout=0', usage('attach', '--pod-running-timeout must be higher than zero')],
    ['kubectl attach x --pod-running-timeout=abc', `error: invalid argument "abc" for "--pod-running-timeout" flag: time: invalid duration "abc"\nSee 'kubectl attach --help' for usage.\n`],
    ['kubectl attach x -it', 'Error from server (NotFound): pods "x" not found\n'],
  ])('%s', (line, want) => {
    expect(execLines(c, line)).toBe(want);
  });
  it('creates nothing when a check fails', () => {
    expect(execLines(c, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
  });
});

describe('kubectl run -it', () => {
  it('attaches to the shell and, with --rm, deletes the Pod after the reattach hint (restartPolicy Always)', () => {
    const c = createCluster({ seed: 1 });
    const out = runTranscript(c, ['kubectl run box -it --image=busybox --rm -- sh', 'hostname', 'exit', 'echo "rc=$?"'].join('\n'));
    expect(out).toBe(
      [
        'controlplane:~$ kubectl run box -it --image=busybox --rm -- sh',
        "If you don't see a command prompt, try pressing enter.",
        '/ # hostname',
        'box',
        '/ # exit',
        "Session ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running",
        'pod "box" deleted',
        'controlplane:~$ echo "rc=$?"',
        'rc=0',
        '',
      ].join('\n'),
    );
  });

  it('creates the Pod with stdin, stdinOnce and tty; --restart=Never returns the shell\'s exit code', () => {
    const c = createCluster({ seed: 1 });
    const out = runTranscript(
      c,
      [
        'kubectl run sh1 -it --image=busybox --restart=Never',
        'exit 3',
        'echo "rc=$?"',
        "kubectl get pod sh1 -o jsonpath='{.spec.containers[0].stdin} {.spec.containers[0].stdinOnce} {.spec.containers[0].tty} {.spec.restartPolicy}'; echo",
        'kubectl attach sh1 -it',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        'controlplane:~$ kubectl run sh1 -it --image=busybox --restart=Never',
        "If you don't see a command prompt, try pressing enter.",
        '/ # exit 3',
        'pod default/sh1 terminated (Error)',
        'controlplane:~$ echo "rc=$?"',
        'rc=3',
        "controlplane:~$ kubectl get pod sh1 -o jsonpath='{.spec.containers[0].stdin} {.spec.containers[0].stdinOnce} {.spec.containers[0].tty} {.spec.restartPolicy}'; echo",
        'true true true Never',
        'controlplane:~$ kubectl attach sh1 -it',
        'error: cannot attach a container in a completed pod; current phase is Failed',
        '',
      ].join('\n'),
    );
  });

  it('prints the log of a Pod that finished before kubectl could attach, then deletes it', () => {
    const c = createCluster({ seed: 1 });
    expect(execLines(c, 'kubectl run once -i --image=busybox --restart=Never --rm -- echo hello')).toBe('hello\npod "once" deleted\n');
    expect(execLines(c, "kubectl run fail -i --image=busybox --restart=Never -- sh -c 'echo bye; exit 4'; echo rc=$?")).toBe('bye\npod default/fail terminated (Error)\nrc=4\n');
  });
});

describe('kubectl run -it for a Pod that never runs', () => {
  it('gives up after --pod-running-timeout, deleting it first with --rm', () => {
    const c = createCluster({ seed: 1 });
    expect(execLines(c, 'kubectl run bad -it --image=nginx:1.99 --rm --pod-running-timeout=5s; echo rc=$?')).toBe(
      'pod "bad" deleted\nerror: timed out waiting for the condition\nrc=1\n',
    );
  });
});

describe('kubectl run -i with input piped in', () => {
  it('feeds it to the shell as its script; the shell ends with the input', () => {
    const c = createCluster({ seed: 1 });
    expect(execLines(c, "printf 'echo hi\\nhostname\\nexit 5\\n' | kubectl run p1 -i --rm --image=busybox --restart=Never -- sh; echo rc=$?")).toBe(
      'If you don\'t see a command prompt, try pressing enter.\nhi\np1\npod "p1" deleted\npod default/p1 terminated (Error)\nrc=5\n',
    );
    expect(execLines(c, "echo 'echo hi' | kubectl run p3 -it --rm --image=busybox --restart=Never")).toBe(
      'Unable to use a TTY - input is not a terminal or the right kind of file\nIf you don\'t see a command prompt, try pressing enter.\nhi\npod "p3" deleted\n',
    );
  });
});

describe('kubectl run -i from the terminal, without a TTY', () => {
  it('sends each typed line to the container\'s shell, which answers without a prompt; --restart=Never returns its status', () => {
    const c = createCluster({ seed: 1 });
    const out = runTranscript(c, ['kubectl run box -i --image=busybox --rm --restart=Never -- sh', 'echo hi', 'hostname', 'exit 4', 'echo "rc=$?"', 'kubectl get pods'].join('\n'));
    expect(out).toBe(
      [
        'controlplane:~$ kubectl run box -i --image=busybox --rm --restart=Never -- sh',
        "If you don't see a command prompt, try pressing enter.",
        'echo hi',
        'hi',
        'hostname',
        'box',
        'exit 4',
        'pod "box" deleted',
        'pod default/box terminated (Error)',
        'controlplane:~$ echo "rc=$?"',
        'rc=4',
        'controlplane:~$ kubectl get pods',
        'No resources found in default namespace.',
        '',
      ].join('\n'),
    );
  });

  it('Ctrl-C ends kubectl (130) and leaves the Pod, --rm or not; attach -i joins its shell again', () => {
    const c = createCluster({ seed: 1 });
    const out = runTranscript(c, ['kubectl run b3 -i --rm --image=busybox -- sh', 'sleep 3600', 'echo "rc=$?"', 'kubectl get pod b3 -o name', 'kubectl attach b3 -i', 'echo again', 'exit'].join('\n'), { maxCommandMs: 5000 });
    expect(out).toBe(
      [
        'controlplane:~$ kubectl run b3 -i --rm --image=busybox -- sh',
        "If you don't see a command prompt, try pressing enter.",
        'sleep 3600',
        '^C',
        'controlplane:~$ echo "rc=$?"',
        'rc=130',
        'controlplane:~$ kubectl get pod b3 -o name',
        'pod/b3',
        'controlplane:~$ kubectl attach b3 -i',
        "If you don't see a command prompt, try pressing enter.",
        'echo again',
        'again',
        'exit',
        '',
      ].join('\n'),
    );
  });
});

describe('kubectl attach', () => {
  it('rejoins a restarted shell; names unknown containers and containers without a TTY', () => {
    const c = createCluster({ seed: 1 });
    runTranscript(c, ['kubectl run keep -it --image=busybox', 'exit', 'kubectl run web --image=nginx', 'sleep 15'].join('\n'));
    expect(execLines(c, 'kubectl attach keep -it -c nope')).toBe('error: cannot attach to the container: container nope not found in pod keep\n');
    expect(runTranscript(c, ['kubectl attach keep -it', 'echo back', 'exit'].join('\n'))).toBe(
      [
        'controlplane:~$ kubectl attach keep -it',
        "If you don't see a command prompt, try pressing enter.",
        '/ # echo back',
        'back',
        '/ # exit',
        "Session ended, resume using 'kubectl attach keep -c keep -i -t' command when the pod is running",
        '',
      ].join('\n'),
    );
    // No TTY in the container: kubectl says so and streams its output until Ctrl-C.
    expect(runTranscript(c, 'kubectl attach web -it', { maxCommandMs: 5000 })).toBe(
      [
        'controlplane:~$ kubectl attach web -it',
        'error: Unable to use a TTY - container web did not allocate one',
        "If you don't see a command prompt, try pressing enter.",
        '^C',
        '',
      ].join('\n'),
    );
  });
});
