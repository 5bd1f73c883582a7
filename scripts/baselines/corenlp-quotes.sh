#!/usr/bin/env bash
# Stanford CoreNLP's quote attribution on a PolNeAR split, as a baseline beside ours:
#   scripts/baselines/corenlp-quotes.sh [DATA] [SPLIT] [OUT.tsv]
# then: ./echotrace eval attribution-quotes --data DATA --split SPLIT --predicted OUT.tsv
# CoreNLP is GPL: it is fetched from Maven Central into ~/.m2 (about 480 MB with its models) and
# run here, never built into Echotrace. Needs about 5 GB of heap.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$here/scripts/jdk.sh"
et_find_jdk || exit 1
data="${1:-$here/../shared/data/polnear}"
split="${2:-dev}"
out="${3:-$here/target/corenlp-quotes-$split.tsv}"
version=4.5.10
work="$here/target/corenlp"
mkdir -p "$work"
cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>baseline</groupId><artifactId>corenlp</artifactId><version>1</version>
<dependencies>
<dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>$version</version></dependency>
<dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>$version</version><classifier>models</classifier></dependency>
</dependencies></project>
POM
(cd "$work" && et_mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null)
"$JAVA_HOME/bin/java" -Xmx5g -cp "$(cat "$work/cp.txt")" "$here/scripts/baselines/CoreNlpQuotes.java" \
  "$data/$split/text" "$out" 2> >(grep -v -E '^\[main\] INFO|^SLF4J' >&2)
echo "quotes written to $out" >&2
