#!/usr/bin/env bash
# The cash office's crash loop: `guichet-cli sell` (a sale and its cash payment, as the demo's agent) runs again
# and again and is killed with SIGKILL at a random instant, KILLS times. Afterwards `verify` must be clean (the
# journal's chain unbroken, every sale journaled, no number missing, no half sale) and the file intact.
#   bash tests/crash/crash_loop.sh [--kills N] [--cli PATH]        (300 kills by default; ctest runs 25)
set -euo pipefail

count_option=--kills count=300
source "$(dirname "${BASH_SOURCE[0]}")/demo_counter.sh"
kills=$count

sold=0 refused=0 killed=0
for ((i = 1; i <= kills; i++)); do
    household="SO1-$((RANDOM % 30 + 1))" # some files are not validated: their sale is refused, also fine
    "$cli" sell --user agent --household "$household" --items "cantine:$((RANDOM % 9 + 1))" --pay cash \
        --database "$db" <<<"demo" >"$dir/out" 2>&1 &
    pid=$!
    # Anywhere in its life: the login (Argon2id), the invoice's commit, the payment's, or after it.
    sleep "0.$(printf '%03d' $((RANDOM % 90)))"
    kill -9 "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    case "$status" in
    0) sold=$((sold + 1)) ;;
    137) killed=$((killed + 1)) ;; # SIGKILL
    1)
        refused=$((refused + 1))
        head -n 1 "$dir/out" >>"$dir/refusals"
        ;;
    *) echo "run $i: exit status $status" >&2; cat "$dir/out" >&2; exit 1 ;;
    esac
done

echo "crash loop: $kills runs, $killed killed mid-way, $sold completed, $refused refused by the rules"
[ -s "$dir/refusals" ] && sort "$dir/refusals" | uniq -c | sort -rn | head -n 5 | sed 's/^/  refused: /'
"$cli" check --database "$db" >/dev/null
if ! "$cli" verify --database "$db" >"$dir/verify.log" 2>&1; then
    cat "$dir/verify.log"
    echo "crash loop: verify FAILED" >&2
    exit 1
fi
echo "crash loop: verify clean (journal chain unbroken, numbering without gaps, no half sale)"
