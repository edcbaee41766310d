import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../utils/db/observe';

/** A component hook over `observe`: the latest result of a live library read, or `initial` until it arrives. */
export function useObserved<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => observe(query, setValue), deps);
  return value;
}
