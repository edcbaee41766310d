import { describe, expect, it } from 'vitest';
import { splitAuthorName } from '../../../utils/export/names';

describe('splitAuthorName', () => {
  it.each([
    ['김민지', { family: '김', given: '민지' }],
    ['이준', { family: '이', given: '준' }],
    ['남궁민수', { family: '남궁', given: '민수' }],
    ['선우 진', { family: '선우', given: '진' }],
    ['김 민지', { family: '김', given: '민지' }],
    ['연합뉴스', { literal: '연합뉴스' }],
    ['조선일보 편집국', { literal: '조선일보 편집국' }],
    ['가나다라마', { literal: '가나다라마' }],
    ['王小明', { family: '王', given: '小明' }],
    ['欧阳修文', { family: '欧阳', given: '修文' }],
    ['山田 太郎', { family: '山田', given: '太郎' }],
    ['やまだ たろう', { family: 'やまだ', given: 'たろう' }],
    ['Jane Doe', { family: 'Doe', given: 'Jane' }],
    ['Doe, Jane', { family: 'Doe', given: 'Jane' }],
    ['Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Reuters', { literal: 'Reuters' }],
    ['BBC News', { literal: 'BBC News' }],
    ['Associated Press', { literal: 'Associated Press' }],
    ['محمد بن سلمان', { family: 'سلمان', given: 'محمد بن' }],
  ])('%s', (name, expected) => {
    expect(splitAuthorName(name)).toEqual(expected);
  });

  it('keeps unspaced Japanese names whole (no reliable split), using the clip language', () => {
    expect(splitAuthorName('山田太郎', 'ja')).toEqual({ literal: '山田太郎' });
    expect(splitAuthorName('田中', 'zh')).toEqual({ family: '田', given: '中' });
  });

  it('ignores blanks', () => {
    expect(splitAuthorName('   ')).toBeNull();
  });
});
