"""Dumps typed trees with PyYAML's safe_dump, for YamlWriterDifferentialTest.

stdin: one JSON document per line: {"sort": true|false, "tree": <encoded tree>}.
stdout: one JSON string per line: the dump, or {"error": "..."}.

Tree encoding: JSON null/str/list as themselves; {"$map": [[k, v], ...]} (insertion order kept);
{"$set": [...]}; {"$bool": b}; {"$int": "decimal"}; {"$float": "<Java Double.toHexString>"};
{"$date": "YYYY-MM-DD"}; {"$datetime": "ISO 8601"}; {"$binary": "base64"};
{"$shared": n, "v": <tree>} defines shared object n, {"$ref": n} refers to it again.
"""
import base64
import datetime
import json
import sys

import yaml


def decode(v, shared):
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, list):
        return [decode(x, shared) for x in v]
    if "$shared" in v:
        value = decode(v["v"], shared)
        shared[v["$shared"]] = value
        return value
    (k, x), = v.items()
    if k == "$ref":
        return shared[x]
    if k == "$map":
        return {decode(a, shared): decode(b, shared) for a, b in x}
    if k == "$set":
        return {decode(a, shared) for a in x}
    if k == "$bool":
        return x
    if k == "$int":
        return int(x)
    if k == "$float":
        if x in ("NaN", "Infinity", "-Infinity"):
            return float(x.replace("Infinity", "inf"))
        return float.fromhex(x)
    if k == "$date":
        return datetime.date.fromisoformat(x)
    if k == "$datetime":
        return datetime.datetime.fromisoformat(x)
    if k == "$binary":
        return base64.b64decode(x)
    raise ValueError("unknown tag " + k)


for line in sys.stdin:
    request = json.loads(line)
    try:
        tree = decode(request["tree"], {})
        out = yaml.safe_dump(tree, default_flow_style=False, sort_keys=request["sort"])
    except Exception as e:  # reported to the test, which fails on it
        out = {"error": repr(e)}
    sys.stdout.write(json.dumps(out) + "\n")
