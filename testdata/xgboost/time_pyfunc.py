"""Times mlflow.pyfunc.load_model(dir).predict on one row, for docs/performance.md
("XGBoost and LightGBM predictors").

Usage: time_pyfunc.py <model dir> <expected.json beside it> [calls]
The row is the first row of the fixture's input, as a one-row DataFrame (what a scoring request
becomes). Prints one line: model, calls, wall and CPU (process, all threads) microseconds per predict call.
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
for _ in range(100):
    model.predict(row)
times = []
cpu = []
for _ in range(calls):
    t0 = time.perf_counter_ns()
    c0 = time.process_time_ns()
    model.predict(row)
    cpu.append((time.process_time_ns() - c0) / 1000.0)
    times.append((time.perf_counter_ns() - t0) / 1000.0)
print(f"pyfunc {model_dir} calls={calls} wall_mean_us={statistics.fmean(times):.1f}"
      f" wall_median_us={statistics.median(times):.1f} cpu_median_us={statistics.median(cpu):.1f}"
      f" cpu_mean_us={statistics.fmean(cpu):.1f}")
