#!/usr/bin/env bash
# expect-equal.sh <what> <expected> <actual>: fails the step when they differ; one summary line either way.
set -euo pipefail
what=$1 expected=$2 actual=$3
if [ "$expected" = "$actual" ]; then
  echo "$what: $actual"
  echo "- ✅ $what: \`$actual\`" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
else
  echo "::error::$what: expected $expected, found $actual"
  echo "- ❌ $what: expected \`$expected\`, found \`$actual\`" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
  exit 1
fi
