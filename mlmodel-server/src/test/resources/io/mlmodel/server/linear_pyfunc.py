"""Writes a python_function model computing x.W + b with numpy: the twin of
testdata/onnx/external_data (same signature, same W and b), for the differential test against
`mlflow models serve`. Usage: python linear_pyfunc.py OUT_DIR"""
import sys

import mlflow
import numpy as np
from mlflow.models import ModelSignature
from mlflow.types.schema import Schema, TensorSpec

W = np.array([[1.0, -2.0], [0.5, 0.25], [-1.0, 4.0]], dtype=np.float32)
B = np.array([0.5, -0.5], dtype=np.float32)


class Linear(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input, params=None):
        # the ONNX wrapper answers a dict of its outputs by name; so does this model
        return {"y": np.asarray(model_input, dtype=np.float32) @ W + B}


signature = ModelSignature(inputs=Schema([TensorSpec(np.dtype(np.float32), (-1, 3))]),
                           outputs=Schema([TensorSpec(np.dtype(np.float32), (-1, 2))]))
mlflow.pyfunc.save_model(sys.argv[1], python_model=Linear(), signature=signature)
