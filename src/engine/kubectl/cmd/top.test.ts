import { describe, expect, it } from 'vitest';
import { resources } from '../../api/resources.js';
import { createCluster } from '../../cluster/index.js';
import { execLines } from '../../cluster/transcript.js';

const run = (script: string) => execLines(createCluster({ seed: 1 }), script + '\n');

// Texts from the real kubectl v1.32: argument and selector checks come first, then discovery
// finds no metrics.k8s.io group, as on a kubeadm cluster without Metrics Server.
describe('kubectl top', () => {
  it('says the Metrics API is not available once the request is well formed', () => {
    expect(resources.some((r) => r.group === 'metrics.k8s.io')).toBe(false);
    for (const line of ['kubectl top nodes', 'kubectl top node node01 --show-capacity', 'kubectl top pod -A --containers --sum', 'kubectl top po web --sort-by=memory']) {
      expect(run(line), line).toBe('error: Metrics API not available\n');
    }
  });

  it('checks its arguments, --sort-by and the selectors first', () => {
    expect(run('kubectl top node a b')).toBe("error: node [NAME | -l label]\nSee 'kubectl top node -h' for help and examples\n");
    expect(run('kubectl top pod a b')).toBe("error: pod [NAME | -l label]\nSee 'kubectl top pod -h' for help and examples\n");
    expect(run('kubectl top pod --sort-by=name')).toBe('error: --sort-by accepts only cpu or memory\n');
    expect(run('kubectl top po web -l app=web')).toBe('error: only one of NAME or selector can be provided\n');
    expect(run("kubectl top node -l 'a b'")).toBe("error: unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt\n");
    expect(run('kubectl top pod --foo')).toBe("error: unknown flag: --foo\nSee 'kubectl top pod --help' for usage.\n");
  });
});
