# Sourced by bin/cloudmaker, bin/test and .ci/run: sets JAVA to a java binary of version 21 or
# newer, looking where a user's machine keeps JDKs: JAVA_HOME, java on the PATH, the usual JVM
# folders. JAVA_HOME wins when it is recent enough; otherwise the newest JDK found is used, with a
# note on stderr that JAVA_HOME is ignored and which JDK runs instead.

java_major() { # the feature version of the java binary $1 (e.g. 21), or 0
  local v
  v="$(java_release "$1" JAVA_VERSION)"
  if [[ -n "$v" ]]; then echo "${v%%[.+-]*}"; return; fi
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

# A value from the JDK's `release` file beside bin/ (e.g. JAVA_VERSION="25.0.3"), or nothing; reading
# it saves starting a JVM just to ask its version.
java_release() {
  local file
  file="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  [[ -r "$file" ]] && sed -n "s/^$2=\"\(.*\)\"\$/\1/p" "$file" | head -1
  return 0
}

find_java() {
  local candidates=() dir c v best="" best_version=0 ignored=""
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    v="$(java_major "$JAVA_HOME/bin/java")"
    if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then JAVA="$JAVA_HOME/bin/java"; return 0; fi
    ignored="JAVA_HOME ($JAVA_HOME) is Java ${v:-of an unknown version}, older than the 21 cloudmaker needs"
  elif [[ -n "${JAVA_HOME:-}" ]]; then
    ignored="JAVA_HOME ($JAVA_HOME) holds no bin/java"
  fi
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -x "$dir/bin/java" && -x "$dir/bin/javac" ]] && candidates+=("$dir/bin/java")
  done
  for c in "${candidates[@]}"; do
    v="$(java_major "$c")"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if (( v >= 21 && v > best_version )); then best="$c"; best_version="$v"; fi
  done
  if [[ -z "$best" ]]; then
    echo "cloudmaker needs a JDK 21 or newer and found none (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm and other usual folders)." >&2
    echo "Install one (Temurin 21+, or your distribution's openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA="$best"
  # said, not silently overridden: the user set JAVA_HOME for a reason
  [[ -z "$ignored" ]] || echo "cloudmaker: note: $ignored; it is ignored, and Java $best_version at $best is used." >&2
  return 0
}

use_java() { # find_java, then point JAVA_HOME at it (for the Maven Wrapper)
  find_java || return 1
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")"
  export JAVA_HOME
  # Maven's own libraries warn on JDK 24+ unless told that sun.misc.Unsafe use is expected
  if (( "$(java_major "$JAVA")" >= 24 )); then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
