#!/usr/bin/env bash
# Crash test of issue #16, run by .ci/run after the unit tests: builds the service jar, then crash_test.py starts it
# on the default H2 file database, kills it with kill -9 during concurrent uploads and evaluations (20 times unless
# CRASH_KILLS says otherwise), restarts it, and checks that every write answered 201 is there and the ledger verifies.
# Exit code: 0 when nothing was lost and the ledger was intact after every restart.
set -euo pipefail
cd "$(dirname "$0")/../../.."

work=target/crash
jar=target/qcdc-evaluator-0.1.0-SNAPSHOT.jar
started=$(date +%s)
if [ "${CRASH_SKIP_BUILD:-}" != "true" ]; then
  mvn -B -ntp -q -DskipTests package
fi
# The extracted layout starts a few seconds faster than the fat jar; same classes, same configuration.
rm -rf "$work/app"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
python3 -B src/test/crash/crash_test.py --jar "$work/app/$(basename "$jar")" --rules rules \
  --example examples/chi-minh-2025.json --workdir "$PWD/$work/run" --port "${CRASH_PORT:-18150}" \
  --kills "${CRASH_KILLS:-20}" ${CRASH_SEED:+--seed "$CRASH_SEED"} && status=0 || status=$?
echo "crash test took $(( $(date +%s) - started )) s"
exit $status
