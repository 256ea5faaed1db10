/** Types of scripts/build.mjs (plain JavaScript: it runs before anything is compiled). */
export declare const DIST: string;
export declare function isBuildFresh(): boolean;
export declare function build(options?: { quiet?: boolean }): Promise<void>;
export declare function ensureBuild(options?: { quiet?: boolean }): Promise<void>;
export declare function newest(dir: string): number;
export declare function swapIn(built: string, dest: string): void;
