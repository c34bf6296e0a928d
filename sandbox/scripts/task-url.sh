#!/usr/bin/env bash
# Prints url=http://<public IP>/health of a RUNNING task of the sandbox service that runs the task
# definition $TASK_DEFINITION (to $GITHUB_OUTPUT when set), waiting up to 3 minutes for one.
# Needs CLUSTER, SERVICE, TASK_DEFINITION and the harness role's credentials.
set -euo pipefail
: "${CLUSTER:?}" "${SERVICE:?}" "${TASK_DEFINITION:?}"

for attempt in $(seq 1 36); do
  tasks=$(aws ecs list-tasks --cluster "$CLUSTER" --service-name "$SERVICE" --desired-status RUNNING \
    --query 'taskArns' --output text)
  if [ -n "$tasks" ] && [ "$tasks" != "None" ]; then
    # shellcheck disable=SC2086 # one argument per task ARN
    eni=$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks $tasks --output text \
      --query "tasks[?lastStatus=='RUNNING' && taskDefinitionArn=='${TASK_DEFINITION}'] | [0].attachments[0].details[?name=='networkInterfaceId'].value | [0]")
    if [ -n "$eni" ] && [ "$eni" != "None" ]; then
      ip=$(aws ec2 describe-network-interfaces --network-interface-ids "$eni" \
        --query 'NetworkInterfaces[0].Association.PublicIp' --output text)
      if [ -n "$ip" ] && [ "$ip" != "None" ]; then
        echo "Task of ${TASK_DEFINITION##*/} is at $ip (attempt $attempt)."
        echo "url=http://$ip/health" >> "${GITHUB_OUTPUT:-/dev/stdout}"
        exit 0
      fi
    fi
  fi
  sleep 5
done
echo "::error::No RUNNING task of $SERVICE runs ${TASK_DEFINITION##*/} after 3 minutes." >&2
exit 1
