#!/usr/bin/env bash
# Builds the .deb with CPack into a temporary folder and checks that it holds
# the executables and the desktop integration files, and that dpkg-shlibdeps
# filled in the library dependencies. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build_dir="$1"

out="$(mktemp -d "${TMPDIR:-/tmp}/tw-deb.XXXXXX")"
trap 'rm -rf "$out"' EXIT

if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    echo "check-deb: cpack failed (is everything built? run 'cmake --build $build_dir' first)" >&2
    exit 1
fi

shopt -s nullglob
debs=("$out"/*.deb)
if [ "${#debs[@]}" -ne 1 ]; then
    echo "check-deb: expected one .deb in $out, found ${#debs[@]}" >&2
    exit 1
fi
deb="${debs[0]}"
echo "check-deb: built $(basename "$deb")"

contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
status=0
for expected in \
    ./usr/bin/tweetworthy \
    ./usr/bin/tweetworthy-cli \
    ./usr/share/applications/io.tweetworthy.Tweetworthy.desktop \
    ./usr/share/metainfo/io.tweetworthy.Tweetworthy.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/tweetworthy.svg \
    ./usr/share/doc/tweetworthy/copyright \
    "./usr/lib/systemd/system/tweetworthy-listen@.service"; do
    if grep -qxF -- "$expected" <<<"$contents"; then
        echo "check-deb: contains $expected"
    else
        echo "check-deb: MISSING $expected" >&2
        status=1
    fi
done

depends="$(dpkg-deb -f "$deb" Depends)"
echo "check-deb: Depends: $depends"
for library in libqt6widgets6 libqt6sql6 libc6; do
    if ! grep -q "$library" <<<"$depends"; then
        echo "check-deb: Depends lacks $library: dpkg-shlibdeps did not run or found nothing" >&2
        status=1
    fi
done

if [ "$status" -ne 0 ]; then
    echo "check-deb: contents of $(basename "$deb"):" >&2
    dpkg-deb -c "$deb" >&2
fi
exit "$status"
