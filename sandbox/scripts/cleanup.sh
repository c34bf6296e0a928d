#!/usr/bin/env bash
# Removes what a live run created, whatever state the run stopped in; every part is attempted and
# the script fails at the end when one of them failed. Needs the harness role's credentials and
# CLUSTER, SERVICE, APP_STACK, REPOSITORY, IMAGE_TAGS (space-separated), STATE_BUCKET, LOCK_TABLE,
# and EKS_CLUSTER / EKS_DEPLOYMENT when EKS is enabled.
set -uo pipefail
failed=()
step() {
  local name=$1; shift
  echo "::group::$name"
  if "$@"; then echo "- 🧹 $name" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
  else failed+=("$name"); echo "- ❌ clean-up failed: $name" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"; fi
  echo "::endgroup::"
}

scale_service_to_zero() {
  aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --desired-count 0 --query 'service.desiredCount'
}

delete_app_stack() {
  if ! aws cloudformation describe-stacks --stack-name "$APP_STACK" >/dev/null 2>&1; then
    echo "$APP_STACK does not exist"; return 0
  fi
  aws cloudformation delete-stack --stack-name "$APP_STACK" &&
    aws cloudformation wait stack-delete-complete --stack-name "$APP_STACK"
}

delete_images() {
  local ids=()
  for tag in $IMAGE_TAGS; do ids+=("imageTag=$tag"); done
  aws ecr batch-delete-image --repository-name "$REPOSITORY" --image-ids "${ids[@]}" \
    --query '{deleted: length(imageIds), notFound: failures[].imageId.imageTag}'
}

delete_lock_table() {
  if ! aws dynamodb describe-table --table-name "$LOCK_TABLE" >/dev/null 2>&1; then
    echo "$LOCK_TABLE does not exist"; return 0
  fi
  aws dynamodb delete-table --table-name "$LOCK_TABLE" --query 'TableDescription.TableStatus' &&
    aws dynamodb wait table-not-exists --table-name "$LOCK_TABLE"
}

delete_state_bucket() {
  if ! aws s3api head-bucket --bucket "$STATE_BUCKET" >/dev/null 2>&1; then
    echo "$STATE_BUCKET does not exist"; return 0
  fi
  # The bucket is versioned: every version and delete marker goes before the bucket.
  local versions
  versions=$(aws s3api list-object-versions --bucket "$STATE_BUCKET" --output json \
    --query '{Objects: [Versions, DeleteMarkers][][].{Key: Key, VersionId: VersionId}}')
  if [ "$(jq '.Objects | length' <<<"$versions")" -gt 0 ]; then
    aws s3api delete-objects --bucket "$STATE_BUCKET" --delete "$versions" >/dev/null || return 1
  fi
  aws s3api delete-bucket --bucket "$STATE_BUCKET"
}

delete_eks_deployment() {
  kubectl delete deployment "$EKS_DEPLOYMENT" --namespace default --ignore-not-found --wait=false
}

if [ -n "${EKS_CLUSTER:-}" ]; then step "EKS Deployment $EKS_DEPLOYMENT deleted" delete_eks_deployment; fi
step "ECS service $SERVICE scaled to 0" scale_service_to_zero
step "App stack $APP_STACK deleted" delete_app_stack
step "Images $IMAGE_TAGS deleted from $REPOSITORY" delete_images
step "Lock table $LOCK_TABLE deleted" delete_lock_table
step "State bucket $STATE_BUCKET deleted" delete_state_bucket

if [ ${#failed[@]} -gt 0 ]; then
  echo "::error::Clean-up incomplete: ${failed[*]}. Run it again, or delete by hand (sandbox/README.md)."
  exit 1
fi
