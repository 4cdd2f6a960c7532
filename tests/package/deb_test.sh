#!/usr/bin/env bash
# Builds the .deb and .tar.gz of an already built tree with cpack, installs the .deb with dpkg,
# checks what it put in place, starts the programs, and removes it again (also on failure).
#   tests/package/deb_test.sh BUILD_DIR VERSION
# Needs root (dpkg -i); CI runs as root on Debian 12. Runs one at a time (flock), as dpkg does.
set -euo pipefail
build=$(cd "$1" && pwd) version=$2
marker="$build/deb-test-installed" # says this test installed the package (for the cleanup step)

fail() { echo "FAIL: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "this test installs a .deb with dpkg and must run as root (CI does)."
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps appstreamcli desktop-file-validate flock; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run tools/setup."
done

exec 9>/tmp/capacita-deb-test.lock
flock 9

if dpkg-query -W -f='${Status}' capacita 2>/dev/null | grep -q "install ok installed" && [[ ! -e $marker ]]; then
  fail "a capacita package is already installed on this machine; this test will not replace it."
fi

work=$(mktemp -d)
cleanup() {
  if [[ -e $marker ]]; then dpkg -r capacita >/dev/null 2>&1 || true; rm -f "$marker"; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack"
(cd "$build" && cpack -G "DEB;TGZ" -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed."; }
deb=$(ls "$work"/capacita_"$version"_*.deb) || fail "no .deb named capacita_${version}_*.deb"
tgz=$(ls "$work"/capacita-"$version"-*.tar.gz) || fail "no capacita-${version}-*.tar.gz"

echo "== package fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6 libsodium23 libc6; do
  grep -q "\b$dep\b" <<<"$depends" || fail "the .deb does not depend on $dep."
done
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "the .deb version is not $version."

echo "== tar.gz contents"
listing=$(tar -tzf "$tgz")
for f in bin/capacita bin/capacita-cli share/applications/pe.capacita.Capacita.desktop; do
  grep -q "/$f\$" <<<"$listing" || fail "$f is missing from $(basename "$tgz")."
done

echo "== dpkg -i"
touch "$marker"
dpkg -i "$deb" || fail "dpkg -i refused the package."

for f in /usr/bin/capacita /usr/bin/capacita-cli \
         /usr/share/applications/pe.capacita.Capacita.desktop \
         /usr/share/metainfo/pe.capacita.Capacita.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/capacita.svg \
         /usr/share/icons/hicolor/16x16/apps/capacita.png \
         /usr/share/icons/hicolor/512x512/apps/capacita.png \
         /usr/share/doc/capacita/copyright; do
  [[ -f $f ]] || fail "$f was not installed."
done
appstreamcli validate --no-net /usr/share/metainfo/pe.capacita.Capacita.metainfo.xml \
  || fail "appstreamcli refuses the installed metainfo."
desktop-file-validate /usr/share/applications/pe.capacita.Capacita.desktop \
  || fail "desktop-file-validate refuses the installed .desktop file."

echo "== start"
out=$(/usr/bin/capacita-cli --version) || fail "/usr/bin/capacita-cli --version failed."
echo "$out"
grep -q "$version" <<<"$out" || fail "capacita-cli --version does not print $version."
out=$(/usr/bin/capacita --version) || fail "/usr/bin/capacita --version failed."
grep -q "$version" <<<"$out" || fail "capacita --version does not print $version."
# A real command on a fresh database: the SQLite driver (a run-time plugin) must load.
db="$work/check.sqlite"
/usr/bin/capacita-cli --db "$db" participant list >/dev/null \
  || fail "the installed capacita-cli could not open a database (SQLite driver missing?)."

echo "== dpkg -r"
dpkg -r capacita || fail "dpkg -r failed."
rm -f "$marker"
[[ ! -e /usr/bin/capacita-cli ]] || fail "/usr/bin/capacita-cli is still there after dpkg -r."
echo "OK"
