"""Writes the XGBoost fixtures in this folder with the real XGBoost and the real MLflow.

Run with the oracle's Python (MLflow 2.17.2), which sees Debian's python3-xgboost 1.7:

    $(bash ../shared/oracle/setup.sh)/bin/python testdata/xgboost/make_fixtures.py

For each model kind (binary and multi-class XGBClassifier, XGBRegressor, a raw Booster) and each
file format XGBoost 1.7 writes (legacy binary "xgb", "json", "ubj"), mlflow.xgboost.save_model
writes a model folder <kind>_<format>/, and <kind>_<format>.expected.json beside it holds the input
(dataframe_split, with missing values) and what mlflow.pyfunc.load_model(dir).predict(input) returns:
its dtype, shape and values. Two more folders:
  booster_nonames_json/  a Booster trained on a numpy array (no feature names), no signature;
                         its input is a plain 2-d float32 array (an ndarray for pyfunc)
  binary_ubj_in_xgb/     model.xgb holding UBJSON, as XGBoost >= 2.1 writes .xgb files: MLflow
                         saves the binary classifier with model_format xgb, then XGBoost 1.7's
                         sklearn wrapper saves the same model to a .ubj name (UBJSON, with its
                         scikit_learn attribute) and that file replaces model.xgb; the MLmodel's
                         model_size_bytes is recomputed with MLflow's own function.
Everything is deterministic (fixed seeds, one thread).

With --large DIR it writes only the load benchmark's model (mlmodel-xgboost's XgboostLoadBenchmark;
not a fixture, so not in this folder): an XGBRegressor of 500 trees of depth 5 on the diabetes
data, saved by MLflow as DIR/large_json and DIR/large_ubj.
"""
import json
import os
import shutil
import sys

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn import datasets

import mlflow
import mlflow.xgboost
from mlflow.models import infer_signature

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = ["xgb", "json", "ubj"]
PIP = ["xgboost==" + xgb.__version__]


def with_missing(df, seed):
    """The frame with about 8% of its cells set to NaN, so trees learn default directions."""
    rng = np.random.RandomState(seed)
    out = df.copy()
    mask = rng.uniform(size=out.shape) < 0.08
    out = out.mask(mask)
    return out


def data():
    cancer = datasets.load_breast_cancer(as_frame=True)
    xb = with_missing(cancer.data.iloc[:, :6], 1)
    yb = cancer.target
    iris = datasets.load_iris(as_frame=True)
    xm = with_missing(iris.data, 2)
    ym = iris.target
    diabetes = datasets.load_diabetes(as_frame=True)
    xr = with_missing(diabetes.data, 3)
    yr = diabetes.target
    return (xb, yb), (xm, ym), (xr, yr)


def probe_rows(x, seed):
    """Twelve rows of x: some as they are, some with extra NaN cells, one all NaN."""
    rng = np.random.RandomState(seed)
    rows = x.iloc[rng.choice(len(x), 12, replace=False)].copy().reset_index(drop=True)
    rows.iloc[3, 0] = np.nan
    rows.iloc[5, 1:3] = np.nan
    rows.iloc[11, :] = np.nan
    return rows


def expected(result):
    arr = np.asarray(result)
    return {"dtype": str(arr.dtype), "shape": list(arr.shape), "values": arr.ravel().tolist()}


def save(name, model, fmt, signature, x_in):
    path = os.path.join(HERE, name)
    shutil.rmtree(path, ignore_errors=True)
    mlflow.xgboost.save_model(model, path, model_format=fmt, signature=signature, pip_requirements=PIP)
    write_expected(name, path, x_in)
    return path


def write_expected(name, path, x_in):
    loaded = mlflow.pyfunc.load_model(path)
    out = loaded.predict(x_in)
    if isinstance(x_in, pd.DataFrame):
        payload = {"dataframe_split": json.loads(x_in.to_json(orient="split", index=False))}
    else:
        payload = {"inputs": [[None if np.isnan(v) else float(v) for v in row] for row in x_in]}
    doc = {"input": payload, "expected": expected(out), "pyfunc": type(loaded._model_impl).__name__,
           "xgboost": xgb.__version__, "mlflow": mlflow.__version__}
    with open(path + ".expected.json", "w") as f:
        json.dump(doc, f, allow_nan=True)
        f.write("\n")


def main():
    (xb, yb), (xm, ym), (xr, yr) = data()
    common = dict(n_estimators=8, max_depth=3, learning_rate=0.3, n_jobs=1, random_state=0, tree_method="hist")
    binary = xgb.XGBClassifier(**common).fit(xb, yb)
    multi = xgb.XGBClassifier(**common).fit(xm, ym)
    reg = xgb.XGBRegressor(**common).fit(xr, yr)
    dtrain = xgb.DMatrix(xm, label=ym)
    booster = xgb.train({"objective": "multi:softprob", "num_class": 3, "max_depth": 2, "eta": 0.5,
                         "nthread": 1, "seed": 0, "tree_method": "hist"}, dtrain, num_boost_round=6)
    cases = [
        ("binary", binary, xb, lambda x: binary.predict(x), 11),
        ("multiclass", multi, xm, lambda x: multi.predict(x), 12),
        ("regressor", reg, xr, lambda x: reg.predict(x), 13),
        ("booster", booster, xm, lambda x: booster.predict(xgb.DMatrix(x)), 14),
    ]
    for kind, model, x, predict, seed in cases:
        rows = probe_rows(x, seed)
        signature = infer_signature(x, predict(x))
        for fmt in FORMATS:
            save(f"{kind}_{fmt}", model, fmt, signature, rows)

    # A Booster that never saw feature names, without a signature: pyfunc gets an ndarray.
    arr = xb.to_numpy(dtype=np.float32)
    nonames = xgb.train({"objective": "binary:logistic", "max_depth": 3, "nthread": 1, "seed": 0,
                         "tree_method": "hist"}, xgb.DMatrix(arr, label=yb), num_boost_round=5)
    rows = probe_rows(pd.DataFrame(arr), 15).to_numpy(dtype=np.float32)
    path = os.path.join(HERE, "booster_nonames_json")
    shutil.rmtree(path, ignore_errors=True)
    mlflow.xgboost.save_model(nonames, path, model_format="json", pip_requirements=PIP)
    write_expected("booster_nonames_json", path, rows)

    # UBJSON content in model.xgb, as XGBoost >= 2.1 writes it.
    path = save("binary_ubj_in_xgb", binary, "xgb", infer_signature(xb, binary.predict(xb)), probe_rows(xb, 16))
    ubj = os.path.join(path, "model.ubj.tmp")
    binary.save_model(ubj + ".ubj")  # the sklearn wrapper's own file, scikit_learn attribute included
    os.replace(ubj + ".ubj", os.path.join(path, "model.xgb"))
    from mlflow.models import Model
    from mlflow.utils.file_utils import get_total_file_size
    meta = Model.load(path)
    meta.model_size_bytes = get_total_file_size(path)
    meta.save(os.path.join(path, "MLmodel"))
    write_expected("binary_ubj_in_xgb", path, probe_rows(xb, 16))
    with open(os.path.join(path, "model.xgb"), "rb") as f:
        head = f.read(2)
    assert head[0:1] == b"{" and chr(head[1]).isalpha(), head


def large(out):
    """The load benchmark's 500-tree model, as JSON and as UBJSON, into out."""
    diabetes = datasets.load_diabetes(as_frame=True)
    x = with_missing(diabetes.data, 4)
    model = xgb.XGBRegressor(n_estimators=500, max_depth=5, learning_rate=0.1, n_jobs=1, random_state=0,
                             tree_method="hist").fit(x, diabetes.target)
    signature = infer_signature(x, model.predict(x))
    for fmt in ("json", "ubj"):
        path = os.path.join(out, "large_" + fmt)
        shutil.rmtree(path, ignore_errors=True)
        mlflow.xgboost.save_model(model, path, model_format=fmt, signature=signature, pip_requirements=PIP)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        sys.exit(large(sys.argv[2]))
    sys.exit(main())
