// User Timing marks around the app's own synchronous work on data (parsing, decoding, indexing):
// a benchmark reads them (performance.getEntriesByType('measure'), names "repere:…") to check
// that none of it is a long task on a slow phone. Cheap enough to stay in production.
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`repere:${name}`, { start, end: performance.now() });
  }
}
