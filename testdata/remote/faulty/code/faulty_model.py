"""A python_function model (loader_module style) that fails on purpose, for mlmodel-remote's tests.

y = 2 * x, except: any x < 0 raises ValueError (MLflow's server answers HTTP 400), any x == 500
raises an MlflowException with INTERNAL_ERROR (HTTP 500); the `sleep` param waits that many seconds
before answering (timeouts, and killing the server while it predicts).
"""
import time

import pandas as pd


class _Faulty:
    def predict(self, df, params=None):
        x = df["x"]
        sleep = (params or {}).get("sleep") or 0.0
        if sleep:
            print(f"faulty model: sleeping {float(sleep)} s", flush=True)  # tests wait for this line
            time.sleep(float(sleep))
        if (x < 0).any():
            raise ValueError("the faulty model refuses negative x")
        if (x == 500).any():
            from mlflow.exceptions import MlflowException
            from mlflow.protos.databricks_pb2 import INTERNAL_ERROR

            raise MlflowException("the faulty model fails on x = 500", error_code=INTERNAL_ERROR)
        return pd.DataFrame({"y": x * 2.0})


def _load_pyfunc(path):
    return _Faulty()
