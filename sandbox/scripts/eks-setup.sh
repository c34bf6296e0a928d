#!/usr/bin/env bash
# Writes a kubeconfig for EKS_CLUSTER (EKS token from the harness role) and creates or resets the
# Deployment EKS_DEPLOYMENT in the default namespace to the public bootstrap image, then waits for
# it. A short progress deadline makes a broken rollout fail in about 90 seconds.
set -euo pipefail
: "${EKS_CLUSTER:?}" "${EKS_DEPLOYMENT:?}"
aws eks update-kubeconfig --name "$EKS_CLUSTER" --alias "$EKS_CLUSTER"
kubectl apply --namespace default -f - <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${EKS_DEPLOYMENT}
  labels: { app: ${EKS_DEPLOYMENT}, aws-deploy-actions/sandbox: "true" }
spec:
  replicas: 1
  progressDeadlineSeconds: 90
  selector:
    matchLabels: { app: ${EKS_DEPLOYMENT} }
  template:
    metadata:
      labels: { app: ${EKS_DEPLOYMENT} }
    spec:
      containers:
        - name: web
          image: public.ecr.aws/docker/library/nginx:stable-alpine
          ports: [{ containerPort: 80 }]
          readinessProbe:
            tcpSocket: { port: 80 }
          resources:
            requests: { cpu: 50m, memory: 64Mi }
YAML
kubectl rollout status deployment/"$EKS_DEPLOYMENT" --namespace default --timeout 5m
