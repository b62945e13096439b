#!/bin/sh
# make-cds.sh DIST MODEL...: the distribution's class data sharing archive, made at package time.
#
# Writes DIST/lib/mlmodel.classlist, the classes one `inspect MODEL...` run loads, by name (so it
# holds wherever the distribution is copied), then has the launcher dump DIST/lib/mlmodel.jsa
# from it (as it does after a copy) and checks that a run maps that archive (-Xshare:on fails
# otherwise). The archive belongs to this JDK and these jar paths; it is never committed.
# MLMODEL_SKIP_CDS=true removes the old files and writes a stamp that matches no class path: an
# archive left beside jars rebuilt with the same size and (reproducible) time stamp would otherwise
# be mapped in their place, also when this folder is copied over an older one.
set -e
dist=$1
shift
lib=$dist/lib
rm -f "$lib/mlmodel.classlist" "$lib/mlmodel.jsa" "$lib/mlmodel.jsa.cp"
if [ "${MLMODEL_SKIP_CDS:-false}" = true ]; then
  echo none > "$lib/mlmodel.jsa.cp"
  exit 0
fi
# A temporary file first: MLMODEL_OPTS is split at spaces, and DIST may have some.
list=$(mktemp)
trap 'rm -f "$list"' EXIT
MLMODEL_OPTS="-XX:DumpLoadedClassList=$list" "$dist/bin/mlmodel" inspect "$@" > /dev/null
cat "$list" > "$lib/mlmodel.classlist"
"$dist/bin/mlmodel" --version > /dev/null
test -f "$lib/mlmodel.jsa" || { echo "make-cds.sh: the launcher made no $lib/mlmodel.jsa" >&2; exit 1; }
MLMODEL_OPTS=-Xshare:on "$dist/bin/mlmodel" inspect "$@" > /dev/null
echo "make-cds.sh: $lib/mlmodel.jsa ($(wc -l < "$lib/mlmodel.classlist") classes listed)"
