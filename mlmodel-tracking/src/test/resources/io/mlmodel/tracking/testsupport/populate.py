"""Logs and registers models on a running MLflow tracking server with MLflow's own Python client,
for TrackingServerTest. Prints one JSON object: the run ids and artifact URIs the test expects.

usage: python populate.py TRACKING_URI [BIG_FILE_MB]
"""
import json
import os
import sys
import tempfile

import mlflow
import numpy as np
from mlflow import MlflowClient
from sklearn.linear_model import LogisticRegression

uri = sys.argv[1]
big_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 0
mlflow.set_tracking_uri(uri)
X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])
y = np.array([0, 1, 1, 0])
out = {}
for i in (1, 2):
    with mlflow.start_run(run_name=f"run-{i}") as run:
        model = LogisticRegression(C=float(i)).fit(X, y)
        mlflow.sklearn.log_model(model, "model", registered_model_name="iris")
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "readme.txt"), "w") as f:
                f.write(f"hello from run {i}\n")
            with open(os.path.join(d, "with space é.txt"), "w") as f:
                f.write("spaced\n")
            mlflow.log_artifacts(d, "notes")
        if i == 1 and big_mb:
            with tempfile.TemporaryDirectory() as d:
                p = os.path.join(d, "blob.bin")
                with open(p, "wb") as f:
                    f.write(os.urandom(big_mb * 1024 * 1024))
                mlflow.log_artifact(p, "big")
        if i == 2:
            # an artifact path with a space, which MLflow records unencoded in the artifact URI
            mlflow.sklearn.log_model(model, "my model")
        out[f"run{i}"] = run.info.run_id
        out[f"artifact_uri{i}"] = run.info.artifact_uri
client = MlflowClient()
client.set_registered_model_alias("iris", "champion", "1")
client.transition_model_version_stage("iris", "2", "Production")
out["download_uri1"] = client.get_model_version_download_uri("iris", "1")
# a version whose source stays a runs:/ URI (create_model_version does not resolve it)
client.create_registered_model("spaced")
client.create_model_version("spaced", f"runs:/{out['run2']}/my model", run_id=out["run2"])
out["download_uri_spaced"] = client.get_model_version_download_uri("spaced", "1")
print(json.dumps(out))
