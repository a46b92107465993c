/**
 * Settings as the client sends them, checked field by field: anything malformed falls back to its
 * default, so a bad settings.json can never stop the checks.
 */
import { SEVERITIES, toLang, type Lang } from '../../shared/src';
import { DEFAULT_SETTINGS, type GovReportSettings, type RuleLevel } from '../../shared/protocol';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const LEVEL_ALIASES: Readonly<Record<string, RuleLevel>> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  information: 'info',
  hint: 'hint',
  off: 'off',
  none: 'off',
  false: 'off',
};

function level(v: unknown): RuleLevel | undefined {
  if (v === false) return 'off';
  if (typeof v !== 'string') return undefined;
  const l = LEVEL_ALIASES[v.trim().toLowerCase()];
  return l && (l === 'off' || SEVERITIES.includes(l)) ? l : undefined;
}

function nonNegativeInt(v: unknown, fallback: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(Math.floor(v), max) : fallback;
}

/** Turns whatever the client sent (the `govreport` section) into complete, valid settings. */
export function normalizeSettings(raw: unknown): GovReportSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, RuleLevel> = {};
  if (isRecord(raw.rules)) {
    for (const [code, v] of Object.entries(raw.rules)) {
      const l = level(v);
      if (l) rules[code] = l;
    }
  }
  const language = raw.language === 'zh-CN' || raw.language === 'en' || raw.language === 'auto' ? raw.language : DEFAULT_SETTINGS.language;
  return {
    rules,
    debounceMs: nonNegativeInt(raw.debounceMs, DEFAULT_SETTINGS.debounceMs, 10_000),
    maxDocumentSize: nonNegativeInt(raw.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize, Number.MAX_SAFE_INTEGER),
    detectReports: typeof raw.detectReports === 'boolean' ? raw.detectReports : DEFAULT_SETTINGS.detectReports,
    language,
    inlayHints: typeof raw.inlayHints === 'boolean' ? raw.inlayHints : DEFAULT_SETTINGS.inlayHints,
    previousReport: typeof raw.previousReport === 'string' ? raw.previousReport.trim() : DEFAULT_SETTINGS.previousReport,
  };
}

/** The message language: the setting, or with 'auto' the client's locale (Chinese when unknown). */
export function resolveLang(settings: GovReportSettings, clientLocale: string | undefined): Lang {
  return settings.language === 'auto' ? toLang(clientLocale) : settings.language;
}

/** A key that changes whenever the settings that shape findings change (cache invalidation). */
export function analysisKey(settings: GovReportSettings): string {
  const codes = Object.keys(settings.rules).sort();
  return `${settings.maxDocumentSize}|${codes.map((c) => `${c}=${settings.rules[c]}`).join(',')}|${settings.previousReport}`;
}
