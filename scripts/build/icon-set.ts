/** The icon files electron-builder looks for in its build resources (assets/build/), made by icons.ts. */
export const ICON_OUTPUTS = { png: 'icon.png', ico: 'icon.ico', icns: 'icon.icns' } as const;

/** Linux desktop icon sizes (hicolor theme); electron-builder reads them from icons/NxN.png. */
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;
