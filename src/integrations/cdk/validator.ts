// The CDK policy-validation plugin: CDK calls `validate` during `synth` with the synthesized templates, and
// slens answers with its findings as CDK violations. Only types come from aws-cdk-lib (the app brings its own).
import type { IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1 } from 'aws-cdk-lib';
import { loadConfig } from '../../scan/config.js';
import { errorText } from '../../scan/error-text.js';
import { iacLoader } from '../../scan/iac-loader.js';
import { displayPath, scanFiles } from '../../scan/scan-files.js';
import { version } from '../../scan/version.js';
import { findRule, RULES } from '../../rules/index.js';
import { severityRank, type Finding } from '../../rules/types.js';
import { isLang, type Lang, type Localized } from '../../util/i18n.js';

export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface SlensValidatorOptions {
  /** Synth fails when a finding has this severity or higher (default `error`); `none` only reports. */
  failOn?: FailOn;
  /** Language of the messages and fixes (default `en`). */
  lang?: Lang;
  /** A `.slens.yml` (default: the one in the working directory, when present). */
  config?: string;
  /** The scan date, YYYY-MM-DD (default today, UTC): runtime end-of-life dates are compared with it. */
  today?: string;
}

const BAD_OPTION: Record<'failOn' | 'lang' | 'today', Localized> = {
  failOn: { en: 'SlensValidator: failOn must be one of error, warning, info, none', ja: 'SlensValidator: failOn には error、warning、info、none のいずれかを指定してください' },
  lang: { en: 'SlensValidator: lang must be en or ja', ja: 'SlensValidator: lang には en か ja を指定してください' },
  today: { en: 'SlensValidator: today must be a date as YYYY-MM-DD', ja: 'SlensValidator: today は YYYY-MM-DD 形式の日付で指定してください' },
};

const TEMPLATE_UNREADABLE: Localized = { en: 'slens could not read this template', ja: 'slens はこのテンプレートを読み込めませんでした' };

/** Strips the fenced examples from a rule's fix text: CDK prints the fix on one line. */
function fixText(ruleId: string, lang: Lang): string | undefined {
  const rule = findRule(ruleId);
  const fix = rule?.docs.fix[lang];
  return fix?.replace(/```[\s\S]*?```/g, '').replace(/\s+/g, ' ').trim() || undefined;
}

export class SlensValidator implements IPolicyValidationPluginBeta1 {
  readonly name = 'slens';
  readonly version = version();
  readonly ruleIds = RULES.map((rule) => rule.id);
  private readonly failOn: FailOn;
  private readonly lang: Lang;
  private readonly config?: string;
  private readonly today?: string;

  constructor(options: SlensValidatorOptions = {}) {
    const lang = options.lang ?? 'en';
    // The options' own errors are said in the language asked for when that one is valid.
    const say = isLang(lang) ? lang : 'en';
    if (!isLang(lang)) throw new Error(BAD_OPTION.lang[say]);
    if (options.failOn !== undefined && !(FAIL_ON as readonly string[]).includes(options.failOn)) throw new Error(BAD_OPTION.failOn[say]);
    if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(BAD_OPTION.today[say]);
    this.failOn = options.failOn ?? 'error';
    this.lang = lang;
    if (options.config !== undefined) this.config = options.config;
    if (options.today !== undefined) this.today = options.today;
  }

  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const cwd = process.cwd();
    const result = scanFiles(context.templatePaths, {
      loader: iacLoader(),
      config: loadConfig(this.config, cwd),
      today: this.today ?? new Date().toISOString().slice(0, 10),
      cwd,
    });
    // Results name files as the scan shows them; CDK wants the absolute paths it gave.
    const byShown = new Map(context.templatePaths.map((path) => [displayPath(path, cwd), path]));
    const templatePath = (shown: string): string => byShown.get(shown) ?? shown;
    const threshold = this.failOn === 'none' ? Infinity : severityRank(this.failOn);
    const fails = (f: Finding): boolean => severityRank(f.severity) >= threshold;
    const violations: PolicyViolationBeta1[] = result.findings.map((f) => ({
      ruleName: f.ruleId,
      description: f.message[this.lang],
      ...(fixText(f.ruleId, this.lang) ? { fix: fixText(f.ruleId, this.lang) } : {}),
      // CDK fails synth on `error`; below --fail-on a finding is shown as a warning, its own severity kept in the metadata.
      severity: fails(f) ? 'error' : f.severity === 'info' ? 'info' : 'warning',
      ruleMetadata: {
        severity: f.severity,
        ...(f.lens ? { lens: `${f.lens.question} ${f.lens.choice}` } : {}),
        ...(f.resource.constructPath ? { constructPath: f.resource.constructPath } : {}),
      },
      violatingResources: [{ resourceLogicalId: f.resource.logicalId, templatePath: templatePath(f.location.file), locations: [`line ${f.location.line}`] }],
    }));
    for (const error of result.errors) {
      violations.push({
        ruleName: error.code,
        description: `${TEMPLATE_UNREADABLE[this.lang]}: ${errorText(error, this.lang)}`,
        severity: 'error',
        violatingResources: [{ resourceLogicalId: '', templatePath: templatePath(error.file), locations: [`line ${error.line}`] }],
      });
    }
    return {
      success: !result.findings.some(fails) && result.errors.length === 0,
      violations,
      pluginVersion: this.version,
      metadata: { failOn: this.failOn, lang: this.lang },
    };
  }
}
