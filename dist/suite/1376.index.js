export const id=1376;export const ids=[1376];export const modules={8302:(e,t,n)=>{n.d(t,{UH:()=>stateLabel,o6:()=>logRun,w$:()=>lastLines});var r=n(7598),o=n(6921);function logRun(e,t){(0,o.Oh)(`${e} — ${t.status}${t.exitCode>=0?`, exit ${t.exitCode}`:""} (${t.commandId})`);const n=`deploy-ec2-${(0,r.randomUUID)()}`;(0,o.pq)(`::stop-commands::${n}`);const i=[t.stdout.trimEnd(),t.stderr.trimEnd()?`--- stderr\n${t.stderr.trimEnd()}`:""].filter(Boolean).join("\n");(0,o.pq)(i||"(no output)"),(0,o.pq)(`::${n}::`),(0,o.N4)()}function lastLines(e,t=12){return`${e.stdout.trimEnd()}\n${e.stderr.trimEnd()}`.trim().split("\n").slice(-t).join("\n")}function stateLabel(e){return[e?.commit?.slice(0,12),...Object.entries(e?.images??{}).map(([e,t])=>`${e}=${t}`)].filter(Boolean).join(" ")||"—"}},1376:(e,t,n)=>{n.r(t),n.d(t,{composeSettings:()=>composeSettings,createEc2Rollback:()=>createEc2Rollback,lastError:()=>lastError,restoreInstance:()=>restoreInstance,restoreOutcome:()=>restoreOutcome});var r=n(4782),o=n(6359),i=n(8302);function composeSettings(e,t){const{resource:n}=e;return{region:e.region,workingDirectory:n.workingDirectory,composeFiles:n.composeFiles,envFile:n.envFile,services:n.services,build:n.build,imageServices:n.imageServices,...t.healthCommand?{healthCommand:t.healthCommand}:{},healthTimeoutSeconds:Math.ceil(t.healthTimeoutMs/1e3)}}function restoreOutcome(e){return"cancelled"===e.stopped?"cancelled":"timeout"===e.stopped?"timed-out":e.exitCode===r.dc.refused?"refused":0!==e.exitCode?"failed":(0,r.mC)(e.stdout).some(e=>"result"===e.key&&"unchanged"===e.value)?"unchanged":"restored"}function restoreRequest(e,t,n,o,i){return{instanceId:t,script:(0,r.Q)({...composeSettings(e,o),recordId:e.resource.recordId,...n}),documentName:o.documentName,comment:`deploy-ec2 restore ${e.resource.recordId}`,executionTimeoutSeconds:Math.max(60,Math.ceil(i/1e3)),...o.logGroup?{logGroup:o.logGroup}:{}}}async function restoreInstance(e,t,n,r,s,a){const c=await(0,o.j)(e,restoreRequest(t,n,r,s,a.timeoutMs),a);return(0,i.o6)(`${n}: restore`,c),{outcome:restoreOutcome(c),run:c}}function createEc2Rollback(e,t){return{async restore(n,r){const s=n.previous?.instances??{},a=n.resource.instances.filter(e=>Object.hasOwn(s,e)),c=a.map(e=>`${e} ${(0,i.UH)(n.current?.instances[e])}`).join(", "),u=a.map(e=>`${e} ${(0,i.UH)(s[e])}`).join(", ");if(0===a.length)return{changed:!1,from:c,to:u};if(!r.wait){for(const i of a){const a={previous:s[i],current:n.current?.instances[i]??null,force:r.force};await(0,o._)(e,restoreRequest(n,i,a,t,r.timeoutMs),r.signal)}return{changed:!0,from:c,to:u}}const d=Date.now(),l=[];for(const o of a){const i=r.timeoutMs-(Date.now()-d),{outcome:a,run:c}=await restoreInstance(e,n,o,{previous:s[o],current:n.current?.instances[o]??null,force:r.force},t,{...r,timeoutMs:Math.max(1e3,i)});if(l.push({id:o,outcome:a,run:c}),"restored"!==a&&"unchanged"!==a)break}const m=l.filter(e=>"refused"===e.outcome);if(m.length)return{changed:l.some(e=>"restored"===e.outcome),from:c,to:u,refused:m.map(e=>`${e.id}: ${lastError(e.run)}`).join("; ")};const $=l.some(e=>"unchanged"!==e.outcome),E=l.find(e=>"restored"!==e.outcome&&"unchanged"!==e.outcome);return{changed:$,from:c,to:u,follow:{status:E?"cancelled"===E.outcome?"cancelled":"timed-out"===E.outcome?"timed-out":"failed":"succeeded",...E?{reason:`${E.id}: ${lastError(E.run)}`}:{},state:l.map(e=>`${e.id} ${e.outcome}`).join(", "),elapsedMs:Date.now()-d,polls:l.length}}}}}function lastError(e){const t=`${e.stdout}\n${e.stderr}`.split("\n").map(e=>e.trim()).filter(Boolean),n=[...t].reverse().find(e=>e.startsWith("deploy-ec2: error: "));return n?.slice(19)??t.at(-1)??`${e.status} (exit ${e.exitCode})`}},4782:(e,t,n)=>{n.d(t,{dc:()=>o,bz:()=>deployScript,mC:()=>readMarkers,Q:()=>restoreScript,TY:()=>stateFromOutput});var r=n(9541);function shellQuote(e){if(e.includes("\0"))throw new Error("a shell word cannot hold a NUL character");return`'${e.replace(/'/g,"'\\''")}'`}function assignments(e){return Object.entries(e).map(([e,t])=>`${e}=${"string"==typeof t?shellQuote(t):function shellArray(e){return`(${e.map(shellQuote).join(" ")})`}(t)}`).join("\n")}const o={unchanged:10,refused:12,update:20,health:30},i="deploy-ec2:";function bash(e){return e.raw.join("").replace(/\\\$\{/g,"${")}const s=bash`
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
`,a=bash`
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
`,c=bash`
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
`;function header(e,t){return`# deploy-ec2 ${e} script, record ${t}. Generated: every value below is quoted.\nset -Eeuo pipefail\n`}const u=/^(\d{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?)\//;function ecrLogins(e){const t=new Set;for(const n of Object.values(e)){const e=u.exec(n);e&&t.add(`${e[1]} ${e[2]}`)}return[...t]}function composeAssignments(e,t){return assignments({REGION:e.region,ECR_LOGINS:ecrLogins(t),WORKDIR:e.workingDirectory,COMPOSE_FILES:e.composeFiles,ENV_FILE:e.envFile,SERVICES:e.services,BUILD:String(e.build),IMAGE_VARS:e.imageServices.map(r._X),HEALTH_COMMAND:e.healthCommand??"",HEALTH_SECONDS:String(e.healthTimeoutSeconds)})}function associative(e,t){return`declare -A ${e}=(${Object.entries(t).map(([e,t])=>`[${shellQuote(e)}]=${shellQuote(t)}`).join(" ")})`}function wrap(e){return`exec /bin/bash -c ${shellQuote(e)} deploy-ec2\n`}function envLine(e,t){return/^[A-Za-z0-9_.:/@%+,=-]*$/.test(t)?`${e}=${t}`:`${e}='${t}'`}function deployScript(e){return wrap(function deployProgram(e){const t=Object.entries(e.images).map(([e,t])=>envLine((0,r._X)(e),t)),n=Object.entries(e.environment).map(([e,t])=>envLine(e,t)),o=[...Object.keys(e.images).map(r._X),...Object.keys(e.environment),...Object.keys(e.parameters)];return[header("deploy",e.recordId),composeAssignments(e,e.images),assignments({RECORD_ID:e.recordId,REF:e.ref??"",WAIT_FOR_FILE:e.waitForFile??"",WAIT_SECONDS:String(e.waitTimeoutSeconds),MANAGED_KEYS:o,ENV_LINES:[...t,...n],PARAMETER_KEYS:Object.keys(e.parameters)}),associative("PARAMETERS",e.parameters),s,a].join("\n")}(e))}function imagesByVariable(e){return Object.fromEntries(Object.entries(e?.images??{}).map(([e,t])=>[(0,r._X)(e),t]))}function restoreScript(e){return wrap(function restoreProgram(e){const t=imagesByVariable(e.current),n=[...e.current?.commit?[`[ "$(head_commit)" = ${shellQuote(e.current.commit)} ]`]:[],...Object.entries(t).map(([e,t])=>`[ "$(env_value ${shellQuote(e)})" = ${shellQuote(t)} ]`)];return[header("restore",e.recordId),composeAssignments(e,e.previous.images??{}),assignments({RECORD_ID:e.recordId,PREVIOUS_COMMIT:e.previous.commit??"",FORCE:String(e.force)}),associative("PREVIOUS_IMAGE",imagesByVariable(e.previous)),`current_matches() { ${n.length?n.join(" && "):"false"}; }`,s,c].join("\n")}(e))}function readMarkers(e){const t=[];for(const n of e.split(/\r?\n/)){if(!n.startsWith(`${i} `))continue;const e=n.slice(i.length+1),r=e.indexOf(" ");t.push(r<0?{key:e,value:""}:{key:e.slice(0,r),value:e.slice(r+1)})}return t}function stateFromOutput(e,t){const n=new Map(t.map(e=>[(0,r._X)(e),e])),o={},i={};for(const{key:t,value:r}of readMarkers(e))if("previous"===t&&r.startsWith("commit ")&&(o.commit=r.slice(7)),"new"===t&&r.startsWith("commit ")&&(i.commit=r.slice(7)),"previous"===t&&r.startsWith("image ")){const[e="",t=""]=r.slice(6).split(" "),i=n.get(e);i&&t&&(o.images={...o.images,[i]:t})}return{previous:o,current:i}}},6359:(e,t,n)=>{n.d(t,{_:()=>sendScript,j:()=>runScript});var r=n(4736),o=n(5),i=n(7053);const s=new Set(["Success","Failed","Cancelled","TimedOut"]);async function sendScript(e,t,n){const o={commands:[t.script]};"AWS-RunShellScript"===t.documentName&&(o.executionTimeout=[String(t.executionTimeoutSeconds)]);const i=await e.send(new r.SendCommandCommand({InstanceIds:[t.instanceId],DocumentName:t.documentName,Comment:t.comment.slice(0,100),Parameters:o,...t.logGroup?{CloudWatchOutputConfig:{CloudWatchOutputEnabled:!0,CloudWatchLogGroupName:t.logGroup}}:{}}),n?{abortSignal:n}:{}),s=i.Command?.CommandId;if(!s)throw new Error(`SendCommand to ${t.instanceId} returned no command id.`);return s}function runOf(e,t){return{commandId:e,status:t?.Status??"Pending",exitCode:t?.ResponseCode??-1,stdout:t?.StandardOutputContent??"",stderr:t?.StandardErrorContent??"",elapsedMs:0}}async function invocation(e,t,n){try{return await e.send(new r.GetCommandInvocationCommand({CommandId:t,InstanceId:n}))}catch(e){if(function isNotYetKnown(e){return"InvocationDoesNotExist"===e?.name}(e))return;throw e}}async function runScript(e,t,n){const a=await sendScript(e,t,n.signal),c=await(0,o.g3)({check:async()=>{const n=await invocation(e,a,t.instanceId),r=n?.Status??"Pending",o=n?.StatusDetails&&n.StatusDetails!==r?` (${n.StatusDetails})`:"",i=`${t.instanceId}: ${r}${o}`;return n&&s.has(r)?{status:"done",value:n,state:i}:{status:"pending",state:i}},timeoutMs:n.timeoutMs,initialDelayMs:1e3,maxDelayMs:n.maxPollIntervalMs,retryOn:e=>(0,i.r3)(e),...n.onProgress?{onProgress:n.onProgress}:{},...(0,o.A3)(n)});if("done"===c.outcome)return{...runOf(a,c.value),elapsedMs:c.elapsedMs};const u="cancelled"===c.outcome?"cancelled":"timeout",d=await async function cancel(e,t,n){try{return await e.send(new r.CancelCommandCommand({CommandId:t,InstanceIds:[n]})),runOf(t,await invocation(e,t,n))}catch{return runOf(t,void 0)}}(e,a,t.instanceId);return{...d,elapsedMs:c.elapsedMs,stopped:u,exitCode:-1}}}};