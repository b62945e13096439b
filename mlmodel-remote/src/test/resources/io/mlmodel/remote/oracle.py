"""The test oracle: mlflow.pyfunc.load_model(dir).predict on inputs built here with numpy/pandas.

Reads one JSON request per line on stdin: {"model": DIR, "input": PYTHON_EXPRESSION, "params": {...} or null};
writes one JSON line per request on stdout describing the result (kind, dtype, shape, values), or
{"kind": "error", "message": ...}. Models are loaded once each. MLflow's own output goes to stderr.
"""
import base64
import datetime
import json
import math
import os
import sys
import warnings

warnings.filterwarnings("ignore")
out = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import mlflow  # noqa: E402

models = {}


def plain(v):
    if isinstance(v, float):
        return "NaN" if math.isnan(v) else v
    if isinstance(v, (np.generic,)):
        return plain(v.item())
    if isinstance(v, bytes):
        return base64.b64encode(v).decode()
    if isinstance(v, (datetime.datetime, pd.Timestamp)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    return v


def describe(r):
    if isinstance(r, pd.DataFrame):
        return {"kind": "table", "columns": [
            {"name": str(c), "dtype": str(r[c].dtype), "values": [plain(v) for v in r[c].tolist()]} for c in r.columns]}
    if isinstance(r, pd.Series):
        return {"kind": "table", "columns": [
            {"name": str(0 if r.name is None else r.name), "dtype": str(r.dtype), "values": [plain(v) for v in r.tolist()]}]}
    if isinstance(r, np.ndarray):
        return {"kind": "tensor", "dtype": str(r.dtype), "shape": list(r.shape),
                "values": [plain(v) for v in r.reshape(-1).tolist()]}
    if isinstance(r, dict) and all(isinstance(v, np.ndarray) for v in r.values()):
        return {"kind": "tensors", "tensors": {str(k): describe(v) for k, v in r.items()}}
    return {"kind": "plain", "value": plain(r)}


for line in sys.stdin:
    req = json.loads(line)
    try:
        m = models.get(req["model"])
        if m is None:
            m = models[req["model"]] = mlflow.pyfunc.load_model(req["model"])
        data = eval(req["input"], {"np": np, "pd": pd, "datetime": datetime})
        r = m.predict(data, params=req["params"]) if req.get("params") else m.predict(data)
        res = describe(r)
    except Exception as e:  # noqa: BLE001
        res = {"kind": "error", "message": f"{type(e).__name__}: {e}"}
    out.write(json.dumps(res) + "\n")
    out.flush()
