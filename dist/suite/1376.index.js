export const id=1376;export const ids=[1376,5];export const modules={1206:(e,t,n)=>{n.d(t,{J4:()=>o.J4,mV:()=>planParameters});var r=n(1674),o=n(1096);function isSecretParameter(e,t){return o.J4.test(e)||t.some(t=>t.key===e&&t.noEcho)}function planParameters(e){const{template:t,stack:n,overrides:o,imageParameter:a,imageUri:i}=e,s=new Set(e.showParameters??[]),c=new Map((n?.Parameters??[]).map(e=>[e.ParameterKey??"",e.ResolvedValue??e.ParameterValue])),l=new Set(t.map(e=>e.key)),d=Object.keys(o).filter(e=>!l.has(e));if(d.length)throw new r.lZ(`'parameter-overrides' sets ${d.join(", ")}, which the template does not declare (it declares ${[...l].join(", ")||"no parameters"}).`);if(void 0!==i&&!l.has(a))throw new r.lZ(`The template declares no parameter ${a} for the image: set 'image-parameter' to the name it uses (it declares ${[...l].join(", ")||"no parameters"}).`);const u=new Set((n?.Parameters??[]).map(e=>e.ParameterKey)),m={...o,...void 0!==i?{[a]:i}:{}},h={parameters:[],rows:[],secretKeys:[]};for(const e of t){const o=isSecretParameter(e.key,t);o&&h.secretKeys.push(e.key);const i=m[e.key];if(void 0!==i){h.parameters.push({ParameterKey:e.key,ParameterValue:i});const t=!o&&(s.has(e.key)||e.key===a);h.rows.push({key:e.key,action:"set",value:t?i:describeChange(c,e.key,i,o),shown:t})}else if(u.has(e.key))h.parameters.push({ParameterKey:e.key,UsePreviousValue:!0}),h.rows.push({key:e.key,action:"keep",value:"previous value",shown:!1});else{if(!e.hasDefault)throw new r.lZ(`Template parameter ${e.key} has no default and ${n?"the stack has no value for it":"the stack does not exist yet"}: give it in 'parameter-overrides'.`);h.rows.push({key:e.key,action:"default",value:"template default",shown:!1})}}return h}function describeChange(e,t,n,r){if(!e.has(t))return"set (new, value not shown)";const o=e.get(t);return r||void 0===o||"****"===o?"set (value not shown)":o===n?"unchanged (value not shown)":"changed (value not shown)"}},9541:(e,t,n)=>{n.d(t,{Zn:()=>planFromInputs,_X:()=>imageVariable,e:()=>p,eh:()=>isSecretName,rY:()=>$});var r=n(1736),o=n(3064),a=n(1206);const i=/^i-[0-9a-f]{8}(?:[0-9a-f]{9})?$/,s=/^tag:([A-Za-z0-9 _.:/=+@-]{1,128})=([A-Za-z0-9 _.:/=+@*-]{1,256})$/,c=/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/,l=/^[A-Za-z_][A-Za-z0-9_]{0,127}$/,d=/^ssm:(\/[A-Za-z0-9_.\-/]{1,1010})$/,u=/^[a-z0-9][a-z0-9._\-/:]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/,m=/^\/[A-Za-z0-9_.@+\-/ ]*$/,h=/^[A-Za-z0-9_.@+-][A-Za-z0-9_.@+/-]*$/,f='a branch, tag or commit: letters, digits and . _ - /, starting with a letter or digit, no ".." and no "@{"';function refProblem(e){return/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/.test(e)?e.includes("..")||e.includes("//")||e.endsWith("/")||e.endsWith(".lock")?"not a valid git ref":void 0:"characters outside the accepted set"}function pathProblem(e){return m.test(e)?e.split("/").includes("..")?'no ".." in the path':void 0:"an absolute path of letters, digits, spaces and _ . @ + - /"}function relativePathProblem(e){return h.test(e)?e.split("/").includes("..")?'no ".." in the path':void 0:"a path relative to working-directory: letters, digits and _ . @ + - /"}function imageVariable(e){return`${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}_IMAGE`}function isSecretName(e){return a.J4.test(e)}function hasControlCharacter(e){return[...e].some(e=>e.charCodeAt(0)<32||127===e.charCodeAt(0))}const p={"instance-ids":r.hF.list({accepted:"EC2 instance ids (i-0123456789abcdef0), one per line or separated by commas",item:e=>i.test(e)?void 0:"not an instance id"}),targets:r.hF.list({accepted:"tag:Key=value lines, such as tag:Name=keystone-prod",item:e=>s.test(e)?void 0:"not tag:Key=value"}),"working-directory":r.hF.string({required:!0,accepted:"the absolute path of the app's checkout on the instance, such as /opt/keystone",check:pathProblem}),ref:r.hF.string({accepted:f,check:refProblem}),images:r.hF.map({accepted:"service=image lines, such as backend=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api@sha256:…",key:c}),services:r.hF.list({accepted:"Compose service names (letters, digits, _ . -), one per line or separated by commas",item:e=>c.test(e)?void 0:"not a Compose service name"}),build:r.hF.choice(["true","false"]),"compose-file":r.hF.list({accepted:"Compose file paths relative to working-directory, one per line or separated by commas",item:relativePathProblem}),"env-file":r.hF.string({default:".env",accepted:"the env file Compose reads, relative to working-directory",check:relativePathProblem}),environment:r.hF.map({accepted:"KEY=value lines; secrets as KEY=ssm:/parameter/name",key:l}),"wait-for-file":r.hF.string({accepted:"an absolute path on the instance, such as /opt/chronos/.setup_complete",check:pathProblem}),"health-command":r.hF.string({accepted:"a shell command run on the instance, such as curl -fsS localhost:8000/health",multiline:!0}),"health-timeout":r.hF.duration({default:"5m",min:1e3,max:36e5}),"max-concurrency":r.hF.integer({default:1,min:1,max:50}),"max-errors":r.hF.integer({default:0,min:0}),rollback:r.hF.boolean({default:!0}),"wait-timeout":(0,o.ZG)("30m",1728e5),...o.dM,"document-name":r.hF.string({default:"AWS-RunShellScript",accepted:"an SSM document that takes `commands` like AWS-RunShellScript",pattern:/^[A-Za-z0-9_.:/-]{3,128}$/}),"cloudwatch-log-group":r.hF.string({accepted:"a CloudWatch Logs group name",pattern:/^[A-Za-z0-9_./#-]{1,512}$/})},$={"instance-ids":p["instance-ids"],targets:p.targets,"working-directory":r.hF.string({accepted:p["working-directory"].accepted,check:pathProblem}),ref:p.ref,services:p.services,build:p.build,"compose-file":p["compose-file"],"env-file":p["env-file"],"wait-for-file":p["wait-for-file"],"health-command":p["health-command"],"health-timeout":p["health-timeout"],"max-concurrency":p["max-concurrency"],"max-errors":p["max-errors"],"document-name":p["document-name"],"cloudwatch-log-group":p["cloudwatch-log-group"]};function planFromInputs(e,t){if(!e["working-directory"])throw new r.dz("working-directory","",p["working-directory"].accepted);for(const t of Object.keys(e.images))if(!c.test(t))throw new r.dz("images",t,"service=image lines whose service is a Compose service name");const n=e["instance-ids"],o=function parseTargets(e,t){return e.map(e=>{const n=s.exec(e);if(!n)throw new r.dz(t,e,"tag:Key=value lines, such as tag:Name=keystone-prod");return{key:n[1],value:n[2]}})}(e.targets,"targets");if(0===n.length&&0===o.length)throw new r.dz("instance-ids","","instance ids, or tag:Key=value lines in targets");if(n.length>0&&o.length>0)throw new r.dz("targets",e.targets.join(", "),"either instance-ids or targets, not both");const a=e.images;for(const[e,t]of Object.entries(a))if(!u.test(t)||t.length>512)throw new r.dz("images",`${e}=${t}`,"service=image lines with image references");const i=Object.keys(a).length>0;if(i&&e.ref)throw new r.dz("ref",e.ref,"either ref or images, not both");const m=i?void 0:e.ref||t;if(!i&&!m)throw new r.dz("ref","","a git ref or commit (default the workflow commit, GITHUB_SHA), or images");if(m){const e=refProblem(m);if(e)throw new r.dz("ref",m,f,e)}const h={},$={};for(const[t,n]of Object.entries(e.environment)){if(!l.test(t))throw new r.dz("environment",t,p.environment.accepted,`key must match ${l.source}`);const e=d.exec(n)?.[1];if(e)$[t]=e;else{if(isSecretName(t))throw new r.dz("environment",t,"a secret as KEY=ssm:/parameter/name (a SecureString read on the instance)","a secret-looking name with a literal value: it would be kept in the SSM command history");if(/['\\]/.test(n)||hasControlCharacter(n))throw new r.dz("environment",t,"values without quotes ('), backslashes or control characters");h[t]=n}}const E=Object.keys(a).map(imageVariable).find(t=>Object.hasOwn(e.environment,t));if(E)throw new r.dz("environment",E,"keys other than the image variables of images");const g=e["health-command"];if(g.includes("\0"))throw new r.dz("health-command",g,"a shell command");return{instanceIds:n,tags:o,workingDirectory:e["working-directory"].replace(/(.)\/+$/,"$1"),ref:m||void 0,images:a,services:e.services,build:void 0===e.build?!i:"true"===e.build,composeFiles:e["compose-file"],envFile:e["env-file"]||".env",environment:h,parameters:$,waitForFile:e["wait-for-file"]||void 0,healthCommand:g||void 0,healthTimeoutMs:e["health-timeout"]}}},8302:(e,t,n)=>{n.d(t,{UH:()=>stateLabel,o6:()=>logRun,w$:()=>lastLines});var r=n(7598),o=n(6921);function logRun(e,t){(0,o.Oh)(`${e} — ${t.status}${t.exitCode>=0?`, exit ${t.exitCode}`:""} (${t.commandId})`);const n=`deploy-ec2-${(0,r.randomUUID)()}`;(0,o.pq)(`::stop-commands::${n}`);const a=[t.stdout.trimEnd(),t.stderr.trimEnd()?`--- stderr\n${t.stderr.trimEnd()}`:""].filter(Boolean).join("\n");(0,o.pq)(a||"(no output)"),(0,o.pq)(`::${n}::`),(0,o.N4)()}function lastLines(e,t=12){return`${e.stdout.trimEnd()}\n${e.stderr.trimEnd()}`.trim().split("\n").slice(-t).join("\n")}function stateLabel(e){return[e?.commit?.slice(0,12),...Object.entries(e?.images??{}).map(([e,t])=>`${e}=${t}`)].filter(Boolean).join(" ")||"—"}},1376:(e,t,n)=>{n.r(t),n.d(t,{composeSettings:()=>composeSettings,createEc2Rollback:()=>createEc2Rollback,lastError:()=>lastError,restoreInstance:()=>restoreInstance,restoreOutcome:()=>restoreOutcome});var r=n(4782),o=n(6359),a=n(8302);function composeSettings(e,t){const{resource:n}=e;return{region:e.region,workingDirectory:n.workingDirectory,composeFiles:n.composeFiles,envFile:n.envFile,services:n.services,build:n.build,imageServices:n.imageServices,healthCommand:t.healthCommand||void 0,healthTimeoutSeconds:Math.ceil(t.healthTimeoutMs/1e3)}}function restoreOutcome(e){return"cancelled"===e.stopped?"cancelled":"timeout"===e.stopped?"timed-out":e.exitCode===r.dc.refused?"refused":0!==e.exitCode?"failed":(0,r.mC)(e.stdout).some(e=>"result"===e.key&&"unchanged"===e.value)?"unchanged":"restored"}const i=18e5;function restoreRequest(e,t,n,o,a){return{instanceId:t,script:(0,r.Q)({...composeSettings(e,o),recordId:e.id,...n}),documentName:o.documentName,comment:`deploy-ec2 restore ${e.id}`,executionTimeoutSeconds:Math.max(60,Math.ceil(a/1e3)),logGroup:o.logGroup||void 0}}async function restoreInstance(e,t,n,r,i,s){const c=await(0,o.j)(e,restoreRequest(t,n,r,i,s.timeoutMs),s);return(0,a.o6)(`${n}: restore`,c),{outcome:restoreOutcome(c),run:c}}function createEc2Rollback(e,t){return{async restore(n,r){const s=n.previous?.instances??{},c=n.resource.instances.filter(e=>Object.hasOwn(s,e)),l=c.map(e=>`${e} ${(0,a.UH)(n.current?.instances[e])}`).join(", "),d=c.map(e=>`${e} ${(0,a.UH)(s[e])}`).join(", ");if(0===c.length)return{changed:!1,from:l,to:d};if(!r.wait){for(const a of c){const c={previous:s[a],current:n.current?.instances[a]??null,force:r.force};await(0,o._)(e,restoreRequest(n,a,c,t,i),r.signal)}return{changed:!0,from:l,to:d}}const u=Date.now(),m=[];for(const o of c){const a=r.timeoutMs-(Date.now()-u),{outcome:i,run:c}=await restoreInstance(e,n,o,{previous:s[o],current:n.current?.instances[o]??null,force:r.force},t,{...r,timeoutMs:Math.max(1e3,a)});if(m.push({id:o,outcome:i,run:c}),"restored"!==i&&"unchanged"!==i)break}const h=m.filter(e=>"refused"===e.outcome);if(h.length)return{changed:m.some(e=>"restored"===e.outcome),from:l,to:d,refused:h.map(e=>`${e.id}: ${lastError(e.run)}`).join("; ")};const f=m.some(e=>"unchanged"!==e.outcome),p=m.find(e=>"restored"!==e.outcome&&"unchanged"!==e.outcome);return{changed:f,from:l,to:d,follow:{status:p?"cancelled"===p.outcome?"cancelled":"timed-out"===p.outcome?"timed-out":"failed":"succeeded",reason:p?`${p.id}: ${lastError(p.run)}`:void 0,state:m.map(e=>`${e.id} ${e.outcome}`).join(", "),elapsedMs:Date.now()-u,polls:m.length}}}}}function lastError(e){const t=`${e.stdout}\n${e.stderr}`.split("\n").map(e=>e.trim()).filter(Boolean),n=[...t].reverse().find(e=>e.startsWith("deploy-ec2: error: "));return n?.slice(19)??t.at(-1)??`${e.status} (exit ${e.exitCode})`}},4782:(e,t,n)=>{n.d(t,{dc:()=>o,bz:()=>deployScript,mC:()=>readMarkers,Q:()=>restoreScript,TY:()=>stateFromOutput});var r=n(9541);function shellQuote(e){if(e.includes("\0"))throw new Error("a shell word cannot hold a NUL character");return`'${e.replace(/'/g,"'\\''")}'`}function assignments(e){return Object.entries(e).map(([e,t])=>`${e}=${"string"==typeof t?shellQuote(t):function shellArray(e){return`(${e.map(shellQuote).join(" ")})`}(t)}`).join("\n")}const o={unchanged:10,refused:12,update:20,health:30},a="deploy-ec2:";function bash(e){return e.raw.join("").replace(/\\\$\{/g,"${")}const i=bash`
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
`,s=bash`
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
`;function header(e,t){return`# deploy-ec2 ${e} script, record ${t}. Generated: every value below is quoted.\nset -Eeuo pipefail\n`}const l=/^(\d{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?)\//;function ecrLogins(e){const t=new Set;for(const n of Object.values(e)){const e=l.exec(n);e&&t.add(`${e[1]} ${e[2]}`)}return[...t]}function composeAssignments(e,t){return assignments({REGION:e.region,ECR_LOGINS:ecrLogins(t),WORKDIR:e.workingDirectory,COMPOSE_FILES:e.composeFiles,ENV_FILE:e.envFile,SERVICES:e.services,BUILD:String(e.build),IMAGE_VARS:e.imageServices.map(r._X),HEALTH_COMMAND:e.healthCommand??"",HEALTH_SECONDS:String(e.healthTimeoutSeconds)})}function associative(e,t){return`declare -A ${e}=(${Object.entries(t).map(([e,t])=>`[${shellQuote(e)}]=${shellQuote(t)}`).join(" ")})`}function wrap(e){return`exec /bin/bash -c ${shellQuote(e)} deploy-ec2\n`}function envLine(e,t){return/^[A-Za-z0-9_.:/@%+,=-]*$/.test(t)?`${e}=${t}`:`${e}='${t}'`}function deployScript(e){return wrap(function deployProgram(e){const t=Object.entries(e.images).map(([e,t])=>envLine((0,r._X)(e),t)),n=Object.entries(e.environment).map(([e,t])=>envLine(e,t)),o=[...Object.keys(e.images).map(r._X),...Object.keys(e.environment),...Object.keys(e.parameters)];return[header("deploy",e.recordId),composeAssignments(e,e.images),assignments({RECORD_ID:e.recordId,REF:e.ref??"",WAIT_FOR_FILE:e.waitForFile??"",WAIT_SECONDS:String(e.waitTimeoutSeconds),MANAGED_KEYS:o,ENV_LINES:[...t,...n],PARAMETER_KEYS:Object.keys(e.parameters)}),associative("PARAMETERS",e.parameters),i,s].join("\n")}(e))}function imagesByVariable(e){return Object.fromEntries(Object.entries(e?.images??{}).map(([e,t])=>[(0,r._X)(e),t]))}function restoreScript(e){return wrap(function restoreProgram(e){const t=imagesByVariable(e.current),n=[...e.current?.commit?[`[ "$(head_commit)" = ${shellQuote(e.current.commit)} ]`]:[],...Object.entries(t).map(([e,t])=>`[ "$(env_value ${shellQuote(e)})" = ${shellQuote(t)} ]`)];return[header("restore",e.recordId),composeAssignments(e,e.previous.images??{}),assignments({RECORD_ID:e.recordId,PREVIOUS_COMMIT:e.previous.commit??"",FORCE:String(e.force)}),associative("PREVIOUS_IMAGE",imagesByVariable(e.previous)),`current_matches() { ${n.length?n.join(" && "):"false"}; }`,i,c].join("\n")}(e))}function readMarkers(e){const t=[];for(const n of e.split(/\r?\n/)){if(!n.startsWith(`${a} `))continue;const e=n.slice(a.length+1),r=e.indexOf(" ");t.push(r<0?{key:e,value:""}:{key:e.slice(0,r),value:e.slice(r+1)})}return t}function stateFromOutput(e,t){const n=new Map(t.map(e=>[(0,r._X)(e),e])),o={},a={};for(const{key:t,value:r}of readMarkers(e))if("previous"===t&&r.startsWith("commit ")&&(o.commit=r.slice(7)),"new"===t&&r.startsWith("commit ")&&(a.commit=r.slice(7)),"previous"===t&&r.startsWith("image ")){const[e="",t=""]=r.slice(6).split(" "),a=n.get(e);a&&t&&(o.images={...o.images,[a]:t})}return{previous:o,current:a}}},6359:(e,t,n)=>{n.d(t,{_:()=>sendScript,j:()=>runScript});var r=n(4736),o=n(5),a=n(7053);const i=new Set(["Success","Failed","Cancelled","TimedOut"]);async function sendScript(e,t,n){const o={commands:[t.script]};"AWS-RunShellScript"===t.documentName&&(o.executionTimeout=[String(t.executionTimeoutSeconds)]);const a=await e.send(new r.VWR({InstanceIds:[t.instanceId],DocumentName:t.documentName,Comment:t.comment.slice(0,100),Parameters:o,...t.logGroup?{CloudWatchOutputConfig:{CloudWatchOutputEnabled:!0,CloudWatchLogGroupName:t.logGroup}}:{}}),n?{abortSignal:n}:{}),i=a.Command?.CommandId;if(!i)throw new Error(`SendCommand to ${t.instanceId} returned no command id.`);return i}function runOf(e,t){return{commandId:e,status:t?.Status??"Pending",exitCode:t?.ResponseCode??-1,stdout:t?.StandardOutputContent??"",stderr:t?.StandardErrorContent??"",elapsedMs:0}}async function invocation(e,t,n){try{return await e.send(new r.ryN({CommandId:t,InstanceId:n}))}catch(e){if(function isNotYetKnown(e){return"InvocationDoesNotExist"===e?.name}(e))return;throw e}}async function runScript(e,t,n){const s=await sendScript(e,t,n.signal),c=await(0,o.g3)({check:async()=>{const n=await invocation(e,s,t.instanceId),r=n?.Status??"Pending",o=n?.StatusDetails&&n.StatusDetails!==r?` (${n.StatusDetails})`:"",a=`${t.instanceId}: ${r}${o}`;return n&&i.has(r)?{status:"done",value:n,state:a}:{status:"pending",state:a}},timeoutMs:n.timeoutMs,initialDelayMs:1e3,maxDelayMs:n.maxPollIntervalMs,retryOn:e=>(0,a.r3)(e),...n.onProgress?{onProgress:n.onProgress}:{},...(0,o.A3)(n)});if("done"===c.outcome)return{...runOf(s,c.value),elapsedMs:c.elapsedMs};const l="cancelled"===c.outcome?"cancelled":"timeout",d=await async function cancel(e,t,n){try{return await e.send(new r.tal({CommandId:t,InstanceIds:[n]})),runOf(t,await invocation(e,t,n))}catch{return runOf(t,void 0)}}(e,s,t.instanceId);return{...d,elapsedMs:c.elapsedMs,stopped:l,exitCode:-1}}},5:(e,t,n)=>{n.d(t,{A3:()=>pollHooks,g3:()=>pollUntil,lr:()=>waitWithProgress,ml:()=>s,uk:()=>realSleep});var r=n(7053),o=n(9501),a=n(2469);const i=3e4,s={now:()=>Date.now()},realSleep=(e,t)=>new Promise(n=>{if(t?.aborted)return n();const done=()=>{clearTimeout(r),t?.removeEventListener("abort",done),n()},r=setTimeout(done,e);t?.addEventListener("abort",done,{once:!0})});function backoffDelay(e,t){const n=Math.min(t.maxDelayMs,t.initialDelayMs*t.factor**e);return n/2+n/2*t.random()}function errorName(e){const t="object"==typeof e&&null!==e?e.name:void 0;return"string"==typeof t&&""!==t?t:"a transient error"}function reasonOf(e){const t=e.reason;return t instanceof Error?t.message:"string"==typeof t?t:"cancelled"}async function pollUntil(e){const t=e.ownTime?void 0:(0,a.ze)(),n=t?.enter();try{return await async function pollWithin(e,t){const n=e.clock??s,c=e.retryOn??r.r3,l={initialDelayMs:e.initialDelayMs??1e3,maxDelayMs:e.maxDelayMs??15e3,factor:e.factor??2,random:e.random??Math.random},d=n.now(),u=t?.remainingMs(),m=void 0!==u&&u<=e.timeoutMs,h=d+(m?u:e.timeoutMs),f=function waitLog(e,t,n){const r=e.sleep??realSleep,a=e.heartbeatMs??i;let s=n;const c={state:"not checked yet",say(r){s=t.now(),e.onProgress?.(`[${((t.now()-n)/1e3).toFixed(0)}s] ${r}`,c.state)},moveTo(e){e!==c.state&&(c.state=e,c.say(e))},async wait(i){for(let l=i;l>0;){const i=s+a-t.now(),d=e.onProgress?Math.min(l,Math.max(1,i)):l;if(await r(d,e.signal),e.signal?.aborted)return;l-=d,e.onProgress&&t.now()-s>=a&&c.say(`still ${c.state} (waiting for ${(0,o.a3)(t.now()-n)})`)}}};return c}(e,n,d);let p=f.state,$=0;const elapsed=()=>n.now()-d,cancelled=e=>({outcome:"cancelled",state:f.state,attempts:$,elapsedMs:elapsed(),reason:reasonOf(e)});for(;;){if(e.signal?.aborted)return cancelled(e.signal);let r;$+=1;try{r=await e.check($)}catch(t){if(e.signal?.aborted)return cancelled(e.signal);if(!c(t))throw t;f.moveTo(`${p} (retrying after ${errorName(t)})`)}if(r){if(void 0!==r.state&&(p=r.state,f.moveTo(r.state)),"done"===r.status)return{outcome:"done",value:r.value,state:f.state,attempts:$,elapsedMs:elapsed()};if("failed"===r.status){const e={outcome:"failed",reason:r.reason,state:f.state,attempts:$,elapsedMs:elapsed()};return void 0===r.value?e:{...e,value:r.value}}}const o=h-n.now();if(o<=0)return m?(t?.ranOut((0,a.hk)()??f.state),{outcome:"timeout",state:f.state,attempts:$,elapsedMs:elapsed(),budgetExhausted:!0}):{outcome:"timeout",state:f.state,attempts:$,elapsedMs:elapsed()};await f.wait(Math.min(o,backoffDelay($-1,l)))}}(e,t)}finally{n?.()}}function pollHooks(e){return{...e.signal?{signal:e.signal}:{},...e.clock?{clock:e.clock}:{},...e.sleep?{sleep:e.sleep}:{},...e.random?{random:e.random}:{}}}async function waitWithProgress(e,t,n){return pollUntil({check:()=>Promise.resolve({status:"pending",state:t}),timeoutMs:e,initialDelayMs:e,maxDelayMs:e,random:()=>1,ownTime:!0,...n})}}};