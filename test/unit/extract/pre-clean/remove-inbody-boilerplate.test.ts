import { describe, expect, it } from 'vitest';
import { boilerplateKind, removeInbodyBoilerplate } from '../../../../utils/extract/pre-clean/remove-inbody-boilerplate';
import { page, paragraphs } from '../helpers';

describe('boilerplateKind', () => {
  it('knows whole lines of each kind', () => {
    expect(boilerplateKind('ⓒ 한빛경제, 무단전재 및 재배포 금지')).toBe('copyright');
    expect(boilerplateKind('<ⓒ 서린경제, 무단 전재 및 재배포 금지>')).toBe('copyright');
    expect(boilerplateKind('Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.')).toBe('copyright');
    expect(boilerplateKind('ⓒ 한빛경제 무단전재 재배포 및 AI학습 이용 금지')).toBe('copyright');
    expect(boilerplateKind('本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。')).toBe('copyright');
    expect(boilerplateKind('※ 뉴스1 제보는 카카오톡 news1tip 또는 이메일 tip@news1.kr 로 보내주세요.')).toBe('tip-off');
    expect(boilerplateKind('View this post on Instagram')).toBe('social-embed');
    expect(boilerplateKind('이 게시물을 Instagram에서 보기')).toBe('social-embed');
    expect(boilerplateKind('산업통상자원부(@motie_korea)님의 공유 게시물')).toBe('social-embed');
    expect(boilerplateKind('▶ 한빛경제 앱 다운로드하고 오늘의 증시 알림 받기')).toBe('app-promo');
    expect(boilerplateKind('▶北陸みらい新聞アプリなら最新ニュースをプッシュ通知でお届け')).toBe('app-promo');
  });

  it('leaves sentences of the story that merely mention the same words', () => {
    expect(boilerplateKind('경찰은 시민 제보를 받고 현장에 출동했다.')).toBeNull();
    expect(boilerplateKind('그는 "무단전재 및 재배포 금지 조항이 지켜지지 않았다"며 소송을 냈다.')).toBeNull();
    expect(boilerplateKind('The museum posted a photo; View this post on Instagram was all visitors saw.')).toBeNull();
    expect(boilerplateKind('정부는 앱 다운로드 수가 1000만 건을 넘었다고 밝혔다.')).toBeNull();
    expect(boilerplateKind('※ 이 기사는 지난 3일 열린 토론회 내용을 바탕으로 작성됐다.')).toBeNull();
  });
});

describe('removeInbodyBoilerplate', () => {
  it('removes only the boilerplate lines and reports how many', () => {
    const doc = page(`<article>${paragraphs(2)}
      <p>ⓒ 한빛경제, 무단전재 및 재배포 금지</p>
      <blockquote class="instagram-media"><a href="https://www.instagram.com/p/x/">View this post on Instagram</a><p><a href="https://www.instagram.com/a/">Ministry (@motie)님의 공유 게시물</a></p></blockquote>
      <p>※ 독자 여러분의 소중한 제보를 기다립니다. 카카오톡 okhanbit</p>
      <div><p>경찰은 시민 제보를 받고 현장에 출동했다.</p></div>
      </article>`, '', 'ko');
    expect(removeInbodyBoilerplate(doc)).toBe(4);
    const text = doc.body.textContent ?? '';
    expect(text).not.toMatch(/무단전재|Instagram|공유 게시물|소중한 제보/);
    expect(text).toContain('경찰은 시민 제보를 받고 현장에 출동했다.');
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});

describe('boilerplateKind and wire licences', () => {
  it('keeps an English rights line (a wire licence travels with its text)', () => {
    expect(boilerplateKind('© 2024 The Associated Press. All rights reserved.')).toBeNull();
  });
});
