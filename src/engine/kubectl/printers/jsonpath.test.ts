// Golden outputs captured from kubectl v1.32.4:
// `kubectl patch --local -f obj.json --type merge -p {} -o jsonpath=TEMPLATE` (the tests never run kubectl).
import { describe, expect, it } from "vitest";
import { executeJsonPath, parseJsonPath } from "./jsonpath.js";

const data = {"apiVersion":"v1","kind":"Pod","metadata":{"name":"nginx","labels":{"app":"web","z":"<&>"}},"spec":{"containers":[{"name":"a","image":"nginx:1.25","ports":[{"containerPort":80}]},{"name":"b","image":"busybox"}],"replicas":3,"f":1.5,"big":1500000,"n":null,"t":true,"items":[{"name":"a","n":1},{"name":"b"},{"name":"c","n":3}]}};

/** [template, stdout or null, stderr or null] */
const cases: [string, string | null, string | null][] = [
 [
  "{.metadata.name}",
  "nginx",
  null
 ],
 [
  "{.metadata.labels}",
  "{\"app\":\"web\",\"z\":\"\\u003c\\u0026\\u003e\"}",
  null
 ],
 [
  "{.spec.containers[*].name}",
  "a b",
  null
 ],
 [
  "{.spec.containers}",
  "[{\"image\":\"nginx:1.25\",\"name\":\"a\",\"ports\":[{\"containerPort\":80}]},{\"image\":\"busybox\",\"name\":\"b\"}]",
  null
 ],
 [
  "{.spec.replicas} {.spec.f} {.spec.big} {.spec.n} {.spec.t}",
  "3 1.5 1500000 null true",
  null
 ],
 [
  "{.nope}",
  "",
  null
 ],
 [
  "{.metadata.nope.x}",
  "",
  null
 ],
 [
  "{.spec.containers[5]}",
  null,
  "error: error executing jsonpath \"{.spec.containers[5]}\": Error executing template: array index out of bounds: index 5, length 2. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.containers[5]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.foo",
  null,
  "error: error parsing jsonpath {.foo, unclosed action\n"
 ],
 [
  "{.spec.containers[?(@.name==\"b\")].image}",
  "busybox",
  null
 ],
 [
  "{range .spec.containers[*]}{.name}{\"\\t\"}{.image}{\"\\n\"}{end}",
  "a\tnginx:1.25\nb\tbusybox\n",
  null
 ],
 [
  "{.spec.replicas.x}",
  "",
  null
 ],
 [
  "{end}",
  null,
  "error: error executing jsonpath \"{end}\": Error executing template: not in range, nothing to end. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{end}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.spec.containers[0].ports[0].containerPort}",
  "80",
  null
 ],
 [
  "{$}",
  "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"labels\":{\"app\":\"web\",\"z\":\"\\u003c\\u0026\\u003e\"},\"name\":\"nginx\"},\"spec\":{\"big\":1500000,\"containers\":[{\"image\":\"nginx:1.25\",\"name\":\"a\",\"ports\":[{\"containerPort\":80}]},{\"image\":\"busybox\",\"name\":\"b\"}],\"f\":1.5,\"items\":[{\"n\":1,\"name\":\"a\"},{\"name\":\"b\"},{\"n\":3,\"name\":\"c\"}],\"n\":null,\"replicas\":3,\"t\":true}}",
  null
 ],
 [
  "{@}",
  "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"labels\":{\"app\":\"web\",\"z\":\"\\u003c\\u0026\\u003e\"},\"name\":\"nginx\"},\"spec\":{\"big\":1500000,\"containers\":[{\"image\":\"nginx:1.25\",\"name\":\"a\",\"ports\":[{\"containerPort\":80}]},{\"image\":\"busybox\",\"name\":\"b\"}],\"f\":1.5,\"items\":[{\"n\":1,\"name\":\"a\"},{\"name\":\"b\"},{\"n\":3,\"name\":\"c\"}],\"n\":null,\"replicas\":3,\"t\":true}}",
  null
 ],
 [
  "{.spec.containers[-1:].name}",
  "b",
  null
 ],
 [
  "{.spec.containers[?(@.name=='a')].ports[*]}",
  "{\"containerPort\":80}",
  null
 ],
 [
  "{.spec.containers[0:1]}",
  "{\"image\":\"nginx:1.25\",\"name\":\"a\",\"ports\":[{\"containerPort\":80}]}",
  null
 ],
 [
  "{.spec.containers[x]}",
  null,
  "error: error parsing jsonpath {.spec.containers[x]}, invalid array index x\n"
 ],
 [
  "{.metadata.labels.z}",
  "<&>",
  null
 ],
 [
  "{range .spec.containers[*]}",
  "",
  null
 ],
 [
  "{.spec.containers[?(@.image>\"a\")].name}",
  "a b",
  null
 ],
 [
  "{.spec.replicas[0]}",
  null,
  "error: error executing jsonpath \"{.spec.replicas[0]}\": Error executing template: int64 is not array or slice. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.replicas[0]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.spec.items[?(@.n==1)].name}",
  "a",
  null
 ],
 [
  "{.spec.items[?(@.n)].name}",
  "a c",
  null
 ],
 [
  "{.spec.items[?(@.n>\"1\")].name}",
  null,
  "error: error executing jsonpath \"{.spec.items[?(@.n>\\\"1\\\")].name}\": Error executing template: incompatible types for comparison. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.items[?(@.n>\"1\")].name}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.spec.items[?(@.name<\"b\")].name}",
  "a",
  null
 ],
 [
  "{range .spec.items[?(@.name==\"zz\")]}{.name}{end}after",
  "after",
  null
 ],
 [
  "{.spec.items[*].n}",
  "1 3",
  null
 ],
 [
  "{.spec.items[1:]}",
  "{\"name\":\"b\"} {\"n\":3,\"name\":\"c\"}",
  null
 ],
 [
  "{.spec.items[0,2].name}",
  "a c",
  null
 ],
 [
  "{.spec.items[?(@.name!='a')].name}",
  "b c",
  null
 ],
 [
  "{.spec.items[?(@.n>=3)].name}",
  "c",
  null
 ],
 [
  "{.metadata[\"name\"]}",
  null,
  "error: error parsing jsonpath {.metadata[\"name\"]}, invalid array index \"name\"\n"
 ],
 [
  "{.metadata['name']}",
  "nginx",
  null
 ],
 [
  "{.spec.items[-4]}",
  null,
  "error: error executing jsonpath \"{.spec.items[-4]}\": Error executing template: array index out of bounds: index -1, length 3. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.items[-4]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.spec.items[:-1].name}",
  "a b",
  null
 ],
 [
  "x{.kind}y{.metadata.name}",
  "xPodynginx",
  null
 ],
 [
  "{.spec.items[?(@.name==b)]}",
  null,
  "error: error executing jsonpath \"{.spec.items[?(@.name==b)]}\": Error executing template: unrecognized identifier b. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.items[?(@.name==b)]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{\"a\\tb\"}",
  "a\tb",
  null
 ],
 [
  "{.spec.items[1][0]}",
  null,
  "error: error executing jsonpath \"{.spec.items[1][0]}\": Error executing template: map[string]interface {} is not array or slice. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.items[1][0]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.spec.items[?(@.n==1.0)].name}",
  null,
  "error: error executing jsonpath \"{.spec.items[?(@.n==1.0)].name}\": Error executing template: incompatible types for comparison. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.spec.items[?(@.n==1.0)].name}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{..name}",
  "nginx a b a b c",
  null
 ],
 [
  "{range .spec.items[*]}[{.name}]{end}",
  "[a][b][c]",
  null
 ],
 [
  "{range .spec.containers[*]}{.name}:{range .ports[*]}{.containerPort},{end};{end}!",
  "a:80,;b:;!",
  null
 ],
 [
  "{.metadata.*}",
  "nginx {\"app\":\"web\",\"z\":\"\\u003c\\u0026\\u003e\"}",
  null
 ],
 [
  "plain text",
  "plain text",
  null
 ],
 [
  "{}",
  "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"labels\":{\"app\":\"web\",\"z\":\"\\u003c\\u0026\\u003e\"},\"name\":\"nginx\"},\"spec\":{\"big\":1500000,\"containers\":[{\"image\":\"nginx:1.25\",\"name\":\"a\",\"ports\":[{\"containerPort\":80}]},{\"image\":\"busybox\",\"name\":\"b\"}],\"f\":1.5,\"items\":[{\"n\":1,\"name\":\"a\"},{\"name\":\"b\"},{\"n\":3,\"name\":\"c\"}],\"n\":null,\"replicas\":3,\"t\":true}}",
  null
 ],
 [
  "{.spec.containers[*][\"name\",\"image\"]}",
  null,
  "error: error parsing jsonpath {.spec.containers[*][\"name\",\"image\"]}, invalid array index \"name\"\n"
 ],
 [
  "{.spec.containers[*]['name','image']}",
  "a b nginx:1.25 busybox",
  null
 ],
 [
  "{.spec.containers[*].ports[*].containerPort}",
  "80",
  null
 ],
 [
  "{..containerPort}",
  "80",
  null
 ],
 [
  "{.spec.containers[?(@.ports)].name}",
  "a",
  null
 ],
 [
  "{.spec.containers[0].name}{\"\\n\"}",
  "a\n",
  null
 ],
 [
  "{.spec.items[1:2:3]}",
  "{\"name\":\"b\"}",
  null
 ],
 [
  "{ .metadata.name }",
  "nginx",
  null
 ],
 [
  "{.metadata.name}}",
  "nginx}",
  null
 ],
 [
  "{{.metadata.name}}",
  null,
  "error: error parsing jsonpath {{.metadata.name}}, unrecognized character in action: U+007B '{'\n"
 ],
 [
  "{.spec.items[0].n == 1}",
  null,
  "error: error parsing jsonpath {.spec.items[0].n == 1}, unrecognized character in action: U+003D '='\n"
 ],
 [
  "{#}",
  null,
  "error: error parsing jsonpath {#}, unrecognized character in action: U+0023 '#'\n"
 ],
 [
  "{.spec.containers[?(@.name==\"a\"]}",
  null,
  "error: error parsing jsonpath {.spec.containers[?(@.name==\"a\"]}, unterminated filter\n"
 ],
 [
  "{[0]}",
  null,
  "error: error executing jsonpath \"{[0]}\": Error executing template: map[string]interface {} is not array or slice. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{[0]}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n"
 ],
 [
  "{.metadata.labels.app}{.metadata.labels.missing}",
  "web",
  null
 ]
];

const strictMissing = "error: error executing jsonpath \"{.nope}\": Error executing template: nope is not found. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.nope}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"kind\":\"Pod\", \"metadata\":map[string]interface {}{\"labels\":map[string]interface {}{\"app\":\"web\", \"z\":\"<&>\"}, \"name\":\"nginx\"}, \"spec\":map[string]interface {}{\"big\":1500000, \"containers\":[]interface {}{map[string]interface {}{\"image\":\"nginx:1.25\", \"name\":\"a\", \"ports\":[]interface {}{map[string]interface {}{\"containerPort\":80}}}, map[string]interface {}{\"image\":\"busybox\", \"name\":\"b\"}}, \"f\":1.5, \"items\":[]interface {}{map[string]interface {}{\"n\":1, \"name\":\"a\"}, map[string]interface {}{\"name\":\"b\"}, map[string]interface {}{\"n\":3, \"name\":\"c\"}}, \"n\":interface {}(nil), \"replicas\":3, \"t\":true}}\n\n\n";

function run(template: string, opts = {}): { out: string | null; err: string | null } {
  try {
    return { out: executeJsonPath(template, data, opts), err: null };
  } catch (e) {
    const m = (e as Error).message;
    return { out: null, err: 'error: ' + m + (m.endsWith('\n') ? '' : '\n') };
  }
}

describe('executeJsonPath (golden)', () => {
  // `..` and map wildcards follow Go's random map order upstream; the two such cases
  // below were captured with a deterministic-looking order and are compared as sets.
  const unordered = new Set(['{..name}', '{.metadata.*}']);
  it.each(cases)('%s', (template, out, err) => {
    const got = run(template);
    if (unordered.has(template)) {
      expect(got.out?.split(' ').sort()).toEqual(out?.split(' ').sort());
      return;
    }
    expect(got).toEqual({ out, err });
  });

  it('reports a missing key with --allow-missing-template-keys=false', () => {
    expect(run('{.nope}', { allowMissingKeys: false }).err).toBe(strictMissing);
  });
});

describe('parseJsonPath', () => {
  it('parses text, fields, arrays and filters', () => {
    expect(parseJsonPath('a{.b[0]}').nodes).toEqual([
      { type: 'text', text: 'a' },
      { type: 'list', nodes: [{ type: 'field', name: 'b' }, { type: 'array', params: [{ known: true, value: 0 }, { known: true, value: 1 }, { known: false, value: 0 }] }] },
    ]);
  });
  it('rejects an unclosed action', () => {
    expect(() => parseJsonPath('{.a')).toThrow('unclosed action');
  });
  it('rejects double recursive descent', () => {
    expect(() => parseJsonPath('{....a}')).toThrow('invalid multiple recursive descent');
  });
});
