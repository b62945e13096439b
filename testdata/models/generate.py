#!/usr/bin/env python3
"""Writes the MLmodel files of testdata/models/<name>/ exactly as MLflow would.

MLflow writes MLmodel with yaml.safe_dump(model.to_dict(), default_flow_style=False) (format
reference section 3.1); this script builds each to_dict() by hand, one per MLflow generation and
flavor family, and dumps it the same way, so the files are byte for byte what MLflow writes.
Run: python3 testdata/models/generate.py   (needs PyYAML; the outputs are committed).
"""
import json
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def sig(inputs, outputs, params=None, with_params=True):
    d = {"inputs": json.dumps(inputs) if inputs is not None else None,
         "outputs": json.dumps(outputs) if outputs is not None else None}
    if with_params:
        d["params"] = json.dumps(params) if params is not None else None
    return d


def col(t, name=None, required=True):
    d = {"type": t}
    if name is not None:
        d["name"] = name
    d["required"] = required
    return d


ENV = {"conda": "conda.yaml", "virtualenv": "python_env.yaml"}

MODELS = {
    # MLflow 1.x: env as a string, no params key, tensor signature without names, tf-serving example.
    "mlflow1_sklearn": {
        "artifact_path": "model",
        "flavors": {
            "python_function": {"env": "conda.yaml", "loader_module": "mlflow.sklearn",
                                "model_path": "model.pkl", "predict_fn": "predict",
                                "python_version": "3.8.10"},
            "sklearn": {"code": None, "pickled_model": "model.pkl",
                        "serialization_format": "cloudpickle", "sklearn_version": "1.0.2"},
        },
        "mlflow_version": "1.30.0",
        "model_uuid": "0f6c1d2e3a4b4c5d9e8f7a6b5c4d3e2f",
        "run_id": "3c2b1a09f8e74d6c5b4a39281706f5e4",
        "saved_input_example_info": {"artifact_path": "input_example.json",
                                     "format": "tf-serving", "type": "ndarray"},
        "signature": sig([{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 4]}}],
                         [{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}],
                         with_params=False),
        "utc_time_created": "2022-06-14 08:30:12.000420",
    },
    # MLflow 2.x custom PythonModel with params, env vars, metadata, artifacts and an unknown key.
    "mlflow2_custom_pyfunc": {
        "artifact_path": "chat",
        "env_vars": ["OPENAI_API_KEY"],
        "flavors": {
            "python_function": {
                "artifacts": {"vocab": {"path": "artifacts/vocab.txt", "uri": "/tmp/vocab.txt"}},
                "cloudpickle_version": "3.1.1", "code": None, "env": ENV,
                "loader_module": "mlflow.pyfunc.model", "python_model": "python_model.pkl",
                "python_version": "3.10.14", "streamable": False},
        },
        "is_signature_from_type_hint": False,
        "metadata": {"owner": "team-b", "score": 0.875, "tags": ["nlp", "beta"]},
        "mlflow_version": "2.21.3",
        "model_size_bytes": 2048,
        "model_uuid": "5e4d3c2b1a0948f7a6b5c4d3e2f1a0b9",
        "prompts": None,
        "run_id": "8f7e6d5c4b3a42918070f6e5d4c3b2a1",
        "saved_input_example_info": {"artifact_path": "input_example.json", "params": "true",
                                     "serving_input_path": "serving_input_example.json",
                                     "type": "json_object"},
        "signature": sig([col("string", "question"), col("long", "max_words", False)],
                         [col("string")],
                         [{"name": "temperature", "type": "double", "default": 0.5, "shape": None},
                          {"name": "stop", "type": "string", "default": ["\n\n"], "shape": [-1]}]),
        "team_owner": "search-platform",
        "type_hint_from_example": False,
        "utc_time_created": "2025-03-02 17:04:11.908172",
    },
    # MLflow 3.x logged model: artifact_path is a URI, model_id equals model_uuid, prompts null.
    "mlflow3_sklearn_logged": {
        "artifact_path": "file:///srv/mlruns/7/models/m-0123456789abcdef0123456789abcdef/artifacts",
        "flavors": {
            "python_function": {"env": ENV, "loader_module": "mlflow.sklearn",
                                "model_path": "model.pkl", "predict_fn": "predict",
                                "python_version": "3.12.3"},
            "sklearn": {"code": None, "pickled_model": "model.pkl",
                        "serialization_format": "cloudpickle", "sklearn_version": "1.6.1"},
        },
        "is_signature_from_type_hint": False,
        "mlflow_version": "3.6.0",
        "model_id": "m-0123456789abcdef0123456789abcdef",
        "model_size_bytes": 5120,
        "model_uuid": "m-0123456789abcdef0123456789abcdef",
        "prompts": None,
        "run_id": "0a1b2c3d4e5f40718293a4b5c6d7e8f9",
        "saved_input_example_info": {"artifact_path": "input_example.json", "pandas_orient": "split",
                                     "serving_input_path": "serving_input_example.json",
                                     "type": "dataframe"},
        "signature": sig([col("double", "sepal length (cm)"), col("double", "sepal width (cm)"),
                          col("double", "petal length (cm)"), col("double", "petal width (cm)")],
                         [col("long")]),
        "type_hint_from_example": False,
        "utc_time_created": "2025-10-01 12:00:00",
    },
    # Strings that PyYAML must quote so they read back as strings (format reference 3.2).
    "yaml11_quoted_strings": {
        "flavors": {"python_function": {"loader_module": "my_loader", "python_version": "3.9"}},
        "metadata": {"yes": "on", "octal": "0123", "hex": "0x1F", "sexagesimal": "190:20:30",
                     "underscored": "1_000", "float_like": "1.30", "exp": "1e3", "null_like": "~",
                     "date_like": "2024-01-01", "empty": "", "colon": "a: b", "hash": "a #b",
                     "multi": "line one\nline two", "accent": "caf\u00e9", "quote": "it's"},
        "mlflow_version": "2.9.2",
        "model_uuid": None,
        "utc_time_created": "2024-01-01 00:00:00.000001",
    },
}

FLAVORS = {
    "onnx": {"code": None, "data": "model.onnx", "onnx_session_options": None,
             "onnx_version": "1.16.1", "providers": ["CPUExecutionProvider"]},
    "xgboost": {"code": None, "data": "model.ubj", "model_class": "xgboost.sklearn.XGBClassifier",
                "model_format": "ubj", "xgb_version": "2.1.3"},
    "lightgbm": {"code": None, "data": "model.lgb", "lgb_version": "4.5.0",
                 "model_class": "lightgbm.basic.Booster"},
    "catboost": {"catboost_version": "1.2.7", "code": None, "data": "model.cb",
                 "model_type": "CatBoostClassifier", "save_format": "cbm"},
    "pytorch": {"code": None, "model_data": "data", "pytorch_version": "2.4.1",
                "extra_files": [{"path": "extra_files/labels.txt"}]},
    "tensorflow": {"code": None, "data": "data", "keras_version": "2.15.0", "model_type": "keras",
                   "save_format": "tf"},
    "keras": {"data": "data", "keras_backend": "jax", "keras_version": "3.6.0",
              "save_exported_model": False},
    "spark": {"code": None, "model_class": "pyspark.ml.pipeline.PipelineModel",
              "model_data": "sparkml", "pyspark_version": "3.5.3"},
    "mleap": {"mleap_version": "0.23.1", "model_data": "mleap/model"},
    "h2o": {"code": None, "data": "model.h2o", "h2o_version": "3.46.0.6"},
    "transformers": {"code": None, "components": ["tokenizer"], "framework": "pt",
                     "instance_type": "TextClassificationPipeline", "model_binary": "model",
                     "pipeline_model_type": "DistilBertForSequenceClassification",
                     "source_model_name": "distilbert-base-uncased", "task": "text-classification",
                     "tokenizer_type": "DistilBertTokenizerFast", "torch_dtype": "torch.float32",
                     "transformers_version": "4.46.3"},
    "statsmodels": {"code": None, "data": "model.statsmodels", "statsmodels_version": "0.14.4"},
}

for name, config in FLAVORS.items():
    MODELS["flavor_" + name] = {
        "flavors": {name: config,
                    "python_function": {"env": ENV, "loader_module": "mlflow." + name,
                                        "python_version": "3.11.9"}},
        "mlflow_version": "2.17.2",
        "model_uuid": "1234567890abcdef1234567890abcdef",
        "utc_time_created": "2024-11-20 09:15:42.123456",
    }

for name, d in MODELS.items():
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "MLmodel"), "w", newline="\n") as f:
        yaml.safe_dump(d, f, default_flow_style=False)
