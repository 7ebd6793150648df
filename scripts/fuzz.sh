#!/usr/bin/env bash
# Fuzzes the pure domain (amount parser, schedule JSON, import JSON, ledger replay) with
# cargo-fuzz and libFuzzer on the nightly toolchain, each target for FUZZ_SECONDS (default 60).
#
#   scripts/fuzz.sh                      every target
#   FUZZ_SECONDS=600 scripts/fuzz.sh     longer
#   FUZZ_TARGETS="amount" scripts/fuzz.sh
#   FUZZ_CMIN=0 scripts/fuzz.sh          keep the corpus as found (no minimisation)
#
# The corpus (fuzz/corpus/<target>/) is committed and grows from run to run; it is minimised at
# the end of each run so it stays small. fuzz/seeds/<target>/ holds hand-written seeds and past
# crashes, read on every run. Crashes land in fuzz/artifacts/<target>/ (ignored by git until one
# is committed with its fix). Exit status: 0 when no target crashed, 1 otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_FUZZ_VERSION=0.13.2
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
read -r -a TARGETS <<<"${FUZZ_TARGETS:-amount schedule_json import_json ledger_replay}"
FUZZ_DIR=$PWD/fuzz
LOGS=$FUZZ_DIR/target/logs

# Longest input worth mutating: typed text is short, files and op sequences longer.
max_len() {
  case $1 in
    amount) echo 4096 ;;
    schedule_json | import_json) echo 16384 ;;
    ledger_replay) echo 1024 ;;
    *) echo 4096 ;;
  esac
}

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  rustup toolchain install nightly --profile minimal
fi
if [[ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi

cd "$FUZZ_DIR"
mkdir -p "$LOGS"
# One build of every target first, so the time per target below is fuzzing only.
cargo +nightly fuzz build

declare -A RESULT RUNS SECS RATE
failed=0
for target in "${TARGETS[@]}"; do
  corpus=$FUZZ_DIR/corpus/$target
  artifacts=$FUZZ_DIR/artifacts/$target
  log=$LOGS/$target.log
  mkdir -p "$corpus" "$artifacts"
  # Hand-written seeds (valid examples, past crashes) are read every run, never minimised away.
  dirs=("$corpus")
  [[ -d $FUZZ_DIR/seeds/$target ]] && dirs+=("$FUZZ_DIR/seeds/$target")
  args=(
    -max_total_time="$SECONDS_PER_TARGET"
    -max_len="$(max_len "$target")"
    -rss_limit_mb=2048
    -timeout=30
    -print_final_stats=1
  )
  [[ -f $FUZZ_DIR/dicts/$target.dict ]] && args+=(-dict="$FUZZ_DIR/dicts/$target.dict")
  echo "== fuzz $target for ${SECONDS_PER_TARGET}s (log: fuzz/${log#"$FUZZ_DIR/"})"
  known=$(find "$artifacts" -type f | sort)
  status=0
  # WebAssembly gives tierup 1 MiB of stack with no guard page, so the targets get no more:
  # runaway recursion (a pasted run of minus signs once) then crashes here, not in a browser.
  (ulimit -s 1024 && cargo +nightly fuzz run "$target" "${dirs[@]}" -- "${args[@]}") >"$log" 2>&1 || status=$?
  new_artifacts=$(comm -13 <(echo "$known") <(find "$artifacts" -type f | sort) | sed '/^$/d')

  # libFuzzer's last words: "Done N runs in S second(s)" and the final stat:: lines.
  RUNS[$target]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  RATE[$target]=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  SECS[$target]=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  if [[ $status -eq 0 && -z $new_artifacts ]] && grep -q '^Done [0-9]* runs in' "$log"; then
    RESULT[$target]=passed
  else
    RESULT[$target]=FAILED
    failed=1
    grep -E '^(==[0-9]+==|thread .* panicked|SUMMARY|panicked at)' "$log" | head -5 || true
    [[ -n $new_artifacts ]] && sed 's/^/   artifact: /' <<<"$new_artifacts"
    echo "   reproduce: (cd fuzz && cargo +nightly fuzz run $target <artifact>)"
    tail -20 "$log"
  fi
done

if [[ ${FUZZ_CMIN:-1} == 1 ]]; then
  for target in "${TARGETS[@]}"; do
    [[ ${RESULT[$target]} == passed ]] || continue
    echo "== minimise the $target corpus"
    cargo +nightly fuzz cmin "$target" "$FUZZ_DIR/corpus/$target" -- -max_len="$(max_len "$target")" \
      >"$LOGS/$target.cmin.log" 2>&1 || { echo "   cmin failed; corpus kept as found (see $LOGS/$target.cmin.log)"; }
  done
fi

echo
printf '%-14s %-7s %12s %8s %10s %8s %10s\n' target result executions seconds exec/s inputs bytes
for target in "${TARGETS[@]}"; do
  corpus=$FUZZ_DIR/corpus/$target
  printf '%-14s %-7s %12s %8s %10s %8s %10s\n' "$target" "${RESULT[$target]}" "${RUNS[$target]:-?}" \
    "${SECS[$target]:-?}" "${RATE[$target]:-?}" "$(find "$corpus" -type f | wc -l)" "$(du -sb --apparent-size "$corpus" | cut -f1)"
done
echo "corpus total: $(du -sb --apparent-size "$FUZZ_DIR/corpus" | cut -f1) bytes in $(find "$FUZZ_DIR/corpus" -type f | wc -l) files"
exit "$failed"
