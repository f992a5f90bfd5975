// The build variables the worker reads (Vite replaces them at build time).
interface ImportMetaEnv {
  /** "1" for a fix release that must take over at once (src/sw/recovery.ts). */
  readonly VITE_SW_TAKE_OVER?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
