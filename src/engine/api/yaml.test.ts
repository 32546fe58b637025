// Golden outputs captured from kubectl v1.32.4 (`kubectl patch --local --type merge -p {} -o yaml|json`
// and `kubectl create|annotate --local -f x.yaml`); the tests never run kubectl.
import { describe, expect, it } from "vitest";
import { manifestDecodeError, manifestValidationError, ManifestError, toJSON, toYAML } from "./yaml.js";
import { parseManifests } from "./yaml/manifests.js";

const obj = (v: unknown) => ({ apiVersion: "example.com/v1", kind: "Foo", metadata: { name: "x" }, v });

/** value → [kubectl -o yaml, kubectl -o json] */
const emitted: [unknown, string, string][] = [
 [
  "true",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"true\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"true\"\n}\n"
 ],
 [
  "false",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"false\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"false\"\n}\n"
 ],
 [
  "1",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1\"\n}\n"
 ],
 [
  "0755",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"0755\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0755\"\n}\n"
 ],
 [
  "",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\"\n}\n"
 ],
 [
  "null",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"null\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"null\"\n}\n"
 ],
 [
  "~",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"~\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"~\"\n}\n"
 ],
 [
  "y",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"y\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"y\"\n}\n"
 ],
 [
  "Y",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"Y\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"Y\"\n}\n"
 ],
 [
  "yes",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"yes\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"yes\"\n}\n"
 ],
 [
  "no",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"no\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"no\"\n}\n"
 ],
 [
  "on",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"on\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"on\"\n}\n"
 ],
 [
  "off",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"off\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"off\"\n}\n"
 ],
 [
  "n",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"n\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"n\"\n}\n"
 ],
 [
  "NO",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"NO\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"NO\"\n}\n"
 ],
 [
  "True",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"True\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"True\"\n}\n"
 ],
 [
  "TRUE",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"TRUE\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"TRUE\"\n}\n"
 ],
 [
  "a: b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'a: b'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a: b\"\n}\n"
 ],
 [
  "a:b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: a:b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a:b\"\n}\n"
 ],
 [
  "multi\nline",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |-\n  multi\n  line\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"multi\\nline\"\n}\n"
 ],
 [
  "multi\nline\n",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |\n  multi\n  line\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"multi\\nline\\n\"\n}\n"
 ],
 [
  "multi\nline\n\n",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |+\n  multi\n  line\n\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"multi\\nline\\n\\n\"\n}\n"
 ],
 [
  " leading",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: ' leading'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \" leading\"\n}\n"
 ],
 [
  "trailing ",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'trailing '\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"trailing \"\n}\n"
 ],
 [
  "  two\nlines",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |2-\n    two\n  lines\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"  two\\nlines\"\n}\n"
 ],
 [
  " \nx",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \" \\nx\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \" \\nx\"\n}\n"
 ],
 [
  "中文",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 中文\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"中文\"\n}\n"
 ],
 [
  "日本語 テキスト",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 日本語 テキスト\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"日本語 テキスト\"\n}\n"
 ],
 [
  "emoji 😀",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"emoji \\U0001F600\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"emoji 😀\"\n}\n"
 ],
 [
  "tab\there",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"tab\\there\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"tab\\there\"\n}\n"
 ],
 [
  "#comment",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '#comment'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"#comment\"\n}\n"
 ],
 [
  "a #b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'a #b'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a #b\"\n}\n"
 ],
 [
  "a#b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: a#b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a#b\"\n}\n"
 ],
 [
  "*star",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '*star'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"*star\"\n}\n"
 ],
 [
  "&amp",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '&amp'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\u0026amp\"\n}\n"
 ],
 [
  "!bang",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '!bang'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"!bang\"\n}\n"
 ],
 [
  "-",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '-'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-\"\n}\n"
 ],
 [
  "- a",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '- a'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"- a\"\n}\n"
 ],
 [
  "-a",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: -a\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-a\"\n}\n"
 ],
 [
  "?",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '?'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"?\"\n}\n"
 ],
 [
  "? a",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '? a'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"? a\"\n}\n"
 ],
 [
  "?a",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: ?a\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"?a\"\n}\n"
 ],
 [
  ":",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: ':'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \":\"\n}\n"
 ],
 [
  ":a",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: :a\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \":a\"\n}\n"
 ],
 [
  "a:",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'a:'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a:\"\n}\n"
 ],
 [
  "[x]",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '[x]'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"[x]\"\n}\n"
 ],
 [
  "x]",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: x]\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"x]\"\n}\n"
 ],
 [
  "{x}",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '{x}'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"{x}\"\n}\n"
 ],
 [
  "x,y",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: x,y\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"x,y\"\n}\n"
 ],
 [
  "|",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '|'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"|\"\n}\n"
 ],
 [
  "|x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '|x'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"|x\"\n}\n"
 ],
 [
  ">",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '>'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\u003e\"\n}\n"
 ],
 [
  "'q'",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '''q'''\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"'q'\"\n}\n"
 ],
 [
  "\"dq\"",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '\"dq\"'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\\"dq\\\"\"\n}\n"
 ],
 [
  "%p",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '%p'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"%p\"\n}\n"
 ],
 [
  "@at",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '@at'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"@at\"\n}\n"
 ],
 [
  "`bt",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '`bt'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"`bt\"\n}\n"
 ],
 [
  "0x10",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"0x10\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0x10\"\n}\n"
 ],
 [
  "0o17",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"0o17\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0o17\"\n}\n"
 ],
 [
  "017",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"017\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"017\"\n}\n"
 ],
 [
  "1e3",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1e3\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1e3\"\n}\n"
 ],
 [
  ".5",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \".5\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \".5\"\n}\n"
 ],
 [
  "5.",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"5.\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"5.\"\n}\n"
 ],
 [
  "1_000",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1_000\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1_000\"\n}\n"
 ],
 [
  "+1",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"+1\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"+1\"\n}\n"
 ],
 [
  "-1",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"-1\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-1\"\n}\n"
 ],
 [
  "1.0",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1.0\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1.0\"\n}\n"
 ],
 [
  ".inf",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \".inf\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \".inf\"\n}\n"
 ],
 [
  "-.Inf",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"-.Inf\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-.Inf\"\n}\n"
 ],
 [
  ".nan",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \".nan\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \".nan\"\n}\n"
 ],
 [
  "NaN",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: NaN\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"NaN\"\n}\n"
 ],
 [
  "2024-01-01T00:00:00Z",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"2024-01-01T00:00:00Z\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"2024-01-01T00:00:00Z\"\n}\n"
 ],
 [
  "2024-01-01",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"2024-01-01\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"2024-01-01\"\n}\n"
 ],
 [
  "12:30",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"12:30\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"12:30\"\n}\n"
 ],
 [
  "1:20:30",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1:20:30\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1:20:30\"\n}\n"
 ],
 [
  "190:20:30",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"190:20:30\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"190:20:30\"\n}\n"
 ],
 [
  "<<",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: <<\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\u003c\\u003c\"\n}\n"
 ],
 [
  "=",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: =\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"=\"\n}\n"
 ],
 [
  "---",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '---'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"---\"\n}\n"
 ],
 [
  "...",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '...'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"...\"\n}\n"
 ],
 [
  "--- x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '--- x'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"--- x\"\n}\n"
 ],
 [
  "a\\b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: a\\b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a\\\\b\"\n}\n"
 ],
 [
  "ctrl\u0001",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"ctrl\\x01\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"ctrl\\u0001\"\n}\n"
 ],
 [
  "nbsp x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: nbsp x\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"nbsp x\"\n}\n"
 ],
 [
  "bom﻿x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"bom\\uFEFFx\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"bom﻿x\"\n}\n"
 ],
 [
  "ls x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'ls   x'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"ls\\u2028x\"\n}\n"
 ],
 [
  "The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon\n  until nightfall comes\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\"\n}\n"
 ],
 [
  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n}\n"
 ],
 [
  "The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\nThe quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |-\n  The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\n  The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\\nThe quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\"\n}\n"
 ],
 [
  "key: The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'key: The quick brown fox jumps over the lazy dog and keeps running far beyond\n  the horizon until nightfall comes'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"key: The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\"\n}\n"
 ],
 [
  "a  b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: a  b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a  b\"\n}\n"
 ],
 [
  "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word '\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \"\n}\n"
 ],
 [
  "word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  ",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 'word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  '\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  word  \"\n}\n"
 ],
 [
  "line1\r\nline2",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"line1\\r\\nline2\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"line1\\r\\nline2\"\n}\n"
 ],
 [
  "\n",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |2+\n\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\n\"\n}\n"
 ],
 [
  "\nx",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |2-\n\n  x\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\nx\"\n}\n"
 ],
 [
  "x\n\n\n",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |+\n  x\n\n\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"x\\n\\n\\n\"\n}\n"
 ],
 [
  "é",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: é\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"é\"\n}\n"
 ],
 [
  "0b101",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"0b101\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0b101\"\n}\n"
 ],
 [
  "0.1.2",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 0.1.2\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0.1.2\"\n}\n"
 ],
 [
  "1.2.3.4",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1.2.3.4\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1.2.3.4\"\n}\n"
 ],
 [
  "v1",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: v1\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"v1\"\n}\n"
 ],
 [
  "-0",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"-0\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-0\"\n}\n"
 ],
 [
  "+",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: +\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"+\"\n}\n"
 ],
 [
  "1,000",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1,000\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1,000\"\n}\n"
 ],
 [
  "0.",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"0.\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0.\"\n}\n"
 ],
 [
  "00",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"00\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"00\"\n}\n"
 ],
 [
  "-.5",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"-.5\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-.5\"\n}\n"
 ],
 [
  "1e",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1e\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1e\"\n}\n"
 ],
 [
  "e3",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: e3\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"e3\"\n}\n"
 ],
 [
  "1E3",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1E3\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1E3\"\n}\n"
 ],
 [
  "1e+3",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"1e+3\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1e+3\"\n}\n"
 ],
 [
  "0x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 0x\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0x\"\n}\n"
 ],
 [
  "Null",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"Null\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"Null\"\n}\n"
 ],
 [
  "NULL",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"NULL\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"NULL\"\n}\n"
 ],
 [
  "nulls",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: nulls\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"nulls\"\n}\n"
 ],
 [
  "~x",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: ~x\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"~x\"\n}\n"
 ],
 [
  "  ",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '  '\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"  \"\n}\n"
 ],
 [
  "a\n b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: |-\n  a\n   b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a\\n b\"\n}\n"
 ],
 [
  "a \nb",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"a \\nb\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a \\nb\"\n}\n"
 ],
 [
  "a\tb\nc",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"a\\tb\\nc\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a\\tb\\nc\"\n}\n"
 ],
 [
  "https://example.com/a?b=c#d",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: https://example.com/a?b=c#d\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"https://example.com/a?b=c#d\"\n}\n"
 ],
 [
  "echo 'hi' && ls",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: echo 'hi' && ls\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"echo 'hi' \\u0026\\u0026 ls\"\n}\n"
 ],
 [
  "{\"a\":1}",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '{\"a\":1}'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"{\\\"a\\\":1}\"\n}\n"
 ],
 [
  "[1,2]",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '[1,2]'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"[1,2]\"\n}\n"
 ],
 [
  "@",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '@'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"@\"\n}\n"
 ],
 [
  "`",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '`'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"`\"\n}\n"
 ],
 [
  "a'b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: a'b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a'b\"\n}\n"
 ],
 [
  "a\"b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: a\"b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"a\\\"b\"\n}\n"
 ],
 [
  "\\",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \\\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\\\\"\n}\n"
 ],
 [
  "The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon\n  until nightfall comes The quick brown fox jumps over the lazy dog and keeps running\n  far beyond the horizon until nightfall comes The quick brown fox jumps over the\n  lazy dog and keeps running far beyond the horizon until nightfall comes\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\"\n}\n"
 ],
 [
  "\"quoted long The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\"",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: '\"quoted long The quick brown fox jumps over the lazy dog and keeps running far\n  beyond the horizon until nightfall comes\"'\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"\\\"quoted long The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\\\"\"\n}\n"
 ],
 [
  "tab\tThe quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"tab\\tThe quick brown fox jumps over the lazy dog and keeps running far beyond\n  the horizon until nightfall comes The quick brown fox jumps over the lazy dog and\n  keeps running far beyond the horizon until nightfall comes\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"tab\\tThe quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon until nightfall comes\"\n}\n"
 ],
 [
  "8080",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"8080\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"8080\"\n}\n"
 ],
 [
  "3.14",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"3.14\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"3.14\"\n}\n"
 ],
 [
  "-1.5e10",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"-1.5e10\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"-1.5e10\"\n}\n"
 ],
 [
  "0o",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 0o\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0o\"\n}\n"
 ],
 [
  "0b",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 0b\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"0b\"\n}\n"
 ],
 [
  "1e1000",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1e1000\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"1e1000\"\n}\n"
 ],
 [
  "xé中😀",
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: \"xé中\\U0001F600\"\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": \"xé中😀\"\n}\n"
 ],
 [
  0,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 0\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 0\n}\n"
 ],
 [
  1,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 1\n}\n"
 ],
 [
  -1,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: -1\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": -1\n}\n"
 ],
 [
  1.5,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1.5\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 1.5\n}\n"
 ],
 [
  1e+21,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1e+21\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 1e+21\n}\n"
 ],
 [
  100000000000000000000,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1e+20\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 100000000000000000000\n}\n"
 ],
 [
  10000000000000000000,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 10000000000000000000\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 10000000000000000000\n}\n"
 ],
 [
  9000000000000000000,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 9000000000000000000\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 9000000000000000000\n}\n"
 ],
 [
  0.000001,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1e-06\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 0.000001\n}\n"
 ],
 [
  1e-7,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1e-07\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 1e-7\n}\n"
 ],
 [
  1234567.5,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1.2345675e+06\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 1234567.5\n}\n"
 ],
 [
  0.1,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 0.1\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 0.1\n}\n"
 ],
 [
  100,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 100\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 100\n}\n"
 ],
 [
  3,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 3\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 3\n}\n"
 ],
 [
  123456789.123,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 1.23456789123e+08\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 123456789.123\n}\n"
 ],
 [
  -0.5,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: -0.5\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": -0.5\n}\n"
 ],
 [
  0.000025,
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv: 2.5e-05\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": 0.000025\n}\n"
 ],
 [
  {
   "9": 10,
   "10": 9,
   "true": 1,
   "": 2,
   "a b": 3,
   "a: b": 4,
   "b10": 5,
   "b9": 6,
   "B": 7,
   "a": 23,
   "x1y20": 11,
   "x1y3": 12,
   "a-b": 13,
   "a.b": 14,
   "_": 15,
   "é": 16,
   "1.5": 17,
   "null": 18,
   "a01": 19,
   "a1": 20,
   "a001": 21,
   "ab": 22,
   "Z": 24,
   "z": 25,
   "a_": 26
  },
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv:\n  \"\": 2\n  _: 15\n  \"1.5\": 17\n  \"9\": 10\n  \"10\": 9\n  B: 7\n  Z: 24\n  a: 23\n  a b: 3\n  a-b: 13\n  a.b: 14\n  'a: b': 4\n  a_: 26\n  a1: 20\n  a01: 19\n  a001: 21\n  ab: 22\n  b9: 6\n  b10: 5\n  \"null\": 18\n  \"true\": 1\n  x1y3: 12\n  x1y20: 11\n  z: 25\n  é: 16\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": {\n        \"\": 2,\n        \"1.5\": 17,\n        \"10\": 9,\n        \"9\": 10,\n        \"B\": 7,\n        \"Z\": 24,\n        \"_\": 15,\n        \"a\": 23,\n        \"a b\": 3,\n        \"a-b\": 13,\n        \"a.b\": 14,\n        \"a001\": 21,\n        \"a01\": 19,\n        \"a1\": 20,\n        \"a: b\": 4,\n        \"a_\": 26,\n        \"ab\": 22,\n        \"b10\": 5,\n        \"b9\": 6,\n        \"null\": 18,\n        \"true\": 1,\n        \"x1y20\": 11,\n        \"x1y3\": 12,\n        \"z\": 25,\n        \"é\": 16\n    }\n}\n"
 ],
 [
  {
   "nested": {
    "list": [
     {
      "a": 1,
      "b": [
       1,
       2,
       {
        "c": []
       }
      ]
     },
     [],
     [
      [
       1,
       2
      ],
      [
       3
      ]
     ],
     {}
    ],
    "empty": {},
    "nul": null,
    "arr": [
     "x",
     {
      "k": "v"
     }
    ]
   }
  },
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv:\n  nested:\n    arr:\n    - x\n    - k: v\n    empty: {}\n    list:\n    - a: 1\n      b:\n      - 1\n      - 2\n      - c: []\n    - []\n    - - - 1\n        - 2\n      - - 3\n    - {}\n    nul: null\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": {\n        \"nested\": {\n            \"arr\": [\n                \"x\",\n                {\n                    \"k\": \"v\"\n                }\n            ],\n            \"empty\": {},\n            \"list\": [\n                {\n                    \"a\": 1,\n                    \"b\": [\n                        1,\n                        2,\n                        {\n                            \"c\": []\n                        }\n                    ]\n                },\n                [],\n                [\n                    [\n                        1,\n                        2\n                    ],\n                    [\n                        3\n                    ]\n                ],\n                {}\n            ],\n            \"nul\": null\n        }\n    }\n}\n"
 ],
 [
  {
   "multiline": [
    "a\nb\n",
    {
     "k": "c\nd"
    }
   ],
   "deep": {
    "deeper": {
     "s": "x\ny"
    }
   }
  },
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv:\n  deep:\n    deeper:\n      s: |-\n        x\n        y\n  multiline:\n  - |\n    a\n    b\n  - k: |-\n      c\n      d\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": {\n        \"deep\": {\n            \"deeper\": {\n                \"s\": \"x\\ny\"\n            }\n        },\n        \"multiline\": [\n            \"a\\nb\\n\",\n            {\n                \"k\": \"c\\nd\"\n            }\n        ]\n    }\n}\n"
 ],
 [
  {
   "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": 1,
   "multi\nkey": 2
  },
  "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\nv:\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : 1\n  ? |-\n    multi\n    key\n  : 2\n",
  "{\n    \"apiVersion\": \"example.com/v1\",\n    \"kind\": \"Foo\",\n    \"metadata\": {\n        \"name\": \"x\"\n    },\n    \"v\": {\n        \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": 1,\n        \"multi\\nkey\": 2\n    }\n}\n"
 ]
];

/** document → what kubectl create -f (validation on) and annotate --local (validation off) printed */
const files: Record<string, { doc: string; create: string; annotate: string }> = {
 "mapval": {
  "doc": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x: y\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context\n"
 },
 "badchar": {
  "doc": "apiVersion: v1\nkind: `x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token\n"
 },
 "badchar2": {
  "doc": "apiVersion: v1\nkind: @x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: found character that cannot start any token\n"
 },
 "nokey": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n labels: {}\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
 },
 "indent": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n    name: x\n  labels: {}\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
 },
 "tab": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token\n"
 },
 "tab2": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n  name:\tx\n",
  "create": "error: error validating \"x.yaml\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "OK pod/x\n"
 },
 "unclosedDq": {
  "doc": "apiVersion: v1\nkind: \"Pod\nmetadata:\n  name: x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream\n"
 },
 "unclosedSq": {
  "doc": "apiVersion: v1\nkind: 'Pod\nmetadata:\n  name: x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream\n"
 },
 "dup": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  name: y\n",
  "create": "error: error validating \"x.yaml\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string\n"
 },
 "dup2": {
  "doc": "apiVersion: v1\nkind: Pod\nkind: Pod\nmetadata:\n  a: 1\n  a: 2\n",
  "create": "error: error validating \"x.yaml\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "OK pod/<unknown>\n"
 },
 "dupNested": {
  "doc": "a: 1\nb:\n  c: 1\n  d:\n    e: 1\n    e: 2\n",
  "create": "error: error validating \"x.yaml\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"a\":1,\"b\":{\"c\":1,\"d\":{\"e\":2}}}'\n"
 },
 "flowUnclosed": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 3: did not find expected ',' or '}'\n"
 },
 "flowUnclosed2": {
  "doc": "apiVersion: v1\nkind: Pod\nspec:\n  args: [a, b\n  x: 1\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected ',' or ']'\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected ',' or ']'\n"
 },
 "seqInMap": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n- a\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n"
 },
 "colon": {
  "doc": "apiVersion: v1\nkind Pod\nmetadata:\n  name: x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 3: could not find expected ':'\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 3: could not find expected ':'\n"
 },
 "colonOnly": {
  "doc": "foo\nbar: 1\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context\n"
 },
 "string": {
  "doc": "hello\n",
  "create": "error: error validating \"x.yaml\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": json: cannot unmarshal string into Go value of type unstructured.detector\n"
 },
 "number": {
  "doc": "42\n",
  "create": "error: error validating \"x.yaml\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": json: cannot unmarshal number into Go value of type unstructured.detector\n"
 },
 "list": {
  "doc": "- a\n- b\n",
  "create": "error: error validating \"x.yaml\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": json: cannot unmarshal array into Go value of type unstructured.detector\n"
 },
 "nokind": {
  "doc": "apiVersion: v1\nmetadata:\n  name: x\n",
  "create": "error: error validating \"x.yaml\": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}'\n"
 },
 "noapi": {
  "doc": "kind: Pod\nmetadata:\n  name: x\n",
  "create": "error: error validating \"x.yaml\": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "OK pod/x\n"
 },
 "nothing": {
  "doc": "metadata:\n  name: x\n",
  "create": "error: error validating \"x.yaml\": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"metadata\":{\"name\":\"x\"}}'\n"
 },
 "empty": {
  "doc": "",
  "create": "error: no objects passed to create\n",
  "annotate": "OK "
 },
 "comments": {
  "doc": "# just a comment\n",
  "create": "error: no objects passed to create\n",
  "annotate": "OK "
 },
 "docsep": {
  "doc": "---\n---\n",
  "create": "error: no objects passed to create\n",
  "annotate": "OK "
 },
 "anchor": {
  "doc": "a: *x\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: unknown anchor 'x' referenced\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: unknown anchor 'x' referenced\n"
 },
 "json": {
  "doc": "{\"apiVersion\": \"v1\", \"kind\": \"Pod\",}\n",
  "create": "error: error parsing x.yaml: json: offset 36: invalid character '}' looking for beginning of object key string\n",
  "annotate": "error: error parsing x.yaml: json: offset 36: invalid character '}' looking for beginning of object key string\n"
 },
 "json2": {
  "doc": "{\"apiVersion\": \"v1\" \"kind\": \"Pod\"}\n",
  "create": "error: error parsing x.yaml: json: offset 21: invalid character '\"' after object key:value pair\n",
  "annotate": "error: error parsing x.yaml: json: offset 21: invalid character '\"' after object key:value pair\n"
 },
 "alias2": {
  "doc": "a: &x 1\nb: *y\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: unknown anchor 'y' referenced\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: unknown anchor 'y' referenced\n"
 },
 "badindentSeq": {
  "doc": "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n   - name: c\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 6: did not find expected key\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 6: did not find expected key\n"
 },
 "tabAfter": {
  "doc": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n\tlabels: {}\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: found a tab character that violates indentation\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 5: found a tab character that violates indentation\n"
 },
 "multiDocErr": {
  "doc": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b: c\n",
  "create": "error: error validating \"x.yaml\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context\n"
 },
 "keyNull": {
  "doc": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  ? [a]\n  : b\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: invalid map key: []interface {}{\"a\"}\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: invalid map key: []interface {}{\"a\"}\n"
 },
 "directive": {
  "doc": "%FOO\n---\na: 1\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: found unknown directive name\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: found unknown directive name\n"
 },
 "blockIndent": {
  "doc": "a: |\n  x\n y\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: did not find expected key\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: line 2: did not find expected key\n"
 },
 "quoteThenText": {
  "doc": "a: \"x\" y\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: did not find expected key\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: did not find expected key\n"
 },
 "doubleColon": {
  "doc": "a: b: c\n",
  "create": "error: error parsing x.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context\n",
  "annotate": "error: error parsing x.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context\n"
 },
 "bom": {
  "doc": "﻿apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n",
  "create": "error: error validating \"x.yaml\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "OK pod/x\n"
 },
 "nullDoc": {
  "doc": "null\n",
  "create": "error: no objects passed to create\n",
  "annotate": "OK "
 },
 "trueDoc": {
  "doc": "true\n",
  "create": "error: error validating \"x.yaml\": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": json: cannot unmarshal bool into Go value of type unstructured.detector\n"
 },
 "kindNum": {
  "doc": "apiVersion: v1\nkind: 5\nmetadata:\n  name: x\n",
  "create": "error: error validating \"x.yaml\": error validating data: kind isn't string type; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"kind\":5,\"metadata\":{\"name\":\"x\"}}'\n"
 },
 "kindEmpty": {
  "doc": "apiVersion: v1\nkind: \"\"\nmetadata:\n  name: x\n",
  "create": "error: error validating \"x.yaml\": error validating data: failed to download openapi: Get \"http://localhost:8080/openapi/v2?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused; if you choose to ignore these errors, turn validation off with --validate=false\n",
  "annotate": "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"kind\":\"\",\"metadata\":{\"name\":\"x\"}}'\n"
 }
};

describe('toYAML (golden)', () => {
  it.each(emitted.map((c, i) => [i, JSON.stringify(c[0]).slice(0, 50), c] as const))('#%i %s', (_i, _name, [v, yaml]) => {
    expect(toYAML(obj(v))).toBe(yaml);
  });
});

describe('toJSON (golden)', () => {
  // A JS object cannot hold "10" after "1.5" (integer-like keys always come first), so
  // the case whose keys are numbers is checked by the jsonpath/marshal tests instead.
  const jsonCases = emitted.filter((c) => !(c[0] && typeof c[0] === 'object' && '10' in (c[0] as object)));
  it.each(jsonCases.map((c, i) => [i, JSON.stringify(c[0]).slice(0, 50), c] as const))('#%i %s', (_i, _name, [v, , json]) => {
    // kubectl -o json of unstructured content prints keys sorted; the caller orders keys.
    const sorted = (x: unknown): unknown =>
      Array.isArray(x) ? x.map(sorted) : x && typeof x === 'object'
        ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted((x as Record<string, unknown>)[k])]))
        : x;
    expect(toJSON(sorted(obj(v)))).toBe(json);
  });
});

const parseErrorPrefix = 'error: error parsing x.yaml: ';

describe('parseManifests errors (golden)', () => {
  const cases = Object.entries(files).filter(([, f]) => f.annotate.startsWith(parseErrorPrefix));
  it.each(cases)('%s', (_name, f) => {
    const r = parseManifests(f.doc);
    expect(r).toBeInstanceOf(ManifestError);
    expect(parseErrorPrefix + (r as ManifestError).message + '\n').toBe(f.annotate);
  });
});

describe('parseManifests decode/validation messages (golden)', () => {
  const decodePrefix = 'error: unable to decode "x.yaml": ';
  const validatePrefix = 'error: error validating "x.yaml": error validating data: ';
  const suffix = '; if you choose to ignore these errors, turn validation off with --validate=false\n';
  it.each(Object.entries(files).filter(([, f]) => f.annotate.startsWith(decodePrefix)))('decode %s', (_n, f) => {
    const docs = parseManifests(f.doc);
    if (docs instanceof ManifestError) throw docs;
    const msgs = docs.map((d) => manifestDecodeError(d.value)).filter((m) => m !== null);
    if (f.annotate.includes('ObjectMeta')) return; // typed decode of a known kind: not this module's job
    expect(decodePrefix + msgs[0] + '\n').toBe(f.annotate);
  });
  it.each(Object.entries(files).filter(([, f]) => f.create.startsWith(validatePrefix) && !f.create.includes('openapi')))(
    'validate %s',
    (_n, f) => {
      const docs = parseManifests(f.doc);
      if (docs instanceof ManifestError) throw docs;
      const msgs = docs.map((d) => manifestValidationError(d.value)).filter((m) => m !== null);
      expect(validatePrefix + msgs[0] + suffix).toBe(f.create);
    },
  );
  it.each(Object.entries(files).filter(([, f]) => f.create === 'error: no objects passed to create\n'))('empty %s', (_n, f) => {
    expect(parseManifests(f.doc)).toEqual([]);
  });
});

describe('parseManifests values', () => {
  it('reads YAML 1.1 scalars the way go-yaml v2 does', () => {
    const docs = parseManifests(
      'v: [y, yes, on, NO, 0755, 0x10, 1_000, 0o17, 0b101, 190:20:30, 2024-01-01, 1e3, .5, 5., ~, "", 1.0, +1, 08, 1e500, !!str 1, NaN, -0b11, _1]\n' +
        'k: {1: a, true: b, 1.5: c, y: e, 0x10: f, 1e3: g, "": i}\n',
    );
    expect(docs).toEqual([
      {
        index: 0,
        value: {
          v: [true, true, true, false, 493, 16, 1000, 15, 5, '190:20:30', '2024-01-01', 1000, 0.5, 5, null, '', 1, 1, 8, '1e500', '1', 'NaN', -3, '_1'],
          k: { '1': 'a', true: 'e', '1.5': 'c', '16': 'f', '1000': 'g', '': 'i' },
        },
      },
    ]);
  });
  it('splits documents at --- lines and numbers lines per document', () => {
    const r = parseManifests('a: 1\n---\n# c\n--- # x\nb: 2\n...\n');
    expect(r).toEqual([{ index: 0, value: { a: 1 } }, { index: 2, value: { b: 2 } }]);
  });
  it('reads JSON streams', () => {
    expect(parseManifests('{"kind":"A"}\n{"kind":"B"}')).toEqual([
      { index: 0, value: { kind: 'A' } },
      { index: 1, value: { kind: 'B' } },
    ]);
  });
  it('keeps the last of duplicate keys, as kubectl does', () => {
    expect(parseManifests('a: 1\na: 2\n')).toEqual([{ index: 0, value: { a: 2 } }]);
  });
  it('resolves anchors', () => {
    expect(parseManifests('a: &x {b: 1}\nc: *x\n')).toEqual([{ index: 0, value: { a: { b: 1 }, c: { b: 1 } } }]);
  });
});

describe('toYAML shapes', () => {
  it('prints top-level scalars and empty collections', () => {
    expect(toYAML({})).toBe('{}\n');
    expect(toYAML([])).toBe('[]\n');
    expect(toYAML(null)).toBe('null\n');
    expect(toYAML(['a', { b: 1 }])).toBe('- a\n- b: 1\n');
  });
  it('prints a deployment like kubectl create deployment --dry-run=client -o yaml', () => {
    const d = {
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { creationTimestamp: null, labels: { app: 'x' }, name: 'x' },
      spec: {
        replicas: 1, selector: { matchLabels: { app: 'x' } }, strategy: {},
        template: {
          metadata: { creationTimestamp: null, labels: { app: 'x' } },
          spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }] },
        },
      },
      status: {},
    };
    expect(toYAML(d)).toBe(KUBECTL_DEPLOYMENT);
  });
});

// kubectl create deployment x --image=nginx --dry-run=client -o yaml
const KUBECTL_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: x
  name: x
spec:
  replicas: 1
  selector:
    matchLabels:
      app: x
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: x
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`;
