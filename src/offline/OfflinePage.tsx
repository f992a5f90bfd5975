/** ?page=offline — save a département/region/France for offline use, see and delete what is stored. Filled in by src/offline/. */
export function OfflinePage() {
  return null;
}
