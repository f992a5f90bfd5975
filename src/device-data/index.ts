// The device copy of the index (src/device-data/README.md): what the first screen and every
// feature read. Saving and deleting areas is ./saved-areas.ts, the pure area rules ./areas.ts
// (both loaded by the offline page only).
export { dataSource, onDataChange, type DataSource } from './source';
export { NotOnDeviceError } from './not-on-device';
export { answeredOrIdle, answerShown, backgroundTurn } from './background';
export { bulkAllowed, isOnline, onConnectivityChange, trackedFetch, whenQuiet } from './connectivity';
