// Four projects (docs/architecture.md, Verification): unit (SDK client mocks, injected clock),
// integration (moto, Docker, registry, Kubernetes double), e2e (bundles spawned as the runner does)
// and reliability (faults, cancels, hostile inputs and records, secret leaks).
const tsJest = {
  '^.+\\.ts$': [
    'ts-jest',
    { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151001] } },
  ],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: tsJest,
  testEnvironment: 'node',
  clearMocks: true,
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] },
    { ...common, displayName: 'reliability', testMatch: ['<rootDir>/__tests__/reliability/**/*.test.ts'] },
  ],
};
