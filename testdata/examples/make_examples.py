"""Writes the hand-designed input-example fixtures in this folder.

Each folder is a minimal model directory: an MLmodel holding only `saved_input_example_info` (and a
python_function flavor), `input_example.json` written as MLflow writes it
(`json.dumps(obj)`: default separators, no indentation, no trailing newline) and, where MLflow
>= 2.15 would write one, `serving_input_example.json` (`json.dumps(obj, indent=2)`). The values are
chosen by hand to cover every example type and file layout of mlmodel-format.md sections 6.5-6.6.
Run with any Python 3: `python3 make_examples.py` (standard library only).
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
NAN = float("nan")


def info_yaml(info):
    lines = ["flavors:", "  python_function:", "    loader_module: mlflow.pyfunc.model"]
    if info is not None:
        lines.append("saved_input_example_info:")
        for key in sorted(info):
            value = info[key]
            lines.append(f"  {key}: {repr(value) if value == 'true' else value}")
    return "\n".join(lines) + "\n"


def model(name, info, example=None, serving=None, raw_example=None):
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    with open(os.path.join(folder, "MLmodel"), "w") as f:
        f.write(info_yaml(info))
    if raw_example is not None:
        with open(os.path.join(folder, "input_example.json"), "w") as f:
            f.write(raw_example)
    elif example is not None:
        with open(os.path.join(folder, "input_example.json"), "w") as f:
            f.write(json.dumps(example))
    if serving is not None:
        with open(os.path.join(folder, "serving_input_example.json"), "w") as f:
            f.write(json.dumps(serving, indent=2))


def info(kind, **extra):
    d = {"artifact_path": "input_example.json", "type": kind}
    d.update(extra)
    return d


SERVING = {"serving_input_path": "serving_input_example.json"}

# DataFrames (MLflow >= 2.16 layout, and older ones).
split = {"columns": ["id", "name", "flag", "when", "day", "raw", "score"],
         "data": [[1, "a", True, "2020-01-02T03:04:05", "2020-01-02", "AQI=\n", 0.5],
                  [2, "b", False, "2021-06-07T08:09:10", "2021-06-07", "aGk=\n", NAN]]}
model("dataframe_split", info("dataframe", pandas_orient="split", **SERVING), split, {"dataframe_split": split})
values = {"data": [[1, 2], [3, 4]]}
model("dataframe_values", info("dataframe", pandas_orient="values", **SERVING), values, {"dataframe_split": values})
frame = {"columns": ["x", "text"], "data": [[1.0, "a"], [2.5, None]]}
params = {"a": 1, "b": "string"}
model("dataframe_params", info("dataframe", pandas_orient="split", params="true", **SERVING),
      {"inputs": frame, "params": params}, {"dataframe_split": frame, "params": params})
model("dataframe_records", info("dataframe", pandas_orient="records"), [{"a": 1, "b": "x"}, {"b": "y", "c": True}])
model("dataframe_mlflow1", info("dataframe", pandas_orient="split"), {"columns": ["a", 0], "data": [[1, 2]]})

# ndarrays: bare lists (>= 2.16), tf-serving wrapping (1.14 - 2.15), dicts of tensors.
model("ndarray_bare", info("ndarray", **SERVING), [[1.0, None], [3.0, 4.0]], {"inputs": [[1.0, None], [3.0, 4.0]]})
model("ndarray_int32", info("ndarray", **SERVING), [[1, 2, 3], [4, 5, 6]], {"inputs": [[1, 2, 3], [4, 5, 6]]})
model("ndarray_scalar", info("ndarray"), 5)
model("ndarray_tf_serving", info("ndarray", format="tf-serving"), {"inputs": [[1.0, 2.0], [3.0, 4.0]]})
model("ndarray_tf_serving_dict", info("ndarray", format="tf-serving"),
      {"inputs": {"a": [1, 2], "b": [[1.5], [2.5]]}})
model("ndarray_instances", info("ndarray", format="tf-serving"),
      {"instances": [{"a": 1, "b": [1.0, 2.0]}, {"a": 2, "b": [3.0, 4.0]}]})
tensors = {"a": [1, 2], "b": [[1.5]]}
model("tensor_dict", info("ndarray", **SERVING), tensors, {"inputs": tensors})
model("ndarray_params", info("ndarray", params="true", **SERVING),
      {"inputs": [[1, 2]], "params": {"k": 3}}, {"inputs": [[1, 2]], "params": {"k": 3}})

# json_object (>= 2.10).
chat = {"messages": [{"role": "user", "content": "hi"}]}
model("json_object_chat", info("json_object", **SERVING), chat, chat)
model("json_object_dict", info("json_object", **SERVING), {"a": 1, "b": "abc"}, {"inputs": {"a": 1, "b": "abc"}})
model("json_object_string", info("json_object", **SERVING), "hello", {"inputs": "hello"})
model("json_object_list", info("json_object", **SERVING), [{"q": "a"}, {"q": "b"}], {"inputs": [{"q": "a"}, {"q": "b"}]})
model("json_object_params", info("json_object", params="true", **SERVING),
      {"inputs": chat, "params": {"temperature": 0.1}}, dict(chat, temperature=0.1))

# Sparse matrices of [[1, 0, 2], [0, 0, 3]].
dense = {"inputs": [[1.0, 0.0, 2.0], [0.0, 0.0, 3.0]]}
model("sparse_csr", info("sparse_matrix_csr", **SERVING),
      {"data": [1.0, 2.0, 3.0], "indices": [0, 2, 2], "indptr": [0, 2, 3], "shape": [2, 3]}, dense)
model("sparse_csc", info("sparse_matrix_csc", **SERVING),
      {"data": [1.0, 2.0, 3.0], "indices": [0, 0, 1], "indptr": [0, 1, 1, 3], "shape": [2, 3]}, dense)

# Broken ones.
model("no_example", None)
model("missing_file", info("dataframe", pandas_orient="split", **SERVING))
model("unknown_type", info("dict"), {"a": 1})
model("escape", dict(info("json_object"), artifact_path="../json_object_dict/input_example.json"))
model("broken_json", info("dataframe", pandas_orient="split"), raw_example='{"columns": ["a"],\n "data": [[1]\n')
model("bad_row", info("dataframe", pandas_orient="split"), {"columns": ["a", "b"], "data": [[1, 2], [3]]})
model("sparse_bad_indptr", info("sparse_matrix_csr"),
      {"data": [1.0, 2.0], "indices": [0, 1], "indptr": [0, 1, 3], "shape": [2, 2]})
model("params_without_inputs", info("ndarray", params="true"), [[1, 2]])
