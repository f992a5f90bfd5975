/** A full disk: Cache API and IndexedDB throw QuotaExceededError (code 22 in older engines). */
export const isQuotaError = (error: unknown) =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
