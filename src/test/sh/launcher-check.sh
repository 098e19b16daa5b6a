#!/usr/bin/env bash
# The fast launcher (src/main/sh/qcdc) on a fresh cache, three runs of `test-rules` with a rule compile: the first
# records the class list, the second makes the class archive, the third uses it. Each must exit 0 with the scenarios'
# summary on stdout and nothing of a JVM crash (Java 17's dump at exit crashed after a rule compile: exit 134).
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=$(ls target/qcdc-evaluator-*.jar | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache QCDC_JAR=$PWD/$jar QCDC_RULE_CACHE=off
for run in 1 2 3; do
  rc=0
  (cd "$work" && "$OLDPWD/src/main/sh/qcdc" test-rules --rules "$OLDPWD/rules") > "$work/out" 2> "$work/err" || rc=$?
  if [ $rc -ne 0 ] || ! tail -1 "$work/out" | grep -q ' passed, 0 failed$' || grep -q 'fatal error' "$work/out" "$work/err"; then
    echo "launcher check: run $run exited $rc"; tail -n 5 "$work/out" "$work/err"; exit 1
  fi
  if ls "$work"/hs_err_pid* >/dev/null 2>&1; then echo "launcher check: run $run left a JVM crash file"; exit 1; fi
done
archive=$(ls "$work"/cache/qcdc-evaluator/app/*/cli.jsa 2>/dev/null || true)
[ -n "$archive" ] || { echo "launcher check: no class archive after three runs"; exit 1; }
echo "launcher check: 3 runs exit 0, class archive made and used: PASS"
