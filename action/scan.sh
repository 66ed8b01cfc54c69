#!/usr/bin/env bash
# The script action.yml runs: one scan written as SARIF for code scanning, one in the chosen format for the log
# (Markdown also goes to the job summary). It exits 0 and leaves the verdict in $GITHUB_OUTPUT (exit-code), so the
# SARIF upload still runs when findings fail the check; the action's last step turns exit-code into the result.
# Inputs come as environment variables (SLENS_*); SLENS_BIN is the command that runs slens.
set -uo pipefail

slens_bin=${SLENS_BIN:-slens}
fail_on=${SLENS_FAIL_ON:-error}
format=${SLENS_FORMAT:-text}
lang=${SLENS_LANG:-en}
sarif=${SLENS_SARIF:-slens.sarif}
output=${GITHUB_OUTPUT:-/dev/null}

# Paths: separated by spaces or new lines (a path with a space in it is not supported); default the repository.
read -r -d '' -a paths <<< "${SLENS_PATHS:-.}" || true
if [ ${#paths[@]} -eq 0 ]; then paths=(.); fi

extra=()
if [ -n "${SLENS_CONFIG:-}" ]; then extra+=(--config "$SLENS_CONFIG"); fi
if [ -n "${SLENS_CHANGED_SINCE:-}" ]; then extra+=(--changed-since "$SLENS_CHANGED_SINCE"); fi
if [ -n "${SLENS_TODAY:-}" ]; then extra+=(--today "$SLENS_TODAY"); fi

# shellcheck disable=SC2086 # SLENS_BIN may be a command with arguments (node path/to/slens.js)
$slens_bin scan "${paths[@]}" "${extra[@]}" --lang "$lang" --format sarif --output "$sarif" --fail-on none
sarif_code=$?
if [ "$sarif_code" -ne 0 ]; then
  echo "exit-code=$sarif_code" >> "$output"
  echo "sarif-file=" >> "$output"
  exit 0
fi
echo "sarif-file=$sarif" >> "$output"

report=$(mktemp)
# shellcheck disable=SC2086
$slens_bin scan "${paths[@]}" "${extra[@]}" --lang "$lang" --format "$format" --fail-on "$fail_on" --output "$report"
code=$?
cat "$report"
if [ "$format" = markdown ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$report" >> "$GITHUB_STEP_SUMMARY"; fi
rm -f "$report"
echo "exit-code=$code" >> "$output"
exit 0
