export type GeoError = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** One position fix from the browser; it stays on the device (it only goes into the page's own URL). */
export function geolocate(): Promise<{ lat: number; lon: number }> {
  return new Promise((resolve, reject: (e: GeoError) => void) => {
    if (!('geolocation' in navigator)) return reject('unsupported');
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve({ lat: pos.coords.latitude, lon: pos.coords.longitude }),
      (err) => reject(err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable'),
      // Coarse and possibly a few minutes old is fine for "nearest help"; it answers faster on cheap phones.
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 5 * 60_000 },
    );
  });
}
