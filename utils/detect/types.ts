/** The detector's answer for one document. */
export interface DetectionVerdict {
  isArticle: boolean;
  /** 0..1, higher is more article-like. */
  score: number;
  /** Named signal values that led to the verdict (for debugging and tests). */
  signals: Record<string, number | string | boolean>;
}
