/** Queries of the search benchmark: timed categories and the recall set. */

/** Timed query categories (latency p50/p95 per category). */
export const TIMED_QUERIES: Record<string, string[]> = {
  '1-term': ['성동구', '반도체', '일자리', '정부', 'government', 'climate', '半導体', '経済', '经济', '政策'],
  '2-term': ['서울 일자리', '반도체 수출', '청년 주택', 'climate investment', 'election voters', '政府 経済', '经济 政策', '기후 에너지'],
  prefix: ['invest', 'govern', 'elect', 'semicond', 'infla', 'univers', 'clim', 'batter'],
  filtered: ['lang:ko 서울', 'tag:economy market', 'site:nytimes.com climate', 'after:2020-01-01 election', '서울 before:2019-01-01', 'tag:반도체 is:tagged', 'lang:en after:2024-01-01 energy', 'site:hani.co.kr 정부'],
};

/**
 * 40 recall queries: Korean stems behind particles, CJK words inside compounds, Japanese and
 * Chinese words, English words, prefixes (last word, no trailing space) and phrases.
 */
export const RECALL_QUERIES: string[] = [
  // Korean stems that appear with particles (성동구가, 주민들은 …)
  '성동구', '구청장', '주민', '서울', '정부', '경제', '반도체', '부동산', '기후', '청년',
  // CJK words inside compounds (일자리 ⊂ 일자리대상, 산업 ⊂ 반도체산업, 대상 ⊂ 일자리대상)
  '일자리', '대상', '산업', '전자', '일자리대상',
  // Japanese and Chinese words inside unsegmented text
  '半導体', '東京', 'エネルギー', '経済', '市場', '经济', '政策', '人工智能', '芯片', '北京',
  // English words (with folding: "cafe" finds "café")
  'government', 'climate', 'cafe', 'zurich', 'inflation',
  // prefixes
  'invest', 'elect', 'univers',
  // phrases and multi-term queries
  '"climate change"', '"서울 성동구"', 'election voters', '서울 일자리', '"interest rates"', '반도체 -수출', 'government -election',
];
