#!/bin/sh
# make-cds.sh DIST: makes DIST/lib/mlmodel.jsa, the AppCDS archive bin/mlmodel maps at start.
#
# Run at package time on the assembled distribution (DIST/bin/mlmodel, DIST/lib/*.jar). It runs
# the commands a user starts with over a model folder of our testdata, through the launcher itself
# (so that the archive's class path is exactly the launcher's), with -XX:ArchiveClassesAtExit: the
# JVM writes every class those runs loaded into a dynamic archive on top of the JDK's own.
# Usage: sh src/dist/make-cds.sh target/mlmodel testdata/models/mlflow2_custom_pyfunc
set -eu
dist=$1
model=$2
lib=$dist/lib
rm -f "$lib/mlmodel.jsa" "$lib/mlmodel.jsa.path"
# One training run: the launcher finds no archive and makes one at exit. inspect loads what
# reading a model needs, the largest common part of every command.
"$dist/bin/mlmodel" inspect "$model" > /dev/null
test -f "$lib/mlmodel.jsa" || { echo "make-cds.sh: no archive was written to $lib" >&2; exit 1; }
# The archive is only a cache: check that the launcher maps it (class path recorded, JVM agrees).
MLMODEL_JAVA_OPTS="-Xshare:on" "$dist/bin/mlmodel" inspect "$model" > /dev/null
echo "made $lib/mlmodel.jsa ($(wc -c < "$lib/mlmodel.jsa") bytes)"
