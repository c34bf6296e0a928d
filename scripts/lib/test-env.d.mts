// Types for scripts/lib/test-env.mjs (used from TypeScript tests).

export type Component = 'moto' | 'docker' | 'registry';

export interface TestEnvOptions {
  /** State dir; default $TEST_ENV_DIR or <repo>/.test-env. */
  dir?: string;
  /** Components to start or check (names or a comma list); default all. */
  only?: Component | Component[] | `${Component},${string}`;
  /** Extra environment for moto_server (e.g. MOTO_ECS_SERVICE_RUNNING); start only. */
  motoEnv?: Record<string, string>;
  /** Progress lines (start/stop); default silent. */
  log?: (line: string) => void;
}

/** Contents of the env file: AWS_ENDPOINT_URL, dummy AWS credentials, MOTO_PORT, MOTO_URL,
 * DOCKER_HOST, REGISTRY (each only when its component runs). */
export type TestEnv = Record<string, string>;

export interface StartResult {
  dir: string;
  env: TestEnv;
  started: Component[];
  alreadyRunning: Component[];
}

export interface StoppedComponent {
  name: Component;
  pid: number | undefined;
  /** PIDs of the component's process tree still alive after stopping (normally none). */
  left: number[];
  wasRunning: boolean;
}

export interface StopResult {
  dir: string;
  stopped: StoppedComponent[];
  leftovers: number[];
}

export interface ComponentStatus {
  name: Component;
  state: 'running' | 'unresponsive' | 'stopped' | 'not started';
  pid: number | null;
  address: string | null;
  log: string | null;
}

export interface StatusResult {
  dir: string;
  components: ComponentStatus[];
  allRunning: boolean;
}

export const REPO_ROOT: string;
export const COMPONENTS: readonly Component[];
export const DUMMY_AWS_ENV: Readonly<Record<string, string>>;
export function stateDir(options?: TestEnvOptions): string;
export function start(options?: TestEnvOptions): Promise<StartResult>;
export function stop(options?: TestEnvOptions): Promise<StopResult>;
export function status(options?: Pick<TestEnvOptions, 'dir' | 'only'>): Promise<StatusResult>;
export function readEnv(options?: Pick<TestEnvOptions, 'dir'>): TestEnv | null;
