// The icon sizes every installer needs, shared by the generator, the packaging config and its tests.

/** Linux icon themes (16…512) and macOS's largest Retina size (1024). */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Windows picks from these for lists, the taskbar and Explorer's large views. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Apple's PNG-carrying icon types and the pixel size each holds (the @2x types reuse a larger PNG). */
export const ICNS_ENTRIES = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic13', size: 256 },
  { type: 'ic14', size: 512 },
];

/** electron-builder reads a Linux icon's size from its file name. */
export function iconFileName(size) {
  return `${size}x${size}.png`;
}
