// The lock's settings, for the settings page (the lock gate is the layout's: lock-gate.tsx).
export { ClearDevice, DeviceLockSettings } from './lock-settings';
