/** subset-font 2 ships no types; this is the part of its API the build uses (its README). */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
      noHinting?: boolean;
      keepFeatures?: string[];
      noLayoutClosure?: boolean;
      dropTables?: string[];
    },
  ): Promise<Buffer>;
}
