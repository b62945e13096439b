"""Generates the ONNX test models in this folder; run it through generate.sh.

Each model gets an MLflow-style model folder (MLmodel in the shape mlflow.onnx.save_model writes,
model.onnx, and expected.json). expected.json holds input tensors and the outputs numpy computes for
them, independently of ONNX Runtime and of the Java code under test:

  {"inputs": {name: {"dtype": d, "shape": [...], "data": nested list}}, "outputs": {name: {...}}}

Models:
  dtypes/         named multi-input, dynamic batch: float32, float64, int64, int32, bool in and out
  strings/        string tensors in and out (StringNormalizer UPPER, Identity); no signature: ONNX
                  names are used
  external_data/  linear layer whose weights live in model.onnx.data beside the model; unnamed
                  tensor signature; onnx_session_options and a CPU-only providers list
  columns_single_input/  one float input for every feature, column signature (a, b double; c long):
                  a table feeds DataFrame.values, narrowed to float32
  columns_multi_input/   one graph input per column (a double, b int64), column signature
  float16/        float16 in and out, and widened to float32; no signature
  zipmap/         a classifier's outputs as sklearn-onnx writes them: a label tensor and a ZipMap
                  (sequence of maps) of class probabilities
  onnx_only/      the dtypes graph with an onnx flavor only (no python_function), signature names
                  in another order than the graph's inputs
The output is deterministic: running this again rewrites the same bytes.
"""
import json
import os
import shutil

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
OPSET = [helper.make_opsetid("", 13)]

NP_NAMES = {np.float32: "float32", np.float64: "float64", np.int64: "int64", np.int32: "int32",
            np.bool_: "bool", np.str_: "str"}


def tensor_json(a):
    if a.dtype.kind == "U":
        dtype = "str"
    elif a.dtype.kind == "O":
        dtype = "object"
    else:
        dtype = str(a.dtype)
    return {"dtype": dtype, "shape": list(a.shape), "data": a.tolist()}


def dump_expected(expected):
    """One tensor per line, so that diffs stay readable."""
    parts = []
    for side in ("inputs", "outputs"):
        rows = ["    " + json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False) for k, v in expected[side].items()]
        parts.append("  " + json.dumps(side) + ": {\n" + ",\n".join(rows) + "\n  }")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def spec(name, dtype, shape):
    s = {"type": "tensor", "tensor-spec": {"dtype": dtype, "shape": shape}}
    if name is not None:
        s = {"name": name, **s}
    return s


def mlmodel(flavors_pyfunc, inputs, outputs, session_options=None, providers=None):
    lines = ["flavors:", "  onnx:", "    code: null", "    data: model.onnx"]
    if session_options:
        # mlflow.onnx.save_model(onnx_session_options=...) writes the mapping with sorted keys.
        lines += ["    onnx_session_options:"]
        lines += ["      %s: %s" % (k, v) for k, v in sorted(session_options.items())]
    else:
        lines += ["    onnx_session_options: null"]
    lines += ["    onnx_version: " + onnx.__version__, "    providers:"]
    lines += ["    - " + p for p in (providers or ["CUDAExecutionProvider", "CPUExecutionProvider"])]
    if flavors_pyfunc:
        lines += ["  python_function:", "    data: model.onnx", "    env:", "      conda: conda.yaml",
                  "      virtualenv: python_env.yaml", "    loader_module: mlflow.onnx",
                  "    python_version: 3.11.2"]
    lines += ["mlflow_version: 2.17.2"]
    if inputs is not None:
        # One-line flow strings: our YAML reader and PyYAML read them the same either way.
        lines += ["signature:", "  inputs: '" + json.dumps(inputs) + "'",
                  "  outputs: " + ("'" + json.dumps(outputs) + "'" if outputs else "null"), "  params: null"]
    return "\n".join(lines) + "\n"


def write(name, model, mlmodel_text, inputs, outputs, external=False):
    d = os.path.join(HERE, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    onnx.checker.check_model(model)
    path = os.path.join(d, "model.onnx")
    if external:
        onnx.save_model(model, path, save_as_external_data=True, all_tensors_to_one_file=True,
                        location="model.onnx.data", size_threshold=0)
    else:
        onnx.save_model(model, path)
    with open(os.path.join(d, "MLmodel"), "w") as f:
        f.write(mlmodel_text)
    if "python_function:" in mlmodel_text:
        write_env(d)
    expected = {"inputs": {k: tensor_json(v) for k, v in inputs.items()},
                "outputs": {k: tensor_json(v) for k, v in outputs.items()}}
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        f.write(dump_expected(expected))


# The environment files mlflow.onnx.save_model writes beside MLmodel (format reference 7.1-7.3),
# so that every folder with a python_function flavor is a complete, valid MLflow model.
CONDA_YAML = """channels:
- conda-forge
dependencies:
- python=3.11.2
- pip<=23.0.1
- pip:
  - mlflow==2.17.2
  - onnx==1.12.0
  - onnxruntime
name: mlflow-env
"""
PYTHON_ENV_YAML = """python: 3.11.2
build_dependencies:
- pip==23.0.1
- setuptools==66.1.1
- wheel==0.38.4
dependencies:
- -r requirements.txt
"""
REQUIREMENTS_TXT = "mlflow==2.17.2\nonnx==1.12.0\nonnxruntime"


def write_env(d):
    for name, text in (("conda.yaml", CONDA_YAML), ("python_env.yaml", PYTHON_ENV_YAML),
                       ("requirements.txt", REQUIREMENTS_TXT)):
        with open(os.path.join(d, name), "w", newline="\n") as f:
            f.write(text)


def info(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def dtypes_graph():
    axes = numpy_helper.from_array(np.array([1], dtype=np.int64), "axes")
    two = numpy_helper.from_array(np.array(2.0, dtype=np.float32), "two")
    one = numpy_helper.from_array(np.array(1, dtype=np.int64), "one")
    nodes = [
        helper.make_node("Mul", ["f32", "two"], ["f32_twice"]),
        helper.make_node("ReduceSum", ["f64", "axes"], ["f64_sum"], keepdims=0),
        helper.make_node("Add", ["i64", "one"], ["i64_plus1"]),
        helper.make_node("Neg", ["i32"], ["i32_neg"]),
        helper.make_node("Not", ["flag"], ["flag_not"]),
    ]
    graph = helper.make_graph(
        nodes, "dtypes",
        [info("f32", TensorProto.FLOAT, ["batch", 3]), info("f64", TensorProto.DOUBLE, ["batch", 2]),
         info("i64", TensorProto.INT64, ["batch"]), info("i32", TensorProto.INT32, ["batch"]),
         info("flag", TensorProto.BOOL, ["batch"])],
        [info("f32_twice", TensorProto.FLOAT, ["batch", 3]), info("f64_sum", TensorProto.DOUBLE, ["batch"]),
         info("i64_plus1", TensorProto.INT64, ["batch"]), info("i32_neg", TensorProto.INT32, ["batch"]),
         info("flag_not", TensorProto.BOOL, ["batch"])],
        [axes, two, one])
    return helper.make_model(graph, opset_imports=OPSET, producer_name="mlmodel-testdata")


def dtypes_data():
    inputs = {
        "f32": np.array([[0.5, -1.25, 3.0], [1.0, 2.0, -0.125], [7.5, 0.0, 1.5]], dtype=np.float32),
        "f64": np.array([[0.1, 0.2], [1e10, 1.0], [-3.5, 3.25]], dtype=np.float64),
        "i64": np.array([9007199254740993, -1, 0], dtype=np.int64),
        "i32": np.array([2147483647, -5, 0], dtype=np.int32),
        "flag": np.array([True, False, True]),
    }
    outputs = {
        "f32_twice": inputs["f32"] * np.float32(2),
        "f64_sum": inputs["f64"].sum(axis=1),
        "i64_plus1": inputs["i64"] + np.int64(1),
        "i32_neg": -inputs["i32"],
        "flag_not": np.logical_not(inputs["flag"]),
    }
    return inputs, outputs


DTYPES_IN = [spec("f32", "float32", [-1, 3]), spec("f64", "float64", [-1, 2]), spec("i64", "int64", [-1]),
             spec("i32", "int32", [-1]), spec("flag", "bool", [-1])]
DTYPES_OUT = [spec("f32_twice", "float32", [-1, 3]), spec("f64_sum", "float64", [-1]),
              spec("i64_plus1", "int64", [-1]), spec("i32_neg", "int32", [-1]), spec("flag_not", "bool", [-1])]


def dtypes():
    inputs, outputs = dtypes_data()
    write("dtypes", dtypes_graph(), mlmodel(True, DTYPES_IN, DTYPES_OUT), inputs, outputs)


def onnx_only():
    inputs, outputs = dtypes_data()
    write("onnx_only", dtypes_graph(), mlmodel(False, list(reversed(DTYPES_IN)), DTYPES_OUT), inputs, outputs)


def strings():
    # StringNormalizer's case mapping depends on the C++ locale, and ONNX Runtime's default
    # (en_US.UTF-8) is often not installed, so it runs in "C" on ASCII input; the Identity path
    # carries non-ASCII text to show that UTF-8 survives the round trip.
    nodes = [helper.make_node("StringNormalizer", ["s"], ["upper"], case_change_action="UPPER", locale="C"),
             helper.make_node("Identity", ["t"], ["same"])]
    graph = helper.make_graph(nodes, "strings",
                              [info("s", TensorProto.STRING, ["batch"]), info("t", TensorProto.STRING, ["batch"])],
                              [info("upper", TensorProto.STRING, ["batch"]), info("same", TensorProto.STRING, ["batch"])])
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="mlmodel-testdata")
    inputs = {"s": np.array(["abc", "Hello World", ""]), "t": np.array(["ß-ümlaut", "日本", "tab\there"])}
    outputs = {"upper": np.char.upper(inputs["s"]), "same": inputs["t"].copy()}
    write("strings", model, mlmodel(True, None, None), inputs, outputs)


def external_data():
    w = np.array([[1.0, -2.0], [0.5, 0.25], [-1.0, 4.0]], dtype=np.float32)
    b = np.array([0.5, -0.5], dtype=np.float32)
    nodes = [helper.make_node("MatMul", ["x", "W"], ["xw"]), helper.make_node("Add", ["xw", "b"], ["y"])]
    graph = helper.make_graph(nodes, "external", [info("x", TensorProto.FLOAT, ["batch", 3])],
                              [info("y", TensorProto.FLOAT, ["batch", 2])],
                              [numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "b")])
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="mlmodel-testdata")
    x = np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]], dtype=np.float32)
    write("external_data", model,
          mlmodel(True, [spec(None, "float32", [-1, 3])], [spec(None, "float32", [-1, 2])],
                  session_options={"intra_op_num_threads": 1, "inter_op_num_threads": 1,
                                   "execution_mode": "sequential", "graph_optimization_level": 99},
                  providers=["CPUExecutionProvider"]),
          {"x": x}, {"y": x @ w + b}, external=True)


def columns_single_input():
    # The usual sklearn-onnx shape: one float input holding every feature, and an MLflow column
    # signature. MLflow feeds DataFrame.values (float64 here, as long and double columns mix) and
    # narrows it to float32.
    w = np.array([[0.5], [-1.0], [2.0]], dtype=np.float32)
    nodes = [helper.make_node("MatMul", ["float_input", "W"], ["variable"])]
    graph = helper.make_graph(nodes, "columns_single", [info("float_input", TensorProto.FLOAT, ["batch", 3])],
                              [info("variable", TensorProto.FLOAT, ["batch", 1])], [numpy_helper.from_array(w, "W")])
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="mlmodel-testdata")
    inputs = {"a": np.array([1.5, -2.0, 0.0]), "b": np.array([0.25, 4.0, 1.0]),
              "c": np.array([3, -1, 7], dtype=np.int64)}
    values = np.stack([inputs["a"], inputs["b"], inputs["c"]], axis=1).astype(np.float32)
    write("columns_single_input", model,
          mlmodel(True, [{"type": "double", "name": "a", "required": True},
                         {"type": "double", "name": "b", "required": True},
                         {"type": "long", "name": "c", "required": True}],
                  [{"type": "float", "required": True}]),
          inputs, {"variable": (values @ w).reshape(-1)})


def columns_multi_input():
    # One graph input per column: MLflow feeds data[name].values, a 1-d array per input.
    nodes = [helper.make_node("Cast", ["b"], ["b_double"], to=TensorProto.DOUBLE),
             helper.make_node("Add", ["a", "b_double"], ["total"])]
    graph = helper.make_graph(nodes, "columns_multi",
                              [info("a", TensorProto.DOUBLE, ["batch"]), info("b", TensorProto.INT64, ["batch"])],
                              [info("total", TensorProto.DOUBLE, ["batch"])])
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="mlmodel-testdata")
    inputs = {"a": np.array([0.5, -1.25, 1e15]), "b": np.array([1, 2, -3], dtype=np.int64)}
    write("columns_multi_input", model,
          mlmodel(True, [{"type": "double", "name": "a", "required": True},
                         {"type": "long", "name": "b", "required": True}],
                  [{"type": "double", "name": "total", "required": True}]),
          inputs, {"total": inputs["a"] + inputs["b"].astype(np.float64)})


def zipmap():
    # What sklearn-onnx makes of a classifier: a label tensor and a ZipMap of class probabilities,
    # a sequence of maps, which onnxruntime returns as a list of dicts.
    nodes = [helper.make_node("ArgMax", ["probabilities"], ["label"], axis=1, keepdims=0),
             helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                              classlabels_int64s=[0, 1, 2])]
    seq_type = onnx.TypeProto()
    seq_type.sequence_type.elem_type.map_type.key_type = TensorProto.INT64
    seq_type.sequence_type.elem_type.map_type.value_type.tensor_type.elem_type = TensorProto.FLOAT
    seq_map = helper.make_value_info("output_probability", seq_type)
    graph = helper.make_graph(nodes, "zipmap", [info("probabilities", TensorProto.FLOAT, ["batch", 3])],
                              [info("label", TensorProto.INT64, ["batch"]), seq_map])
    model = helper.make_model(graph, opset_imports=OPSET + [helper.make_opsetid("ai.onnx.ml", 1)],
                              producer_name="mlmodel-testdata")
    p = np.array([[0.1, 0.7, 0.2], [0.5, 0.25, 0.25]], dtype=np.float32)
    write("zipmap", model, mlmodel(True, [spec("probabilities", "float32", [-1, 3])], None), {"probabilities": p},
          {"label": p.argmax(axis=1).astype(np.int64),
           "output_probability": np.array([{str(k): float(v) for k, v in enumerate(row)} for row in p], dtype=object)})


def float16():
    # Half precision in and out, and widened to float32; no signature.
    nodes = [helper.make_node("Neg", ["h"], ["h_neg"]), helper.make_node("Cast", ["h"], ["h32"], to=TensorProto.FLOAT)]
    graph = helper.make_graph(nodes, "float16", [info("h", TensorProto.FLOAT16, ["batch", 2])],
                              [info("h_neg", TensorProto.FLOAT16, ["batch", 2]), info("h32", TensorProto.FLOAT, ["batch", 2])])
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="mlmodel-testdata")
    h = np.array([[0.5, -1.5], [65504.0, 0.099975586]], dtype=np.float16)
    write("float16", model, mlmodel(True, None, None), {"h": h}, {"h_neg": -h, "h32": h.astype(np.float32)})


if __name__ == "__main__":
    float16()
    zipmap()
    columns_single_input()
    columns_multi_input()
    dtypes()
    onnx_only()
    strings()
    external_data()
