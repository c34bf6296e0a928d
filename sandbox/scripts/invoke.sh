#!/usr/bin/env bash
# Invokes FUNCTION (optionally QUALIFIER) and checks the outcome against EXPECT:
#   EXPECT=healthy  the function answers {"healthy": true, "release": RELEASE}
#   EXPECT=broken   the invocation ends in a function error (the broken release is live)
# Needs the harness role's credentials. Appends one line to the job summary.
set -euo pipefail
: "${FUNCTION:?}" "${EXPECT:?}"
target="$FUNCTION${QUALIFIER:+:$QUALIFIER}"
payload=$(mktemp)
error=$(aws lambda invoke --function-name "$FUNCTION" ${QUALIFIER:+--qualifier "$QUALIFIER"} \
  --query 'FunctionError' --output text "$payload")
body=$(cat "$payload")
echo "$target answered: ${error} ${body}"

case "$EXPECT" in
  healthy)
    if [ "$error" != "None" ]; then
      echo "::error::$target failed ($error): $body"; exit 1
    fi
    release=$(jq -r '.release' "$payload")
    if [ "$(jq -r '.healthy' "$payload")" != "true" ] || { [ -n "${RELEASE:-}" ] && [ "$release" != "$RELEASE" ]; }; then
      echo "::error::$target answered $body, expected healthy release ${RELEASE:-any}"; exit 1
    fi
    echo "- ✅ \`$target\` is healthy and runs release \`$release\`" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
    ;;
  broken)
    if [ "$error" = "None" ]; then
      echo "::error::$target answered $body, expected the broken release to fail"; exit 1
    fi
    echo "- ✅ \`$target\` fails as the broken release should ($error)" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
    ;;
  *) echo "::error::EXPECT must be healthy or broken, not $EXPECT"; exit 2 ;;
esac
