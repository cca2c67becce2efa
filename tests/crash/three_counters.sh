#!/usr/bin/env bash
# Load across processes: three clerks' programs share one counter file and sell at the same time, each
# `guichet-cli sell` waiting its turn for the file (the database has one writing program at a time: a refused
# opening is retried). Afterwards every sale is there once, the till adds up, and `verify` is clean.
#   bash tests/crash/three_counters.sh [--sales N] [--cli PATH]        (N sales per clerk, 100 by default)
set -euo pipefail

count_option=--sales count=100
source "$(dirname "${BASH_SOURCE[0]}")/demo_counter.sh"
sales=$count

clerk() { # clerk NUMBER: N sales paid in cash, each retried while another program has the file
    local n=$1 done=0 waits=0 refused=0 out
    while [ "$done" -lt "$sales" ]; do
        # Some demo files are not validated: their sale is refused (and another family comes).
        if out=$("$cli" sell --user agent --household "SO1-$((RANDOM % 30 + 1))" --items "cantine:$((done % 5 + 1))" \
            --pay cash --database "$db" <<<"demo" 2>&1); then
            done=$((done + 1))
            echo "$out" | awk -F'\t' '$1 == "receipt" {print $2 "\t" $3}' >>"$dir/receipts.$n"
        elif grep -q "guichet-cli\|en cours d'ouverture" <<<"$out"; then
            waits=$((waits + 1)) # the file is another clerk's for a moment
            sleep 0.0$((RANDOM % 5 + 1))
        elif grep -q "validé" <<<"$out"; then
            refused=$((refused + 1))
        else
            echo "clerk $n: $out" >&2
            return 1
        fi
    done
    echo "$waits $refused" >"$dir/waits.$n"
}

start=$(date +%s.%N)
clerk 1 & p1=$!
clerk 2 & p2=$!
clerk 3 & p3=$!
wait "$p1" "$p2" "$p3"
end=$(date +%s.%N)

receipts=$(cut -f1 "$dir"/receipts.* | sort -u | wc -l)
cents() { sed 's/[^0-9,-]//g; s/,//' | awk '{s += $1} END {print s + 0}'; } # "1 234,56 €" -> 123456
paid=$(cut -f2 "$dir"/receipts.* | cents)
taken=$("$cli" till status --database "$db" | awk -F'\t' '$1 == "cash_taken" {print $2}' | cents)
waits=$(cat "$dir"/waits.* | awk '{w += $1; r += $2} END {print w " waits for the file, " r " families not validated"}')
echo "three clerks: $((3 * sales)) sales, $receipts distinct receipts, $waits, $(awk "BEGIN {print $end - $start}") s"
[ "$receipts" -eq $((3 * sales)) ] || { echo "sales are missing" >&2; exit 1; }
[ "$paid" -eq "$taken" ] || { echo "the till took $taken cents, the receipts say $paid" >&2; exit 1; }
echo "  the till took exactly what the receipts say: $taken cents"
"$cli" till status --database "$db" | sed 's/^/  /'
"$cli" verify --database "$db" >"$dir/verify.log" 2>&1 || { cat "$dir/verify.log"; exit 1; }
echo "verify clean"
