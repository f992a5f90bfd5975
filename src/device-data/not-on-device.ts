import type { DataFile } from '../shared/place';

/**
 * A file that is neither on the device nor reachable (no network). A search can leave such a
 * département out and say so, rather than fail: the user may have saved only their own.
 * Its own module so the search logic can recognise it without loading the data cache code.
 */
export class NotOnDeviceError extends Error {
  constructor(readonly file: DataFile) {
    super(`not on this device and no network: ${file.path}`);
    this.name = 'NotOnDeviceError';
  }
}
