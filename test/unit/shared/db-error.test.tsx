import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { dbError } from '../../../components/shared/db-error';
import { DbErrorBanner } from '../../../components/shared/DbErrorBanner';
import { useObserved } from '../../../components/shared/use-observed';

function Probe({ query }: { query: () => Promise<string> }) {
  const value = useObserved(query, [], 'initial');
  return (
    <div>
      <DbErrorBanner />
      <span data-testid="value">{value}</span>
    </div>
  );
}

describe('library read errors', () => {
  afterEach(() => {
    dbError.value = undefined;
  });

  it('are shown in a banner instead of an empty list', async () => {
    const root = document.createElement('div');
    await act(async () => {
      render(<Probe query={() => Promise.reject(new DOMException('upgrade blocked by another tab', 'VersionError'))} />, root);
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root.querySelector('[data-testid="db-error"]')?.textContent).toContain('upgrade blocked by another tab');
    expect(root.querySelector('[data-testid="value"]')?.textContent).toBe('initial');
  });

  it('stay hidden when reads succeed', async () => {
    const root = document.createElement('div');
    await act(async () => {
      render(<Probe query={async () => 'loaded'} />, root);
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root.querySelector('[data-testid="db-error"]')).toBeNull();
    expect(root.querySelector('[data-testid="value"]')?.textContent).toBe('loaded');
  });
});
