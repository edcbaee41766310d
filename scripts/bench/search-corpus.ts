/**
 * Deterministic synthetic news clips for the search benchmark (and tests): 55 % Korean (particles,
 * compounds), 30 % English (Zipf vocabulary with a pseudo-word long tail, some diacritics), 8 %
 * Japanese, 7 % Chinese. Clip i depends only on (i, seed), so batches can be generated anywhere —
 * the benchmark generates them inside Chromium instead of shipping gigabytes over the wire.
 * Pure code: no Node or DOM APIs.
 */
import type { ImportedClip } from '../../utils/db/import-clips';

/** A deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples list items with Zipf-like frequencies (rank r has weight 1/(r+2)^s). */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: readonly string[],
    s = 1.0,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((_, r) => {
      total += 1 / Math.pow(r + 2, s);
      this.cumulative[r] = total;
    });
    for (let r = 0; r < items.length; r++) this.cumulative[r] = (this.cumulative[r] ?? 0) / total;
  }
  pick(rand: () => number): string {
    const x = rand();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] ?? '';
  }
}

function pseudoWords(count: number, seed: number, make: (rand: () => number) => string, avoid: readonly string[]): string[] {
  const rand = prng(seed);
  const seen = new Set(avoid);
  const out: string[] = [];
  for (let guard = 0; out.length < count && guard < count * 20; guard++) {
    const w = make(rand);
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

// ---------- English ----------
const EN_REAL = (
  'the of and to a in that is for on was with he it as at by said from his an be has have are were but not they this which who had ' +
  'will their its been after also more than one new about would or year two first people when she her there over into last could other ' +
  'some government percent president state city million company market police officials week years time country former public minister ' +
  'plan report told according since during while world national billion economy economic investment investors inflation election climate ' +
  'change energy housing prices workers jobs students school health hospital court law security military war trade tariffs semiconductor ' +
  'chips technology data artificial intelligence bank rates interest growth crisis policy budget tax spending support local community ' +
  'residents district mayor council federal agency research study scientists university program project industry production exports ' +
  'imports oil gas electric vehicles battery batteries cars transport rail airport water weather storm flood heat fire emissions carbon ' +
  'renewable solar wind nuclear power grid invest invested investing governor governing elected electoral voters campaign candidates ' +
  'parliament senate congress ministry talks summit deal agreement sanctions refugees migrants border universities teachers doctors ' +
  'nurses patients vaccine virus pandemic café résumé naïve Zürich Seoul Tokyo Beijing Korea Japan China Europe Washington London'
).split(' ');
const EN_SYL_ON = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w'];
const EN_SYL_NU = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const EN_SYL_CO = ['', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st', 'ck'];
const EN_SUFFIX = ['', '', '', 's', 'ed', 'ing', 'er', 'ion', 'ity'];
const enTail = (): string[] =>
  pseudoWords(
    25_000,
    11,
    (r) => {
      const n = 2 + Math.floor(r() * 2);
      let w = '';
      for (let i = 0; i < n; i++) w += pick(r, EN_SYL_ON) + pick(r, EN_SYL_NU) + pick(r, EN_SYL_CO);
      return w + pick(r, EN_SUFFIX);
    },
    EN_REAL,
  );

// ---------- Korean ----------
const KO_REAL = (
  '서울 성동구 일자리 대상 일자리대상 구청장 주민 정부 경제 반도체 반도체산업 기업 시장 대통령 국회 부동산 아파트 교육 학생 병원 의료 ' +
  '기후 환경 에너지 전기차 배터리 수출 금리 물가 청년 청년일자리 노인 복지 예산 정책 발표 조사 결과 사업 지원 지역 도시 문화 축제 관광 ' +
  '경찰 사건 법원 판결 검찰 수사 선거 후보 여당 야당 장관 총리 외교 협상 회담 무역 관세 산업 투자 투자자 은행 주가 증시 성장 위기 ' +
  '기술 인공지능 데이터 연구 연구진 대학 과학자 기자 시민 단체 노동자 임금 고용 실업 주택 전세 월세 교통 지하철 버스 공항 날씨 폭우 ' +
  '폭염 산불 탄소 배출 태양광 원전 전력 가격 소비자 생산 공장 중소기업 대기업 삼성전자 현대차 부산 인천 대구 광주 대전 경기도 제주'
).split(' ');
const KO_SYL = (
  '가 각 간 감 강 개 거 건 검 결 경 계 고 공 과 관 광 교 구 국 군 권 규 균 그 근 금 기 김 나 남 내 녀 노 농 능 다 단 담 당 대 덕 도 ' +
  '동 두 등 라 랑 래 량 력 련 령 로 록 론 료 류 리 림 마 만 말 망 매 면 명 모 목 무 문 물 미 민 박 반 발 방 배 백 법 변 보 복 본 부 ' +
  '북 분 비 사 산 상 새 생 서 석 선 설 성 세 소 속 손 수 순 시 식 신 실 심 아 안 압 애 야 약 양 어 언 업 여 역 연 열 영 예 오 온 완 ' +
  '왕 외 요 용 우 운 원 위 유 육 윤 은 음 응 의 이 인 일 임 입 자 작 장 재 저 적 전 점 정 제 조 종 주 준 중 증 지 직 진 질 집 차 착 ' +
  '찬 참 창 채 책 처 천 철 청 체 초 총 최 추 축 출 충 취 측 치 친 침 타 탄 태 택 토 통 투 특 파 판 평 포 표 품 풍 피 필 하 학 한 할 ' +
  '함 합 항 해 핵 행 향 허 혁 현 협 형 혜 호 홍 화 확 환 활 황 회 획 효 후 훈 휴 흥 희'
).split(' ');
const koTail = (): string[] => pseudoWords(15_000, 12, (r) => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(r, KO_SYL)).join(''), KO_REAL);
const KO_PARTICLES = new Zipf(['는', '가', '이', '을', '를', '의', '에', '은', '에서', '으로', '로', '와', '과', '도', '만', '까지', '부터', '에게', '보다'], 0.8);
const KO_ENDINGS = ['했다.', '밝혔다.', '전했다.', '있다.', '한다.', '됐다.', '예정이다.', '강조했다.', '설명했다.', '것으로 나타났다.'];

// ---------- Japanese ----------
const JA_REAL = (
  '政府 経済 半導体 東京 大阪 気候 選挙 投資 企業 市場 住宅 教育 病院 雇用 対策 発表 調査 結果 首相 国会 外交 貿易 関税 産業 銀行 ' +
  '金利 物価 若者 高齢者 福祉 予算 政策 地域 都市 文化 観光 警察 事件 裁判所 技術 研究 大学 記者 市民 労働者 賃金 交通 空港 天気 ' +
  'データ エネルギー インフレ バッテリー ニュース テクノロジー スマートフォン サービス システム プロジェクト'
).split(' ');
const JA_KANJI = (
  '日 一 国 人 年 大 十 二 本 中 長 出 三 時 行 見 月 分 後 前 生 五 間 上 東 四 今 金 九 入 学 高 円 子 外 八 六 下 来 気 小 七 山 話 女 ' +
  '北 午 百 書 先 名 川 千 水 半 男 西 電 校 語 土 木 聞 食 車 何 南 万 毎 白 天 母 火 右 読 友 左 休 父 雨 会 同 事 自 社 発 者 地 業 方 ' +
  '新 場 員 立 開 手 力 問 代 明 動 京 目 通 言 理 体 田 主 題 意 不 作 用 度 強 公 持 野 以 思 家 世 多 正 安 院 心 界 教 文 元 重 近 考 ' +
  '画 海 売 知 道 集 別 物 使 品 計 死 特 私 始 朝 運 終 台 広 住 無 真 有 口 少 町 料 工 建 空 急 止 送 切 転 研 足 究 楽 起 着 店 病 質'
).split(' ');
const jaTail = (): string[] => pseudoWords(8_000, 13, (r) => pick(r, JA_KANJI) + pick(r, JA_KANJI), JA_REAL);
const JA_PARTICLES = new Zipf(['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'から', 'まで', 'へ'], 0.8);
const JA_ENDINGS = ['した。', 'している。', 'と述べた。', 'する方針だ。', 'となった。', 'を発表した。'];

// ---------- Chinese ----------
const ZH_REAL = (
  '政府 经济 半导体 北京 上海 气候 选举 投资 企业 市场 住房 教育 医院 就业 政策 发布 调查 结果 总理 国会 外交 贸易 关税 产业 银行 ' +
  '利率 物价 青年 老人 福利 预算 地区 城市 文化 旅游 警方 事件 法院 技术 研究 大学 记者 市民 工人 工资 交通 机场 天气 能源 电池 ' +
  '电动车 数据 人工智能 芯片 出口 进口 增长 危机 改革 发展'
).split(' ');
const ZH_HAN = (
  '的 一 是 不 了 人 我 在 有 他 这 中 大 来 上 国 个 到 说 们 为 子 和 你 地 出 道 也 时 年 得 就 那 要 下 以 生 会 自 着 去 之 过 家 学 ' +
  '对 可 她 里 后 小 么 心 多 天 而 能 好 都 然 没 日 于 起 还 发 成 事 只 作 当 想 看 文 无 开 手 十 用 主 行 方 又 如 前 所 本 见 经 头 ' +
  '面 公 同 三 已 老 从 动 两 长 知 民 样 现 分 将 外 但 身 些 与 高 意 进 把 法 此 实 回 二 理 美 点 月 明 其 种 声 全 工 己 话 儿 者 向 ' +
  '情 部 正 名 定 女 问 力 机 给 等 几 很 业 最 间 新 什 打 便 位 因 重 被 走 电 四 第 门 相 次 东 政 海 口 使 教 西 再 平 真 听 世 气 信'
).split(' ');
const zhTail = (): string[] => pseudoWords(10_000, 14, (r) => pick(r, ZH_HAN) + pick(r, ZH_HAN), ZH_REAL);

interface Vocab {
  en: Zipf;
  ko: Zipf;
  ja: Zipf;
  zh: Zipf;
}
let vocabulary: Vocab | undefined;
function vocab(): Vocab {
  vocabulary ??= {
    en: new Zipf([...EN_REAL, ...enTail()], 1.05),
    ko: new Zipf([...KO_REAL, ...koTail()], 1.0),
    ja: new Zipf([...JA_REAL, ...jaTail()], 1.0),
    zh: new Zipf([...ZH_REAL, ...zhTail()], 1.0),
  };
  return vocabulary;
}
const ZH_FUNCTION = ['的', '了', '在', '是', '和', '对', '将', '与', '为', '把'];

// ---------- Metadata ----------
const SITES: Record<Lang, readonly [string, string][]> = {
  ko: [['hani.co.kr', '한겨레'], ['chosun.com', '조선일보'], ['joongang.co.kr', '중앙일보'], ['donga.com', '동아일보'], ['khan.co.kr', '경향신문'], ['news.naver.com', '네이버 뉴스'], ['yna.co.kr', '연합뉴스'], ['hankookilbo.com', '한국일보'], ['mk.co.kr', '매일경제'], ['hankyung.com', '한국경제']],
  en: [['nytimes.com', 'The New York Times'], ['bbc.co.uk', 'BBC News'], ['theguardian.com', 'The Guardian'], ['reuters.com', 'Reuters'], ['apnews.com', 'AP News'], ['washingtonpost.com', 'The Washington Post'], ['ft.com', 'Financial Times'], ['npr.org', 'NPR']],
  ja: [['asahi.com', '朝日新聞'], ['nikkei.com', '日本経済新聞'], ['mainichi.jp', '毎日新聞'], ['nhk.or.jp', 'NHK']],
  zh: [['xinhuanet.com', '新华网'], ['thepaper.cn', '澎湃新闻'], ['caixin.com', '财新'], ['zaobao.com', '联合早报']],
};
const TAGS = ['economy', 'politics', 'climate', 'tech', 'housing', 'health', 'education', 'Research', 'AI', 'Seoul', '반도체', '부동산', '정책', '기후', '読書', '经济', 'to-read', 'Important'];
const TZ: Record<Lang, string> = { ko: '+09:00', ja: '+09:00', zh: '+08:00', en: '-05:00' };

export type Lang = 'ko' | 'en' | 'ja' | 'zh';

/** Language of clip i (55/30/8/7 %). */
export function langOf(index: number, seed = 1): Lang {
  const r = prng(index * 7919 + seed * 104729)();
  return r < 0.55 ? 'ko' : r < 0.85 ? 'en' : r < 0.93 ? 'ja' : 'zh';
}

function sentence(lang: Lang, rand: () => number): string {
  const { en: EN, ko: KO, ja: JA, zh: ZH } = vocab();
  switch (lang) {
    case 'en': {
      const n = 8 + Math.floor(rand() * 14);
      const words = Array.from({ length: n }, () => EN.pick(rand));
      const first = words[0] ?? 'the';
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      return `${words.join(' ')}.`;
    }
    case 'ko': {
      const n = 5 + Math.floor(rand() * 8);
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        let w = KO.pick(rand);
        if (rand() < 0.15) w += KO.pick(rand); // compounds: 청년 + 일자리 → 청년일자리
        if (rand() < 0.05) w = `${2000 + Math.floor(rand() * 26)}년`;
        if (rand() < 0.7) w += KO_PARTICLES.pick(rand);
        words.push(w);
      }
      return `${words.join(' ')} ${pick(rand, KO_ENDINGS)}`;
    }
    case 'ja': {
      const n = 4 + Math.floor(rand() * 6);
      let s = '';
      for (let i = 0; i < n; i++) s += JA.pick(rand) + JA_PARTICLES.pick(rand) + (rand() < 0.15 ? '、' : '');
      return s + pick(rand, JA_ENDINGS);
    }
    default: {
      const n = 6 + Math.floor(rand() * 10);
      let s = '';
      for (let i = 0; i < n; i++) s += ZH.pick(rand) + (rand() < 0.35 ? pick(rand, ZH_FUNCTION) : '') + (rand() < 0.12 ? '，' : '');
      return `${s}。`;
    }
  }
}

const SENTENCES: Record<Lang, [number, number]> = { en: [25, 40], ko: [40, 55], ja: [30, 45], zh: [30, 45] };

/** Synthetic clip number `index` (0-based). */
export function makeSyntheticClip(index: number, seed = 1): ImportedClip {
  const lang = langOf(index, seed);
  const rand = prng(index * 2654435761 + seed);
  const [minS, spanS] = SENTENCES[lang];
  const sentences = minS + Math.floor(rand() * rand() * spanS * 1.5);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < sentences; i++) {
    current.push(sentence(lang, rand));
    if (current.length >= 3 + Math.floor(rand() * 4)) {
      paragraphs.push(current.join(lang === 'ja' || lang === 'zh' ? '' : ' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(lang === 'ja' || lang === 'zh' ? '' : ' '));
  const title = sentence(lang, rand).replace(/[.。]$/, '');
  const [host, siteName] = pick(rand, SITES[lang]);
  const text = paragraphs.join('\n\n');
  const day = Math.floor(rand() * 4018); // 2015-01-01 … 2025-12-31
  const published = new Date(Date.UTC(2015, 0, 1 + day, Math.floor(rand() * 24))).toISOString().slice(0, 19) + TZ[lang];
  const tags = rand() < 0.3 ? Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, TAGS)) : [];
  const words = text.split(/\s+/).length;
  return {
    url: `https://www.${host}/${lang}/article/${index}?utm_source=feed`,
    canonicalUrl: `https://www.${host}/${lang}/article/${index}`,
    title,
    byline: lang === 'en' ? 'Jane Doe' : lang === 'ko' ? '김민지 기자' : null,
    authors: [],
    published,
    modified: null,
    siteName,
    lang,
    excerpt: null,
    leadImage: null,
    keywords: [],
    html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    markdown: text,
    text,
    wordCount: words,
    charCount: text.replace(/\s/g, '').length,
    confidence: 0.9,
    mode: 'article',
    tags,
    note: rand() < 0.05 ? '다시 읽기 — follow up on this story' : '',
    clippedAt: Date.UTC(2025, 0, 1) + index * 60_000,
  };
}
