#!/bin/sh
# Makes sure the Debian packages a make target needs are installed. Called by
# the Makefile before building or testing; can be run by hand too:
#     sh tools/ensure-deps.sh build    # a C compiler, make, GMP, readline, zlib
#     sh tools/ensure-deps.sh test     # + python3.11 (the oracle), its Lib and test suite
#     sh tools/ensure-deps.sh fuzz     # + clang (libFuzzer)
# Missing packages are installed with apt-get when running as root; otherwise
# the script prints the exact apt-get line to run and exits 1. On a system
# without dpkg it checks nothing and says so.
set -e

what=${1:-build}
pkgs="gcc make libc6-dev libgmp-dev libreadline-dev zlib1g-dev"
case "$what" in
    build) ;;
    test) pkgs="$pkgs python3.11 libpython3.11-stdlib libpython3.11-testsuite" ;;
    fuzz) pkgs="$pkgs clang" ;;
    *) echo "usage: $0 build|test|fuzz" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "ensure-deps: no dpkg here; not checking for: $pkgs" >&2
    exit 0
fi

missing=
for p in $pkgs; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "ensure-deps: installing:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq $missing >&2
    exit 0
fi

echo "ensure-deps: missing Debian packages:$missing" >&2
echo "Install them (as root) with:" >&2
echo "    apt-get install -y$missing" >&2
exit 1
