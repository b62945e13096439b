#!/bin/sh
# Writes MLmodel with a Latin-1 byte (0xE9, "é" in ISO-8859-1), which is not valid UTF-8:
# the file an editor set to Windows-1252 would save. Run from this folder: sh generate.sh
printf 'flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\nmetadata:\n  author: Ren\351e\nmlflow_version: 2.17.2\n' > MLmodel
