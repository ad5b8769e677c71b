// What a stage could live with but the user should check: returned as data, shown by the shells.

/** Every kind of problem the quality report names. */
export const WARNING_CODES = [
  'encoding',
  'title-guessed',
  'source-missing',
  'article-cut',
  'lines-left-out',
  'headline-shortened',
  'items-grouped',
  'bullet-rebuilt',
  'bullet-shortened',
  'slide-thin',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export interface QualityWarning {
  code: WarningCode;
  /** One sentence for the user: what happened and, where it helps, what to do. */
  message: string;
  /** The article line it concerns, when one line is to blame. */
  line?: number;
}

export function warning(code: WarningCode, message: string, line?: number): QualityWarning {
  return line === undefined ? { code, message } : { code, message, line };
}
