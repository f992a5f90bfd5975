import { useEffect, useState } from 'preact/hooks';
import { isOnline, onConnectivityChange } from './connectivity';

/** Whether the network answers, kept current (see connectivity.ts). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => onConnectivityChange(() => setOnline(isOnline())), []);
  return online;
}
