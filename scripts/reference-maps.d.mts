// Types for the parts of reference-maps.mjs its test uses; the importer itself is plain JS.
type ReferenceRecord = Record<string, unknown>;
export declare function quoted(text: string | undefined, pattern: RegExp, what: string): string;
export declare function methodFor(r: ReferenceRecord): string | undefined;
export declare const eventKind: ((f: ReferenceRecord) => string) & {
  title(f: { text: string }): string;
  zones(f: { text: string }): string[];
};
