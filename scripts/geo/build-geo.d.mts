/** Types of build-geo.mjs, for its test. */
export declare const PLACES: Readonly<Record<string, { name: string; geonames: string; province: string }>>;
export declare function buildGeo(): Promise<Record<string, string>>;
export declare const WORLD_OUTLINE_SCALE: number;
export declare const NORTHERN_ITALY_OUTLINE_SCALE: number;
