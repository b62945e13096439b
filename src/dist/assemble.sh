#!/bin/sh
# assemble.sh DIST: the prototype of the distribution layout, from a built single-module tree
# (mvn -B package -DskipTests, then mvn -B dependency:copy-dependencies -DincludeScope=runtime
# -DoutputDirectory=target/deps). In the reactor, mlmodel-cli's package phase does the same with
# maven-dependency-plugin (copy-dependencies to target/mlmodel/lib) and maven-resources-plugin
# (src/dist/bin to target/mlmodel/bin), then runs make-cds.sh (exec-maven-plugin).
set -eu
dist=$1
rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp src/dist/bin/mlmodel "$dist/bin/mlmodel"
chmod 755 "$dist/bin/mlmodel"
cp target/mlmodel-0.1.0-SNAPSHOT.jar "$dist/lib/mlmodel.jar"
for dep in jackson-annotations jackson-core jackson-databind snakeyaml-engine picocli onnxruntime; do
  cp target/deps/$dep-[0-9]*.jar "$dist/lib/"
done
