// The "Your clients" benchmark: suppression and release rules (see README.md).
export * from './clients.ts';
