import { parseDate } from './parse-date';

// A byline or a site name is a name. Pages put their interface next to both: date-stamp labels
// (입력 / 수정 / 기사원문, 公開 / 更新, Updated), buttons (검색창 열기, Open search, メニューを開く),
// counts ("댓글 48") and dates. A string made of such words, or holding a date, is not a name.

/** Interface words in the languages we clip, matched as whole tokens. */
const UI_WORDS = new Set([
  // Korean date stamps, buttons and counters.
  '입력', '수정', '등록', '승인', '송고', '기사입력', '최종수정', '업데이트', '기사원문', '원문', '원문보기', '기사', '기사보기',
  '검색', '검색창', '검색하기', '열기', '닫기', '메뉴', '전체메뉴', '보기', '더보기', '펼치기', '접기', '공유', '공유하기',
  '댓글', '추천', '좋아요', '구독', '구독하기', '스크랩', '인쇄', '글자크기', '본문', '듣기', '요약', '요약봇', '로그인',
  '로그아웃', '회원가입', '바로가기', '이전', '다음', '목록', '홈', '메인', '언론사', '편집', '기자구독', '언론사구독',
  // Japanese and Chinese.
  '公開', '公開日', '更新', '更新日', '配信', '掲載', '検索', 'メニュー', 'メニューを開く', '開く', '閉じる', 'シェア',
  'ログイン', '会員登録', 'コメント', '印刷', '原文', '发布', '發布', '发布时间', '發布時間', '更新时间', '更新時間', '时间',
  '時間', '搜索', '搜尋', '菜单', '選單', '分享', '评论', '評論', '登录', '登入', '打印', '列印', '阅读原文', '閱讀原文',
  // English, German and French.
  'updated', 'published', 'posted', 'modified', 'search', 'open', 'close', 'menu', 'toggle', 'share', 'comments',
  'comment', 'subscribe', 'login', 'log', 'sign', 'in', 'more', 'read', 'print', 'skip', 'to', 'content', 'home',
  'aktualisiert', 'veröffentlicht', 'suche', 'öffnen', 'schließen', 'teilen', 'kommentare', 'publié', 'mis', 'à', 'jour',
  'rechercher', 'recherche', 'ouvrir', 'fermer', 'partager', 'commentaires',
]);

/** Label words that never occur in a name: one of them anywhere marks the whole string as interface. */
const STAMP = /^(?:입력|수정|송고|기사입력|최종수정|기사원문|원문보기|검색창|公開日|更新日|发布时间|發布時間|更新时间|更新時間|updated|published|posted|modified|aktualisiert|veröffentlicht|publié)$/u;

/** True when `text` is interface, not a name: a date, a count, or made only of interface words. */
export function isUiText(text: string): boolean {
  const tokens = text.toLowerCase().split(/[\s:：|｜·•/()（）[\]【】,，]+/u).filter(Boolean);
  if (!tokens.length) return true;
  if (tokens.some((t) => STAMP.test(t))) return true;
  if (parseDate(text, null)) return true;
  return tokens.every((t) => UI_WORDS.has(t) || /^\d+$/.test(t));
}
