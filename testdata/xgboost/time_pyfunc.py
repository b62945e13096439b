"""Times mlflow.pyfunc.load_model(dir).predict on one row, for docs/perf-18.md.

Usage: time_pyfunc.py <model dir> <expected.json beside it> [calls]
The row is the first row of the fixture's input, as a one-row DataFrame (what a scoring request
becomes). Prints one line: model, calls, mean and median microseconds per predict call.
"""
import json
import statistics
import sys
import time

import pandas as pd

import mlflow.pyfunc

model_dir, expected, calls = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3000
with open(expected) as f:
    split = json.load(f)["input"]["dataframe_split"]
row = pd.DataFrame([split["data"][0]], columns=split["columns"], dtype="float64")
model = mlflow.pyfunc.load_model(model_dir)
for _ in range(300):
    model.predict(row)
times = []
for _ in range(calls):
    t0 = time.perf_counter_ns()
    model.predict(row)
    times.append((time.perf_counter_ns() - t0) / 1000.0)
print(f"pyfunc {model_dir} calls={calls} mean_us={statistics.fmean(times):.1f} median_us={statistics.median(times):.1f}")
