# Sourced by ./echotrace and scripts/*: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is recent enough, else the newest JDK >= 21 in the system JVM folders.

_et_java_major() {
  # Prints the feature version of the JDK at $1, or nothing.
  local rel="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  printf '%s' "$v"
}

et_find_jdk() {
  local best="" best_v=0 d v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(_et_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      return 0
    fi
    echo "echotrace: JAVA_HOME=$JAVA_HOME is not a JDK >= 21 (found ${v:-none}); looking elsewhere" >&2
  fi
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] || continue
    v=$(_et_java_major "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
      best="$d"; best_v="$v"
    fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<'MSG'
echotrace: no JDK 21 or newer was found.
  Looked at $JAVA_HOME and /usr/lib/jvm, /usr/java, /opt/java.
  Install one (for example Debian's openjdk-21-jdk or a Temurin JDK) or set JAVA_HOME to it.
MSG
    return 1
  fi
  export JAVA_HOME="$best"
}

et_mvn() {
  # Maven itself warns about sun.misc.Unsafe on new JDKs; that is Maven's, not ours.
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -B "$@"
}
