import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../utils/db/observe';
import { reportDbError } from './db-error';

/**
 * A component hook over `observe`: the latest result of a live library read, or `initial` until it
 * arrives. A failed read is reported to the page's error banner rather than shown as an empty list.
 */
export function useObserved<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => observe(query, setValue, reportDbError), deps);
  return value;
}
