import { useEffect } from 'react';
import { useSettings } from '../store/settings';

/** Keep <html lang> in step with the chosen language, so screen readers pronounce it right. */
export function DocumentLang() {
  const lang = useSettings((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
