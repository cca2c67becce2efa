# Sourced by the scripts of this folder: reads [COUNT_OPTION N] [--cli PATH] (COUNT_OPTION and its default
# count are set by the caller), then makes a 30-household demo counter file in a temporary folder removed at
# exit. Sets: count, cli, dir, db.
cli=${GUICHET_CLI:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.build/app/guichet-cli}
while [ $# -gt 0 ]; do
    case "$1" in
    "$count_option") count=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    *) echo "usage: $0 [$count_option N] [--cli PATH]" >&2; exit 2 ;;
    esac
done

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/counter.sqlite
"$cli" demo --households 30 --database "$db" >"$dir/demo.log" 2>&1 || { cat "$dir/demo.log"; exit 1; }
