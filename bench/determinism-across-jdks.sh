#!/usr/bin/env bash
# Builds and runs the generator with two JDKs (default: the one on PATH and JDK 25) and compares
# the generated sources of a corpus byte for byte. Usage: bench/determinism-across-jdks.sh [JDK_A JDK_B]
set -euo pipefail
cd "$(dirname "$0")/.."

jdk_a="${1:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
jdk_b="${2:-${QACATALOG_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}}"
# Outside target/: each build below starts from clean.
out="$(mktemp -d)/determinism"
commonmark="$HOME/.m2/repository/org/commonmark/commonmark/$(sed -n 's:.*<commonmark.version>\(.*\)</commonmark.version>.*:\1:p' pom.xml)"
javapoet="$HOME/.m2/repository/com/palantir/javapoet/javapoet/$(sed -n 's:.*<javapoet.version>\(.*\)</javapoet.version>.*:\1:p' pom.xml)"
rm -rf "$out"

for jdk in "$jdk_a" "$jdk_b"; do
  name="$(basename "$jdk")"
  echo "== $name"
  # Compiled and run by that JDK, from clean, so that nothing of the other build is reused.
  JAVA_HOME="$jdk" ./mvnw -q -B -pl bench -am -DskipTests clean package
  "$jdk/bin/java" -cp "bench/target/classes:processor/target/classes:runtime/target/classes:$(ls "$commonmark"/commonmark-*.jar | grep -v sources):$(ls "$javapoet"/javapoet-*.jar | grep -v sources)" \
    io.github.qacatalog.bench.GeneratedSourcesForComparison "$out/$name" \
    example/src/main/resources/qa/QA.md example/src/main/resources/qa/deep-dive.md
done

if diff -r -q "$out/$(basename "$jdk_a")" "$out/$(basename "$jdk_b")"; then
  echo "identical: $(ls "$out/$(basename "$jdk_a")" | wc -l) generated sources, $(du -sh "$out/$(basename "$jdk_a")" | cut -f1)"
else
  echo "generated sources differ between $(basename "$jdk_a") and $(basename "$jdk_b")" >&2
  exit 1
fi
