#!/usr/bin/env bash
# Cross-checks schema/article.schema.json with two other validators: ajv
# (JavaScript, with ajv-formats) and the Python jsonschema package. Both must
# accept every document of schema/testdata/valid and reject every document of
# schema/testdata/invalid whose sidecar says "schema": true (a fault the JSON
# Schema itself can see). Exits non-zero on any disagreement.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== installing ajv@8 ajv-formats@3 (npm)"
npm install --silent --no-save --no-audit --no-fund --prefix "$tmp" ajv@8 ajv-formats@3 >/dev/null

echo "== installing python3-jsonschema and python3-rfc3987 (Debian)"
if ! /usr/bin/python3 -c 'import jsonschema, rfc3987' 2>/dev/null; then
	if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
	$sudo apt-get update -qq
	$sudo apt-get install -y -qq python3-jsonschema python3-rfc3987 >/dev/null
fi

# expectations: one line per document, "PATH<TAB>valid|invalid"; documents
# whose fault only the Go validator sees are left out.
list="$tmp/expect.tsv"
for f in schema/testdata/valid/*.json; do printf '%s\tvalid\n' "$f"; done >"$list"
for f in schema/testdata/invalid/*.json; do
	case "$f" in *.want.json) continue ;; esac
	side="${f%.json}.want.json"
	if grep -q '"schema": *true' "$side"; then printf '%s\tinvalid\n' "$f"; fi
done >>"$list"

cat >"$tmp/check.mjs" <<'JS'
import fs from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(process.argv[2] + "/");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const read = (f) => JSON.parse(fs.readFileSync(f, "utf8"));
const validate = ajv.compile(read("schema/article.schema.json"));
let bad = 0;
// Every published schema compiles in strict mode: the timeline schema alone,
// the registry schema beside the article schema it refers to.
for (const [f, deps] of [["schema/timeline.schema.json", []], ["schema/registry.schema.json", ["schema/article.schema.json"]]]) {
  const strict = new Ajv2020({ strict: true, allErrors: true });
  addFormats(strict);
  try {
    for (const d of deps) strict.addSchema(read(d));
    strict.compile(read(f));
    console.log(`ajv: ${f} compiles in strict mode`);
  } catch (e) {
    bad++;
    console.log(`ajv: ${f} does not compile in strict mode: ${e.message}`);
  }
}
for (const line of fs.readFileSync(process.argv[3], "utf8").trim().split("\n")) {
  const [file, want] = line.split("\t");
  let ok;
  try { ok = validate(JSON.parse(fs.readFileSync(file, "utf8"))); } catch { ok = false; }
  if ((want === "valid") !== ok) {
    bad++;
    console.log(`ajv: ${file}: want ${want}, got ${ok ? "valid" : "invalid"} ${JSON.stringify(validate.errors || [])}`);
  }
}
process.exit(bad ? 1 : 0);
JS

cat >"$tmp/check.py" <<'PY'
import json, sys
import jsonschema
schema = json.load(open("schema/article.schema.json", encoding="utf-8"))
cls = jsonschema.Draft202012Validator
cls.check_schema(schema)
v = cls(schema, format_checker=cls.FORMAT_CHECKER)
bad = 0
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not line:
        continue
    path, want = line.split("\t")
    try:
        errs = [e.message for e in v.iter_errors(json.load(open(path, encoding="utf-8")))]
    except ValueError as e:
        errs = [str(e)]
    if (want == "valid") != (not errs):
        bad += 1
        print(f"python jsonschema: {path}: want {want}, got {errs[:3] or 'valid'}")
sys.exit(1 if bad else 0)
PY

status=0
n=$(wc -l <"$list")
echo "== ajv on $n documents"
node "$tmp/check.mjs" "$tmp/node_modules" "$list" || status=1
echo "== python3 jsonschema $(/usr/bin/python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))') on $n documents"
/usr/bin/python3 "$tmp/check.py" "$list" || status=1
if [ "$status" = 0 ]; then echo "ajv and python jsonschema agree with the corpus"; fi
exit "$status"
