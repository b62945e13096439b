#!/bin/sh
# Regenerates the ONNX test models in this folder (the build never runs this: the outputs are committed).
# Uses Debian's onnx and numpy (python3-onnx 1.12, python3-numpy 1.24) with the system interpreter,
# installing them when missing.
set -eu
cd "$(dirname "$0")"
if ! /usr/bin/python3 -c 'import onnx, numpy' 2>/dev/null; then
  apt-get update
  apt-get install -y python3-onnx python3-numpy
fi
exec /usr/bin/python3 generate.py "$@"
