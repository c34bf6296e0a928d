// The live tests' function: reports its release, or throws (a Lambda error) when HEALTHY=false.
export const handler = async () => {
  if (process.env.HEALTHY === 'false')
    throw new Error(`release ${process.env.RELEASE ?? 'unknown'} is broken`);
  return { healthy: true, release: process.env.RELEASE ?? 'unknown' };
};
