"""Lays the JVM-trained LightGBM models out with MLflow 2.17.2's own mlflow.lightgbm.save_model.

Python has no LightGBM here, so a stand-in `lightgbm` package is put in sys.modules: its Booster
(module lightgbm.basic) writes the JVM's text model when MLflow calls save_model, and its
LGBMClassifier (module lightgbm.sklearn) is what MLflow cloudpickles for the scikit-learn-API case.
Everything else (MLmodel keys, env files, signature) is MLflow's own code.
Usage: save_with_mlflow.py <dir with the .lgb texts> <testdata/lightgbm>
"""
import os
import shutil
import sys
import types

import pandas as pd

LGB_VERSION = "4.1.0"  # the LightGBM inside lightgbm4j 4.1.0-2

lightgbm = types.ModuleType("lightgbm")
basic = types.ModuleType("lightgbm.basic")
sklearn_api = types.ModuleType("lightgbm.sklearn")


class Booster:
    def __init__(self, text):
        self.text = text

    def save_model(self, path):
        with open(path, "w") as f:
            f.write(self.text)


class LGBMClassifier:
    """Stands in for a fitted scikit-learn-API model; only its pickle matters."""


Booster.__module__ = "lightgbm.basic"
LGBMClassifier.__module__ = "lightgbm.sklearn"
basic.Booster = Booster
sklearn_api.LGBMClassifier = LGBMClassifier
lightgbm.Booster = Booster
lightgbm.basic = basic
lightgbm.sklearn = sklearn_api
lightgbm.__version__ = LGB_VERSION
sys.modules.update({"lightgbm": lightgbm, "lightgbm.basic": basic, "lightgbm.sklearn": sklearn_api})

import mlflow.lightgbm  # noqa: E402
from mlflow.models import infer_signature  # noqa: E402

src, out = sys.argv[1], sys.argv[2]
probe = pd.read_json(os.path.join(out, "probe.input.json"), orient="columns")
frame = pd.DataFrame(probe["dataframe_split"]["data"], columns=probe["dataframe_split"]["columns"], dtype="float64")
signature = infer_signature(frame)
pip = ["lightgbm==" + LGB_VERSION]
for name in ["binary", "multiclass", "regression"]:
    path = os.path.join(out, name)
    shutil.rmtree(path, ignore_errors=True)
    with open(os.path.join(src, name + ".lgb")) as f:
        mlflow.lightgbm.save_model(Booster(f.read()), path, signature=signature, pip_requirements=pip)
nosig = os.path.join(out, "binary_nosig")
shutil.rmtree(nosig, ignore_errors=True)
with open(os.path.join(src, "binary.lgb")) as f:
    mlflow.lightgbm.save_model(Booster(f.read()), nosig, pip_requirements=pip)
pickled = os.path.join(out, "sklearn_pickle")
shutil.rmtree(pickled, ignore_errors=True)
mlflow.lightgbm.save_model(LGBMClassifier(), pickled, signature=signature, pip_requirements=pip)
