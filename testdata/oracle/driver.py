"""The oracle side of the differential harness (src/test/java/io/mlmodel/oracle): real MLflow 2.17.2.

Run with the oracle's python ($(bash ../shared/oracle/setup.sh)/bin/python driver.py); one process
answers a whole batch. stdin: one JSON case per line; stdout: one JSON result per line, in order.
JSON is Python's own: NaN and Infinity are bare tokens both ways.

{"kind": "model", "yaml": "<MLmodel text>"} ->
  {"tree": <typed tree of yaml.safe_load> | null, "tree_error": str | null,
   "load_error": str | null,                        # Model.load refusing the file
   "signature": {"inputs": str|null, "outputs": str|null, "params": str|null} | null,
   "yaml_out": "<Model.load(...).to_yaml()>" | null}
{"kind": "request", "signature": {"inputs": str|null, "params": str|null},
 "body": "<request>", "csv": bool} ->
  {"ok": true, "data": <normalized enforced input>, "params": {...}} or
  {"ok": false, "stage": "parse" | "enforce" | "params", "error": "<message>"}

Typed tree encoding (the Java side writes the same): JSON null, str and list as themselves;
{"$map": [[k, v], ...]} in insertion order; {"$set": [...]}; {"$bool": b}; {"$int": "decimal"};
{"$float": "nan" | "inf" | "-inf" | "<the 64 bits as a signed decimal>"}; {"$date": "isoformat"}; {"$datetime": "isoformat"}; {"$binary": "base64"}.
"""
import base64
import datetime
import io
import json
import math
import os
import struct
import sys
import tempfile
import warnings

warnings.simplefilter("ignore")
import logging

logging.disable(logging.CRITICAL)

import numpy as np
import pandas as pd
import yaml

from mlflow.models import Model
from mlflow.models.signature import ModelSignature
from mlflow.models.utils import _enforce_params_schema, _enforce_schema
from mlflow.pyfunc.scoring_server import _parse_json_data, parse_csv_input
from mlflow.types.schema import ParamSchema, Schema


def tree(v):
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return {"$bool": v}
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return {"$float": repr(v)}
        return {"$float": str(struct.unpack("<q", struct.pack("<d", v))[0])}
    if isinstance(v, datetime.datetime):
        return {"$datetime": v.isoformat()}
    if isinstance(v, datetime.date):
        return {"$date": v.isoformat()}
    if isinstance(v, bytes):
        return {"$binary": base64.b64encode(v).decode()}
    if isinstance(v, list):
        return [tree(x) for x in v]
    if isinstance(v, dict):
        return {"$map": [[tree(k), tree(x)] for k, x in v.items()]}
    if isinstance(v, set):
        return {"$set": sorted((tree(x) for x in v), key=json.dumps)}
    raise TypeError(type(v).__name__)


def error(e):
    return type(e).__name__ + ": " + str(e)


def model_case(case, folder):
    out = {"tree": None, "tree_error": None, "load_error": None, "signature": None, "yaml_out": None}
    text = case["yaml"]
    try:
        out["tree"] = tree(yaml.safe_load(text))
    except Exception as e:
        out["tree_error"] = error(e)
    path = os.path.join(folder, "MLmodel")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    try:
        m = Model.load(path)
        if m.signature is not None:
            out["signature"] = m.signature.to_dict()
        out["yaml_out"] = m.to_yaml()
    except Exception as e:
        out["load_error"] = error(e)
    return out


def value(v, cell=False):
    """One enforced value as validate-input reports it: a missing value of a column cell (NaN, NaT,
    None) null, NaN elsewhere NaN; bytes as {"$bytes": base64}."""
    if v is None:
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return None if cell and math.isnan(v) else float(v)
    if isinstance(v, str):
        return v
    if isinstance(v, (bytes, np.bytes_)):
        return {"$bytes": base64.b64encode(bytes(v)).decode()}
    if v is pd.NaT:
        return None
    if isinstance(v, (pd.Timestamp, datetime.datetime, np.datetime64)):
        t = pd.Timestamp(v)
        if t is pd.NaT:
            return None
        return t.isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, np.ndarray):
        return [value(x) for x in v.tolist()] if v.dtype != object else [value(x) for x in v]
    if isinstance(v, (list, tuple)):
        return [value(x) for x in v]
    if isinstance(v, dict):
        return {str(k): value(x) for k, x in v.items()}
    return {"$repr": repr(v)}


def tensor(a):
    a = np.asarray(a)
    name = {"U": "str", "S": "bytes", "O": "object"}.get(a.dtype.kind, str(a.dtype))
    return {"dtype": name, "shape": list(a.shape), "values": value(a)}


def data_of(d):
    if isinstance(d, pd.DataFrame):
        return {"kind": "columns", "columns": {str(c): [value(x, True) for x in d[c].tolist()]
                                                for c in d.columns}}
    if isinstance(d, dict):
        return {"kind": "tensors", "tensors": {str(k): tensor(x) for k, x in d.items()}}
    if isinstance(d, np.ndarray):
        return {"kind": "tensors", "tensors": {"0": tensor(d)}}
    return {"kind": "other", "repr": repr(d)}


def request_case(case):
    sig = case["signature"]
    inputs = Schema.from_json(sig["inputs"]) if sig.get("inputs") else None
    params = ParamSchema.from_json(sig["params"]) if sig.get("params") else None
    meta = Model(signature=ModelSignature(inputs=inputs, params=params))
    stage = "parse"
    try:
        if case.get("csv"):
            data, p = parse_csv_input(io.StringIO(case["body"]), inputs), None
        else:
            parsed = _parse_json_data(case["body"], meta, inputs)
            data, p = parsed.data, parsed.params
        # pyfunc's _validate_prediction_input, one step at a time to know which one refused
        stage = "enforce"
        if inputs is not None:
            data = _enforce_schema(data, inputs)
        stage = "params"
        p = _enforce_params_schema(p, params)
        return {"ok": True, "data": data_of(data), "params": value(p or {})}
    except BaseException as e:
        if isinstance(e, KeyboardInterrupt):
            raise
        msg = error(e)
        return {"ok": False, "stage": stage, "error": msg[:2000]}


def main():
    with tempfile.TemporaryDirectory() as folder:
        for line in sys.stdin:
            case = json.loads(line)
            try:
                if case["kind"] == "model":
                    out = model_case(case, folder)
                else:
                    out = request_case(case)
            except BaseException as e:
                if isinstance(e, KeyboardInterrupt):
                    raise
                out = {"driver_error": error(e)}
            sys.stdout.write(json.dumps(out) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
