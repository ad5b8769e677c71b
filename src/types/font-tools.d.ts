// Types for subset-font and fontverter (they ship none): the functions the build uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype';
    preserveNameIds?: number[];
    variationAxes?: Record<string, number>;
    /** OpenType feature tags to keep; every feature when left out. */
    keepFeatures?: string[];
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer, format: 'woff2' | 'woff' | 'sfnt' | 'truetype'): Promise<Buffer>;
  };
  export default fontverter;
}
