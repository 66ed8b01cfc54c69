// `slens logs query '<query>' <files...>`: run a Logs-Insights-like query over exported Lambda logs.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { LANGS } from '../../util/i18n.js';
import { UserError } from '../../util/errors.js';

const FORMATS = ['table', 'json', 'csv'] as const;

interface QueryOptions {
  format?: string;
  output?: string;
  lang?: string;
  diffAgainst?: string[];
}

const QUERY_HELP = `
Commands (joined with |): fields, display, filter, filterIndex, stats … by, sort [by] … asc|desc, limit,
parse, dedup, unnest … into, pattern, diff [previousDay|previousWeek|previousMonth]; a leading
SOURCE logGroups(namePrefix: [...]) picks log groups by name.
Lambda fields: @timestamp @message @logStream @log @file @ingestionTime @type @requestId @duration
@billedDuration @memorySize @maxMemoryUsed (bytes, as in Logs Insights) @initDuration @xrayTraceId
@xraySegmentId; JSON log keys by name (a.b for nested keys, list[0] for a member).
Functions: ispresent isempty isblank coalesce concat strlen tolower toupper trim ltrim rtrim substr replace
strcontains abs ceil floor sqrt log greatest least bin(5m) datefloor dateceil jsonParse jsonStringify
toMillis fromMillis now unmask isValidIp isValidIpV4 isValidIpV6 isIpInSubnet isIpv4InSubnet isIpv6InSubnet;
stats: count count_distinct sum avg min max pct(f, 99) percentile stddev earliest latest sortsFirst sortsLast.
Regular expressions run on RE2 (linear time); back-references and lookaround are refused.

Inputs: Lambda log lines (text or JSON format), Powertools/EMF JSON logs, \`aws logs filter-log-events\`
output, CloudTrail files ({"Records": [...]}), the console's CSV downloads, plain lines; plain or gzip. Unreadable lines are skipped and listed on standard error.

Examples:
  slens logs query 'fields @timestamp, @message | filter cold_start=1 | sort @timestamp desc' logs.json
  slens logs query 'filter @type = "REPORT" | stats count(*), avg(@duration), pct(@duration, 99) by bin(5m)' *.log.gz
  slens logs query 'parse @message "user=* took *ms" as user, ms | stats max(ms) by user' app.log --format csv
  slens logs query 'filter level = "ERROR" | pattern @message' app.log
  slens logs query 'diff' today.log --diff-against yesterday.log
  slens logs query 'diff previousDay' week.log --diff-against 2026-11-02T00:00Z/2026-11-03T00:00Z
`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerLogs(program: Command, ctx: CliContext): Command {
  const logs = program.command('logs').description('query exported Lambda and application logs (Logs Insights syntax)');
  logs
    .command('query')
    .description('run a Logs-Insights-like query over log files; exit 0 on success, 2 on a query error or when an input file cannot be read')
    .argument('<query>', 'the query, e.g. \'filter @type = "REPORT" | stats avg(@duration) by bin(5m)\'')
    .argument('<files...>', 'log files: Lambda text or JSON logs, Powertools/EMF logs, CloudWatch Logs exports; plain or .gz')
    .option('--format <format>', `output format: ${FORMATS.join(', ')} (json: an array of row objects)`, 'table')
    .option('--output <file>', 'write the result to this file instead of standard output')
    .option('--lang <lang>', 'language of messages: en or ja', 'en')
    .option('--diff-against <file|range>', 'for a query with diff: a file of the comparison period (repeatable), or the current period as <start>/<end>', collect)
    .addHelpText('after', QUERY_HELP)
    .action(async (query: string, files: string[], opts: QueryOptions) => {
      const format = choose('format', opts.format, FORMATS, 'table');
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const { runQuery } = await import('../../analyze/query/run.js');
      const { formatQueryResult } = await import('../../analyze/query/output.js');
      const { readSummary, readMessage } = await import('../../analyze/read/summary.js');
      // A progress line on a terminal only (at most ten redraws a second), cleared before the results.
      const started = Date.now();
      let drawn = 0;
      const progress = ctx.isTTY
        ? (file: string, chars: number): void => {
            const now = Date.now();
            if (drawn !== 0 && now - drawn < 100) return;
            drawn = now;
            const mb = chars / 2 ** 20;
            const rate = mb / Math.max((now - started) / 1000, 0.001);
            ctx.stderr(`\r\u001b[Kslens: ${readMessage('progress', lang, { file, mb: mb.toFixed(0), rate: rate.toFixed(0) })}`);
          }
        : undefined;
      const result = await runQuery(query, files, { ...(progress ? { onProgress: progress } : {}), diffAgainst: opts.diffAgainst ?? [] });
      if (drawn !== 0) ctx.stderr('\r\u001b[K');
      for (const line of readSummary(result.stats, lang)) ctx.stderr(`slens: ${line}\n`);
      if (result.stats.fileErrors.length === result.stats.files) {
        const first = result.stats.fileErrors[0];
        throw new UserError('no-input', readMessage('nothingReadable', lang), { file: first?.file });
      }
      if (result.dropped > 0) ctx.stderr(`slens: ${readMessage('truncated', lang, { kept: result.rows.length, dropped: result.dropped })}\n`);
      emit(ctx, formatQueryResult(result, format), opts.output);
      ctx.exitCode = result.stats.fileErrors.length > 0 ? EXIT_USAGE : EXIT_OK;
    });
  return logs;
}
