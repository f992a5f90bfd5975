import type { Place, Service } from '../../shared/place';

/** Every chosen service must be offered (Wi-Fi is the service 'wifi'). */
export const servicesFilter = (services: readonly Service[]) => (p: Place) => services.every((s) => p.services.includes(s));
