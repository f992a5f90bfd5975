import { afterEach, describe, expect, it, vi } from 'vitest';

// A stand-in for workbox-window: records what the app asks of it; `register` resolves like
// Workbox's own, or throws as it does when the browser returns no registration.
const workbox = vi.hoisted(() => ({
  instance: undefined as undefined | { listeners: Map<string, () => void>; skipped: number },
  registerError: undefined as Error | undefined,
}));
vi.mock('workbox-window', () => ({
  Workbox: class {
    listeners = new Map<string, () => void>();
    skipped = 0;
    constructor() {
      workbox.instance = this;
    }
    addEventListener(type: string, listener: () => void) {
      this.listeners.set(type, listener);
    }
    messageSkipWaiting() {
      this.skipped++;
    }
    async register() {
      if (workbox.registerError) throw workbox.registerError;
    }
  },
}));

async function freshRegister() {
  vi.resetModules();
  vi.stubEnv('DEV', false);
  vi.stubGlobal('navigator', { serviceWorker: {} });
  const reload = vi.fn();
  vi.stubGlobal('location', { reload });
  return { ...(await import('../../../src/offline/register')), reload };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  workbox.registerError = undefined;
});

describe('applyWaitingUpdate (the kiosk applies a new version at its reset)', () => {
  it('returns false and does nothing when no new version waits', async () => {
    const { registerServiceWorker, applyWaitingUpdate } = await freshRegister();
    await registerServiceWorker();
    expect(applyWaitingUpdate()).toBe(false);
    expect(workbox.instance!.skipped).toBe(0);
  });

  it('tells the waiting worker to take over, then reloads once it controls the page', async () => {
    const { registerServiceWorker, applyWaitingUpdate, reload } = await freshRegister();
    await registerServiceWorker();
    workbox.instance!.listeners.get('waiting')!();
    expect(applyWaitingUpdate()).toBe(true);
    expect(workbox.instance!.skipped).toBe(1);
    expect(reload).not.toHaveBeenCalled();
    workbox.instance!.listeners.get('controlling')!();
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('registerServiceWorker', () => {
  it('does not throw when the browser gives no registration (worker blocked)', async () => {
    workbox.registerError = new TypeError("Cannot read properties of undefined (reading 'waiting')");
    const { registerServiceWorker } = await freshRegister();
    await expect(registerServiceWorker()).resolves.toBeUndefined();
  });
});
