/** Header strip: "Hors ligne · données du 1er août 2024", new-version prompt. Filled in by src/offline/. */
export function OfflineStatus() {
  return null;
}
