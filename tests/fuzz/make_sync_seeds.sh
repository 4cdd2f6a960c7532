#!/usr/bin/env bash
# Writes the seeds of fuzz_sync_package with a real capacita-cli: a small dataset (two people,
# one training with a session, attendance and scores), then a full, a delta and a deletion
# package. Prints the dataset key and device secret key to put into testkeys.h (the packages
# only open with them). Afterwards refresh corpus/fuzz_sync_chunks:
#   CAPACITA_FUZZ_DUMP_CHUNKS=corpus/fuzz_sync_chunks build/fuzz/tests/fuzz/fuzz_sync_package -runs=0 corpus/fuzz_sync_package
# usage: tests/fuzz/make_sync_seeds.sh path/to/capacita-cli
set -euo pipefail
cli=$(realpath "$1")
out=$(cd "$(dirname "$0")" && pwd)/corpus/fuzz_sync_package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
c() { "$cli" --db seed.db "$@"; }

c dataset create --name Semilla --out join.json >/dev/null
p1=$(c participant add --given-names "María José" --family-names "Quispe Ñahui" --sex F --dni 01234567 \
  --birth-year 1990 --ubigeo 160101 --phone 987654321)
p2=$(c participant add --given-names Luis --family-names Rengifo --sex M)
t=$(c training add --code LOR-01 --title "Trata de personas: prevención" --start 2026-03-02 --end 2026-03-03 \
  --ubigeo 160101 --topics TIP)
s=$(c session add "$t" --date 2026-03-02 --hours 3.5)
c enroll "$t" "$p1" >/dev/null
c enroll "$t" "$p2" >/dev/null
c attend "$s" "$p1" present >/dev/null
c attend "$s" "$p2" late >/dev/null
c score "$t" "$p1" pre 12 --max 20 >/dev/null
c score "$t" "$p1" post 17 --max 20 >/dev/null
c sync export --out "$out/full.capacita" --full >/dev/null
c participant update "$p2" --institution "DEMUNA Iquitos" >/dev/null
c sync export --out "$out/delta.capacita" >/dev/null
c participant delete "$p2" >/dev/null
c sync export --out "$out/delete.capacita" >/dev/null
chmod 644 "$out"/*.capacita
sqlite3 seed.db "select key || ' = ' || value from local_settings where key in ('dataset_key', 'device_secret_key')"
