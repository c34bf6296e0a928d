// The shell scripts deploy-ec2 sends over SSM Run Command: one to deploy (wait for the setup
// marker, check out a commit or set images, build, up, health-check) and one to restore what a
// deploy recorded. Both are generated here, whole: the values are validated by the callers and
// shell-quoted here; the code around them is constant. The text is POSIX `sh` that runs bash, as
// AWS-RunShellScript runs its commands with `sh`.
import { imageVariable } from './inputs.js';
import { assignments, shellQuote } from './shell.js';

/** Exit codes of both scripts: what the action does next depends on them. */
export const EXIT = {
  /** Failed before anything changed on the instance: nothing to roll back. */
  unchanged: 10,
  /** The restore refused: no breadcrumb of that record, or it does not match, or deployed since. */
  refused: 12,
  /** Failed after the instance changed (checkout, env file, build, up): roll back. */
  update: 20,
  /** The health check failed after the update: roll back. */
  health: 30,
} as const;

/** Lines the scripts print for the action to read back: `deploy-ec2: <key> <value…>`. */
export const MARKER = 'deploy-ec2:';

export interface ComposeSettings {
  /** Region of Parameter Store and ECR for the instance's AWS CLI. */
  region: string;
  workingDirectory: string;
  composeFiles: string[];
  envFile: string;
  /** Compose services to build and start; empty: all of the project. */
  services: string[];
  build: boolean;
  /** Services whose image deploy-ec2 sets through `<SERVICE>_IMAGE` in the env file. */
  imageServices: string[];
  healthCommand?: string | undefined;
  healthTimeoutSeconds: number;
}

export interface DeployScript extends ComposeSettings {
  recordId: string;
  ref?: string | undefined;
  images: Record<string, string>;
  /** KEY → literal value written to the env file. */
  environment: Record<string, string>;
  /** KEY → Parameter Store name, read on the instance with --with-decryption. */
  parameters: Record<string, string>;
  waitForFile?: string | undefined;
  waitTimeoutSeconds: number;
}

export interface InstanceState {
  commit?: string | undefined;
  /** service → image, as the env file named them. */
  images?: Record<string, string> | undefined;
}

export interface RestoreScript extends ComposeSettings {
  recordId: string;
  previous: InstanceState;
  current: InstanceState | null;
  force: boolean;
}

/**
 * Bash as written, with `\${` for bash's `${` (a template literal cannot hold `${` as text); every
 * other character, backslashes included, stays exactly as typed.
 */
function bash(strings: TemplateStringsArray): string {
  return strings.raw.join('').replace(/\\\$\{/g, '${');
}

/** The functions both scripts use; no value is interpolated here. */
const LIBRARY = bash`
say() { printf 'deploy-ec2: %s\n' "$*"; }
note() { printf '%s\n' "$*"; }
PHASE=prepare
finish() {
  local rc=$?
  trap - EXIT
  if [ "$rc" -eq 0 ]; then exit 0; fi
  case "$PHASE" in
    prepare) say "result unchanged (failed before changing anything, exit $rc)"; exit 10 ;;
    refused) say "result refused"; exit 12 ;;
    health) say "result health-failed"; exit 30 ;;
    *) say "result update-failed (during $PHASE, exit $rc)"; exit 20 ;;
  esac
}
trap finish EXIT
fail() { printf 'deploy-ec2: error: %s\n' "$*" >&2; exit 1; }
git() { command git -c safe.directory="$WORKDIR" "$@"; }
# Runs a noisy command; prints only its last lines (SSM keeps the first 24,000 characters).
quietly() {
  local log rc=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then tail -n 15 "$log"; else tail -n 60 "$log"; fi
  rm -f "$log"
  return "$rc"
}
find_compose() {
  if docker compose version >/dev/null 2>&1; then COMPOSE=(docker compose)
  elif command -v docker-compose >/dev/null 2>&1; then COMPOSE=(docker-compose)
  else fail "neither 'docker compose' nor 'docker-compose' is installed"; fi
  local file
  COMPOSE_ARGS=()
  for file in \${COMPOSE_FILES[@]+"\${COMPOSE_FILES[@]}"}; do COMPOSE_ARGS+=(-f "$file"); done
  if [ "$ENV_FILE" != ".env" ]; then COMPOSE_ARGS+=(--env-file "$ENV_FILE"); fi
}
compose() { "\${COMPOSE[@]}" \${COMPOSE_ARGS[@]+"\${COMPOSE_ARGS[@]}"} "$@"; }
# The value of KEY in the env file (last one wins), without surrounding quotes; empty if unset.
env_value() {
  local value=""
  if [ -f "$ENV_FILE" ]; then value=$(sed -n "s/^$1=//p" "$ENV_FILE" | tail -n 1); fi
  value=\${value#\'}; value=\${value%\'}; value=\${value#\"}; value=\${value%\"}
  printf '%s' "$value"
}
head_commit() { if [ -d .git ]; then git rev-parse --verify --quiet HEAD || true; fi; }
# The breadcrumb: what this record changed on this instance, written before the change.
breadcrumb_text() {
  local var
  printf 'deploy-ec2 breadcrumb 1\n'
  printf 'record=%s\n' "$RECORD_ID"
  printf 'working-directory=%s\n' "$WORKDIR"
  printf 'env-file=%s\n' "$ENV_FILE"
  printf 'compose-file=%s\n' "\${COMPOSE_FILES[*]-}"
  printf 'services=%s\n' "\${SERVICES[*]-}"
  printf 'build=%s\n' "$BUILD"
  printf 'previous-commit=%s\n' "$PREVIOUS_COMMIT"
  for var in \${IMAGE_VARS[@]+"\${IMAGE_VARS[@]}"}; do
    printf 'previous-image.%s=%s\n' "$var" "\${PREVIOUS_IMAGE[$var]-}"
  done
}
# 0: every container of the services runs (healthy where it has a healthcheck; a one-shot
# container may have exited 0); 1: one failed; 2: still starting.
containers_state() {
  local ids id line name status health code starting=0
  ids=$(compose ps -q \${SERVICES[@]+"\${SERVICES[@]}"}) || return 1
  if [ -z "$ids" ]; then note "no container runs for the services"; return 1; fi
  for id in $ids; do
    line=$(docker inspect --format '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.ExitCode}}' "$id") || return 1
    read -r name status health code <<<"$line"
    case "$status:$health" in
      running:none | running:healthy) ;;
      running:starting | created:* | restarting:*) starting=1; HEALTH_NOTE="\${name#/} is $status ($health)" ;;
      exited:none) [ "$code" = 0 ] || { note "\${name#/} exited with code $code"; return 1; } ;;
      *) note "\${name#/} is $status ($health)"; return 1 ;;
    esac
  done
  return "$starting"
}
health_check() {
  PHASE=health
  local deadline=$((SECONDS + HEALTH_SECONDS)) rc output
  HEALTH_NOTE=""
  say "health check (up to \${HEALTH_SECONDS}s)"
  while :; do
    rc=0; containers_state || rc=$?
    if [ "$rc" -eq 1 ]; then compose ps || true; compose logs --tail 30 \${SERVICES[@]+"\${SERVICES[@]}"} 2>&1 || true; fail "containers are not running"; fi
    if [ "$rc" -eq 0 ]; then break; fi
    if [ "$SECONDS" -ge "$deadline" ]; then compose ps || true; fail "still starting after \${HEALTH_SECONDS}s: $HEALTH_NOTE"; fi
    sleep 2
  done
  if [ -n "$HEALTH_COMMAND" ]; then
    while :; do
      rc=0; output=$(bash -c "$HEALTH_COMMAND" 2>&1) || rc=$?
      if [ "$rc" -eq 0 ]; then note "$output" | tail -n 5; break; fi
      if [ "$SECONDS" -ge "$deadline" ]; then
        note "$output" | tail -n 20
        compose logs --tail 30 \${SERVICES[@]+"\${SERVICES[@]}"} 2>&1 || true
        fail "health command exited $rc for \${HEALTH_SECONDS}s"
      fi
      sleep 2
    done
  fi
  compose ps || true
  say "healthy"
}
ecr_login() {
  local entry
  for entry in \${ECR_LOGINS[@]+"\${ECR_LOGINS[@]}"}; do
    say "docker login \${entry% *}"
    aws ecr get-login-password --region "\${entry#* }" | docker login --username AWS --password-stdin "\${entry% *}" >/dev/null
  done
}
start_services() {
  PHASE=update
  ecr_login
  if [ "$BUILD" = true ]; then say "build"; quietly compose build \${SERVICES[@]+"\${SERVICES[@]}"}; fi
  if [ "\${#IMAGE_VARS[@]}" -gt 0 ]; then say "pull"; quietly compose pull \${SERVICES[@]+"\${SERVICES[@]}"}; fi
  say "up"
  quietly compose up -d \${SERVICES[@]+"\${SERVICES[@]}"}
}
`;

const DEPLOY = bash`
cd "$WORKDIR" 2>/dev/null || fail "working directory $WORKDIR does not exist"
if [ -n "$WAIT_FOR_FILE" ] && [ ! -e "$WAIT_FOR_FILE" ]; then
  say "waiting for $WAIT_FOR_FILE (up to \${WAIT_SECONDS}s)"
  deadline=$((SECONDS + WAIT_SECONDS))
  until [ -e "$WAIT_FOR_FILE" ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "$WAIT_FOR_FILE did not appear within \${WAIT_SECONDS}s"
    sleep 2
  done
  say "found $WAIT_FOR_FILE"
fi
find_compose
PREVIOUS_COMMIT=$(head_commit)
declare -A PREVIOUS_IMAGE=()
for var in \${IMAGE_VARS[@]+"\${IMAGE_VARS[@]}"}; do
  PREVIOUS_IMAGE[$var]=$(env_value "$var")
  if [ -n "\${PREVIOUS_IMAGE[$var]}" ]; then say "previous image $var \${PREVIOUS_IMAGE[$var]}"; fi
done
if [ -n "$PREVIOUS_COMMIT" ]; then say "previous commit $PREVIOUS_COMMIT"; fi
if [ -n "$REF" ]; then
  [ -d .git ] || fail "$WORKDIR is not a git checkout"
  say "fetch $REF"
  quietly git fetch --tags --force origin || fail "git fetch failed"
  if NEW_COMMIT=$(git rev-parse --verify --quiet "refs/remotes/origin/$REF^{commit}"); then :
  elif NEW_COMMIT=$(git rev-parse --verify --quiet "$REF^{commit}"); then :
  elif quietly git fetch origin "$REF" && NEW_COMMIT=$(git rev-parse --verify --quiet "FETCH_HEAD^{commit}"); then :
  else fail "no commit $REF in the repository of $WORKDIR"; fi
  say "new commit $NEW_COMMIT"
fi
for key in \${PARAMETER_KEYS[@]+"\${PARAMETER_KEYS[@]}"}; do
  value=$(aws ssm get-parameter --region "$REGION" --with-decryption --name "\${PARAMETERS[$key]}" --query Parameter.Value --output text) ||
    fail "could not read SSM parameter \${PARAMETERS[$key]} for $key (the instance role needs ssm:GetParameter and kms:Decrypt)"
  case "$value" in *"'"* | *$'\n'* | *$'\r'*) fail "the value of $key holds a quote or a line break: not writable to $ENV_FILE" ;; esac
  ENV_LINES+=("$key='$value'")
done
unset value

PHASE=breadcrumb
STATE_DIR="$WORKDIR/.deploy-ec2"
mkdir -p -m 700 "$STATE_DIR"
chmod 700 "$STATE_DIR"
if [ -d .git ] && ! grep -qx '/.deploy-ec2/' .git/info/exclude 2>/dev/null; then
  mkdir -p .git/info && printf '/.deploy-ec2/\n' >>.git/info/exclude
fi
if [ "\${#MANAGED_KEYS[@]}" -gt 0 ]; then
  if [ -f "$ENV_FILE" ]; then cp -p "$ENV_FILE" "$STATE_DIR/$RECORD_ID.env"; else : >"$STATE_DIR/$RECORD_ID.no-env"; fi
fi
breadcrumb_text >"$STATE_DIR/$RECORD_ID.tmp"
mv "$STATE_DIR/$RECORD_ID.tmp" "$STATE_DIR/$RECORD_ID"
say "breadcrumb $STATE_DIR/$RECORD_ID"

PHASE=checkout
if [ -n "$REF" ]; then git checkout --quiet --detach "$NEW_COMMIT"; fi
PHASE=env-file
if [ "\${#MANAGED_KEYS[@]}" -gt 0 ]; then
  pattern="^($(IFS='|'; printf '%s' "\${MANAGED_KEYS[*]}"))="
  # created unreadable to others before the first secret is written to it
  (
    umask 077
    {
      if [ -f "$ENV_FILE" ]; then grep -Ev "$pattern" "$ENV_FILE" || true; fi
      printf '%s\n' "\${ENV_LINES[@]}"
    } >"$ENV_FILE.deploy-ec2"
  )
  chmod 600 "$ENV_FILE.deploy-ec2"
  mv "$ENV_FILE.deploy-ec2" "$ENV_FILE"
  say "wrote \${#MANAGED_KEYS[@]} variable(s) to $ENV_FILE"
fi
start_services
health_check
say "result deployed"
`;

const RESTORE = bash`
PHASE=refused
cd "$WORKDIR" 2>/dev/null || fail "working directory $WORKDIR does not exist: not deployed by record $RECORD_ID"
STATE_DIR="$WORKDIR/.deploy-ec2"
BREADCRUMB="$STATE_DIR/$RECORD_ID"
[ -f "$BREADCRUMB" ] || fail "no breadcrumb of record $RECORD_ID in $STATE_DIR: this instance was not deployed by that record; nothing changed"
[ "$(cat "$BREADCRUMB")" = "$(breadcrumb_text)" ] || fail "the breadcrumb of record $RECORD_ID does not match the record (previous state, files or services differ); nothing changed"
find_compose
at_previous=1
[ "$(head_commit)" = "$PREVIOUS_COMMIT" ] || at_previous=0
if [ -f "$STATE_DIR/$RECORD_ID.env" ]; then cmp -s "$STATE_DIR/$RECORD_ID.env" "$ENV_FILE" || at_previous=0
elif [ -f "$STATE_DIR/$RECORD_ID.no-env" ] && [ -e "$ENV_FILE" ]; then at_previous=0; fi
if [ "$at_previous" = 1 ]; then
  say "already at the previous state (commit \${PREVIOUS_COMMIT:-none})"
  health_check
  say "result unchanged"
  exit 0
fi
if [ "$FORCE" != true ] && ! current_matches; then
  fail "the instance no longer runs what record $RECORD_ID deployed (deployed since?); nothing changed (force to restore anyway)"
fi
PHASE=restore
if [ -n "$PREVIOUS_COMMIT" ] && [ "$(head_commit)" != "$PREVIOUS_COMMIT" ]; then
  say "checkout $PREVIOUS_COMMIT"
  git checkout --quiet --detach "$PREVIOUS_COMMIT"
fi
if [ -f "$STATE_DIR/$RECORD_ID.env" ]; then cp -p "$STATE_DIR/$RECORD_ID.env" "$ENV_FILE"; say "restored $ENV_FILE"
elif [ -f "$STATE_DIR/$RECORD_ID.no-env" ]; then rm -f "$ENV_FILE"; say "removed $ENV_FILE"; fi
say "restored commit $(head_commit)"
start_services
health_check
say "result restored"
`;

function header(kind: string, recordId: string): string {
  return `# deploy-ec2 ${kind} script, record ${recordId}. Generated: every value below is quoted.\nset -Eeuo pipefail\n`;
}

const ECR_REGISTRY = /^(\d{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?)\//;

/** `registry region` of each ECR registry the images come from: the instance logs in to them. */
function ecrLogins(images: Record<string, string>): string[] {
  const logins = new Set<string>();
  for (const image of Object.values(images)) {
    const match = ECR_REGISTRY.exec(image);
    if (match) logins.add(`${match[1]} ${match[2]}`);
  }
  return [...logins];
}

function composeAssignments(settings: ComposeSettings, images: Record<string, string>): string {
  return assignments({
    REGION: settings.region,
    ECR_LOGINS: ecrLogins(images),
    WORKDIR: settings.workingDirectory,
    COMPOSE_FILES: settings.composeFiles,
    ENV_FILE: settings.envFile,
    SERVICES: settings.services,
    BUILD: String(settings.build),
    IMAGE_VARS: settings.imageServices.map(imageVariable),
    HEALTH_COMMAND: settings.healthCommand ?? '',
    HEALTH_SECONDS: String(settings.healthTimeoutSeconds),
  });
}

/** `declare -A NAME=( ['k']='v' … )`. */
function associative(name: string, entries: Record<string, string>): string {
  const body = Object.entries(entries)
    .map(([key, value]) => `[${shellQuote(key)}]=${shellQuote(value)}`)
    .join(' ');
  return `declare -A ${name}=(${body})`;
}

/** Runs a bash program from `sh`: the whole program is one quoted word. */
function wrap(program: string): string {
  return `exec /bin/bash -c ${shellQuote(program)} deploy-ec2\n`;
}

function envLine(key: string, value: string): string {
  return /^[A-Za-z0-9_.:/@%+,=-]*$/.test(value) ? `${key}=${value}` : `${key}='${value}'`;
}

/** The bash program of the deploy script (`deployScript` wraps it for `sh`). */
export function deployProgram(options: DeployScript): string {
  const imageLines = Object.entries(options.images).map(([service, image]) =>
    envLine(imageVariable(service), image),
  );
  const literalLines = Object.entries(options.environment).map(([key, value]) => envLine(key, value));
  const managed = [
    ...Object.keys(options.images).map(imageVariable),
    ...Object.keys(options.environment),
    ...Object.keys(options.parameters),
  ];
  return [
    header('deploy', options.recordId),
    composeAssignments(options, options.images),
    assignments({
      RECORD_ID: options.recordId,
      REF: options.ref ?? '',
      WAIT_FOR_FILE: options.waitForFile ?? '',
      WAIT_SECONDS: String(options.waitTimeoutSeconds),
      MANAGED_KEYS: managed,
      ENV_LINES: [...imageLines, ...literalLines],
      PARAMETER_KEYS: Object.keys(options.parameters),
    }),
    associative('PARAMETERS', options.parameters),
    LIBRARY,
    DEPLOY,
  ].join('\n');
}

export function deployScript(options: DeployScript): string {
  return wrap(deployProgram(options));
}

function imagesByVariable(state: InstanceState | null): Record<string, string> {
  return Object.fromEntries(
    Object.entries(state?.images ?? {}).map(([service, image]) => [imageVariable(service), image]),
  );
}

/** The bash program of the restore script (`restoreScript` wraps it for `sh`). */
export function restoreProgram(options: RestoreScript): string {
  const current = imagesByVariable(options.current);
  const currentChecks = [
    ...(options.current?.commit ? [`[ "$(head_commit)" = ${shellQuote(options.current.commit)} ]`] : []),
    ...Object.entries(current).map(
      ([variable, image]) => `[ "$(env_value ${shellQuote(variable)})" = ${shellQuote(image)} ]`,
    ),
  ];
  return [
    header('restore', options.recordId),
    composeAssignments(options, options.previous.images ?? {}),
    assignments({
      RECORD_ID: options.recordId,
      PREVIOUS_COMMIT: options.previous.commit ?? '',
      FORCE: String(options.force),
    }),
    associative('PREVIOUS_IMAGE', imagesByVariable(options.previous)),
    `current_matches() { ${currentChecks.length ? currentChecks.join(' && ') : 'false'}; }`,
    LIBRARY,
    RESTORE,
  ].join('\n');
}

export function restoreScript(options: RestoreScript): string {
  return wrap(restoreProgram(options));
}

/** The `deploy-ec2: <key> <value>` lines of a script's output, in order. */
export function readMarkers(output: string): Array<{ key: string; value: string }> {
  const markers: Array<{ key: string; value: string }> = [];
  for (const line of output.split(/\r?\n/)) {
    if (!line.startsWith(`${MARKER} `)) continue;
    const text = line.slice(MARKER.length + 1);
    const space = text.indexOf(' ');
    markers.push(
      space < 0 ? { key: text, value: '' } : { key: text.slice(0, space), value: text.slice(space + 1) },
    );
  }
  return markers;
}

/** The previous and new state a deploy script reported. */
export function stateFromOutput(
  output: string,
  imageServices: readonly string[],
): { previous: InstanceState; current: InstanceState } {
  const byVariable = new Map(imageServices.map((service) => [imageVariable(service), service]));
  const previous: InstanceState = {};
  const current: InstanceState = {};
  for (const { key, value } of readMarkers(output)) {
    if (key === 'previous' && value.startsWith('commit ')) previous.commit = value.slice(7);
    if (key === 'new' && value.startsWith('commit ')) current.commit = value.slice(7);
    if (key === 'previous' && value.startsWith('image ')) {
      const [variable = '', image = ''] = value.slice(6).split(' ');
      const service = byVariable.get(variable);
      if (service && image) previous.images = { ...previous.images, [service]: image };
    }
  }
  return { previous, current };
}
