import { useEffect, useState } from 'preact/hooks';
import {
  type DetectionSettings,
  getDetectionSettings,
  watchDetectionSettings,
} from '../../utils/settings/detection-settings';

/** The stored detection settings, kept live (another options tab or the popup may change them); undefined while loading. */
export function useDetectionSettings(): DetectionSettings | undefined {
  const [settings, setSettings] = useState<DetectionSettings>();
  useEffect(() => {
    let active = true;
    const stop = watchDetectionSettings((next) => setSettings(next));
    void getDetectionSettings().then((first) => {
      if (active) setSettings((current) => current ?? first);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return settings;
}
