// Types of build-node.mjs for the TypeScript that imports it (the build's test).
export declare const ENTRIES: Record<string, string>;
export declare const outputDir: string;
export declare function isStale(outdir?: string): boolean;
export declare function buildNode(options?: { outdir?: string }): Promise<{
  inputs: Record<string, unknown>;
  outputs: Record<string, { inputs: Record<string, unknown>; exports: string[]; entryPoint?: string }>;
}>;
