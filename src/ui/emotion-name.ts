import type { Emotion } from '../core/emotions';
import { t } from '../shared/i18n';

/** An emotion's name in the page's language (the seven labels are words of the interface, not data). */
export const emotionName = (e: Emotion): string => t(`emotion_${e}`);

/** A share in the page's language ("42%" in English, "42 %" in German). */
export const percent = (v: number): string => t('format_percent', { n: Math.round(v * 100) });
