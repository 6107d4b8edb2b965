#!/usr/bin/env bash
# make test-matrix: every tier of `make test` on the QGIS releases analysts run, each in a Debian chroot.
#
#   scripts/test_matrix.sh [SUITE...]        build (once) and test; default: trixie sid
#   scripts/test_matrix.sh --build SUITE...  only build the chroots
#   scripts/test_matrix.sh --run SUITE CMD... run one command in a fresh clone there (e.g. make test-gui)
#
# trixie (Debian 13) carries QGIS 3.40 LTR, sid carries QGIS 3.44. Each chroot is made with debootstrap from the
# Debian mirror the host's apt sources name, with QGIS and the Makefile's Debian packages installed, and cached in
# $VDTO_CHROOT_CACHE (default /var/cache/vdto-chroots, outside the repository): later runs reuse it; a missing or
# half-built one is rebuilt. Each test run clones the committed HEAD of this repository afresh into the chroot,
# bind-mounts the real data (../shared beside the clone, read-only), uses a new empty HOME (no QGIS profile left
# from an earlier run), and runs lint and each test tier separately so that one failing tier does not hide the
# counts of the others. Logs: build/matrix/<suite>/<tier>.log. Mounts live in a private mount namespace and
# vanish with the run. Needs root (debootstrap, chroot, mount).
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${VDTO_CHROOT_CACHE:-/var/cache/vdto-chroots}
LOGS=$REPO/build/matrix
TIERS=(lint test-qt6 test-core test-qgis test-workspace test-package test-gui)
export LC_ALL=C.UTF-8

die() { echo "test-matrix: $*" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot and mount); run it with sudo"

# The Debian mirror the host's apt sources name (one-line .list and deb822 .sources formats alike).
mirror() {
    local m
    [ -n "${VDTO_DEBIAN_MIRROR:-}" ] && { echo "$VDTO_DEBIAN_MIRROR"; return; }
    m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1=="deb"{for(i=2;i<=NF;i++) if($i ~ /^https?:\/\//){print $i; break}}' | grep -E '/debian/?$' | head -1)
    [ -n "$m" ] || m=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk '$1=="URIs:"{for(i=2;i<=NF;i++) print $i}' | grep -E '/debian/?$' | head -1)
    [ -n "$m" ] || die "no Debian mirror found in /etc/apt/sources.list*; set VDTO_DEBIAN_MIRROR"
    echo "$m"
}

# Run a command inside a chroot with /proc, /sys, /dev and optional extra binds, in a private mount namespace.
# Usage: in_chroot ROOT "BIND_SRC:BIND_DST_IN_CHROOT ..." COMMAND...
in_chroot() {
    local root=$1 binds=$2; shift 2
    unshare --mount --propagation private -- bash -s "$root" "$binds" "$@" <<'EOS'
set -e
root=$1 binds=$2; shift 2
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
for b in $binds; do
    src=${b%%:*} dst=$root${b#*:}
    mkdir -p "$dst"
    mount --bind "$src" "$dst"
    mount -o remount,bind,ro "$dst"
done
exec chroot "$root" "$@"
EOS
}

# The environment a test run sees: nothing from the host but the pip settings (PIP_*) and CI.
chroot_env() {
    local home=$1 v port
    local envs=(env -i "HOME=$home" "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "TERM=dumb" "PIP_CACHE_DIR=/var/cache/vdto-pip")
    for v in $(compgen -e | grep -E '^(PIP_|CI$|http_proxy$|https_proxy$|no_proxy$|HTTP_PROXY$|HTTPS_PROXY$)'); do
        [ "$v" = PIP_CACHE_DIR ] || [ "$v" = PIP_CONFIG_FILE ] || envs+=("$v=${!v}")
    done
    envs+=("PIP_CONFIG_FILE=/etc/vdto-pip-user.conf")   # copied in by copy_host_settings (absent: pip ignores it)
    # the chroot shares the host's network: its PostgreSQL (test-workspace) listens on a port of its own
    case ${2:-} in trixie) port=5440 ;; sid) port=5441 ;; *) port=5442 ;; esac
    envs+=("VDTO_WORKSPACE_PORT=$port")
    printf '%s\n' "${envs[@]}"
}

# Copy the host's CA certificates and pip configuration in so pip reaches the package index as on the host.
copy_host_settings() {
    local root=$1 f
    mkdir -p "$root/usr/local/share/ca-certificates" "$root/etc/ssl/certs"
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
    [ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
    [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"
    [ -d /etc/xdg/pip ] && { mkdir -p "$root/etc/xdg"; rm -rf "$root/etc/xdg/pip"; cp -a /etc/xdg/pip "$root/etc/xdg/"; }
    # the user-level pip.conf (or PIP_CONFIG_FILE) becomes the chroot's PIP_CONFIG_FILE: each run has a new HOME
    rm -f "$root/etc/vdto-pip-user.conf"
    for f in "${PIP_CONFIG_FILE:-}" "${HOME:-/root}/.config/pip/pip.conf" "${HOME:-/root}/.pip/pip.conf"; do
        [ -n "$f" ] && [ -f "$f" ] && { cp "$f" "$root/etc/vdto-pip-user.conf"; break; }
    done
    return 0
}

build() {
    local suite=$1 root=$CACHE/$1 tmp=$CACHE/$1.building start pkgs m
    if [ -f "$root/.vdto-ready" ]; then
        echo "chroot $suite: cached in $root ($(cat "$root/.vdto-ready"))"
        # a package added to DEB_PKGS since the chroot was built is installed into the cached chroot
        mkdir -p "$LOGS"
        pkgs=$(make -s --no-print-directory -C "$REPO" deb-pkgs)
        in_chroot "$root" "" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 \
            bash -c "missing=\$(for p in $pkgs; do dpkg -s \$p >/dev/null 2>&1 || echo \$p; done); \
                     [ -z \"\$missing\" ] || { echo installing \$missing; apt-get update -qq \
                     && apt-get install -y -qq \$missing && apt-get clean; }" >> "$LOGS/build-$suite.log" 2>&1 \
            || die "installing missing packages in the cached $suite chroot failed (log: $LOGS/build-$suite.log)"
        return 0
    fi
    start=$(date +%s)
    m=$(mirror)
    pkgs=$(make -s --no-print-directory -C "$REPO" deb-pkgs)
    echo "chroot $suite: building in $root from $m (about 6 minutes) ..."
    mkdir -p "$CACHE" "$LOGS"
    rm -rf "$tmp"
    if ! debootstrap --variant=minbase --components=main --include=ca-certificates,git,make,locales \
            "$suite" "$tmp" "$m" > "$LOGS/build-$suite.log" 2>&1; then
        tail -20 "$LOGS/build-$suite.log"; die "debootstrap $suite failed (log: $LOGS/build-$suite.log)"
    fi
    # sid's Release file on a snapshot mirror is past its Valid-Until date
    cat > "$tmp/etc/apt/apt.conf.d/99vdto" <<'EOF'
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
Acquire::Languages "none";
EOF
    echo "deb $m $suite main" > "$tmp/etc/apt/sources.list"
    copy_host_settings "$tmp"
    if ! in_chroot "$tmp" "" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 \
            bash -c "apt-get update -qq && apt-get install -y -qq $pkgs && update-ca-certificates >/dev/null \
                     && apt-get clean" >> "$LOGS/build-$suite.log" 2>&1; then
        tail -20 "$LOGS/build-$suite.log"; die "installing QGIS in the $suite chroot failed (log: $LOGS/build-$suite.log)"
    fi
    copy_host_settings "$tmp"   # again: update-ca-certificates rewrote the bundle without the host's extra CAs
    mkdir -p "$tmp/var/cache/vdto-pip"
    rm -rf "$root"
    mv "$tmp" "$root"
    echo "built $(date -u +%FT%TZ) in $(( $(date +%s) - start )) s from $m" > "$root/.vdto-ready"
    echo "chroot $suite: built in $(( $(date +%s) - start )) s"
}

# Pytest's closing line -> "P passed, F failed" (errors count as failures; skips shown when present).
counts() {
    local log=$1 line p f e s
    line=$(grep -E '^=*.* in [0-9.]+s' "$log" | tail -1)
    [ -z "$line" ] && line=$(grep -E '[0-9]+ (passed|failed|error)' "$log" | tail -1)
    p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+'); f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
    e=$(grep -oE '[0-9]+ errors?' <<<"$line" | grep -oE '[0-9]+'); s=$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+')
    echo "${p:-0} ${f:-0} ${e:-0} ${s:-0}"
}

# A fresh clone of the committed HEAD in the chroot, a new empty HOME, the data bind-mounted as ../shared.
prepare_clone() {
    local suite=$1 root=$CACHE/$1 head src
    head=$(git -C "$REPO" rev-parse HEAD)
    [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no)" ] && \
        echo "test-matrix: uncommitted changes are not tested (a fresh clone of ${head:0:10} is)" >&2
    SHARED=$(cd "$REPO/.." && pwd)/shared
    [ -d "$SHARED/data" ] || SHARED=$(dirname "${VDTO_DATA_DIR:-/work/shared/data}")
    rm -rf "$root/vdto" && mkdir -p "$root/vdto/home" "$LOGS/$suite"
    copy_host_settings "$root"    # the host's current CA certificates and pip settings, at every run
    src=$root/vdto/src
    git clone -q --no-checkout "$REPO" "$src" && git -C "$src" checkout -q "$head" || die "cloning $head failed"
    HEAD_COMMIT=$head
    mapfile -t ENVS < <(chroot_env /vdto/home "$suite")
}

# Run a command in the clone (cwd /vdto/src) inside the chroot.
in_clone() {
    local suite=$1; shift
    in_chroot "$CACHE/$suite" "$SHARED:/vdto/shared" "${ENVS[@]}" bash -c 'cd /vdto/src && exec "$@"' - "$@"
}

run_suite() {
    local suite=$1 root=$CACHE/$1 tier rc out total_p=0 total_f=0 total_s=0 summary="" version p f e s
    prepare_clone "$suite"
    version=$(in_chroot "$root" "" "${ENVS[@]}" python3 -c \
        "import sys; from qgis.core import Qgis; print(Qgis.version().split('-')[0], sys.version.split()[0])" \
        2>/dev/null)
    echo "== QGIS ${version%% *} (Debian $suite chroot, Python ${version##* }), clone of ${HEAD_COMMIT:0:10}"
    # deps and the reference venv first (pip), so that their output does not mix with a tier's
    if ! in_clone "$suite" make deps refenv > "$LOGS/$suite/deps.log" 2>&1; then
        tail -20 "$LOGS/$suite/deps.log"
        echo "QGIS ${version%% *} ($suite): installing the test venvs failed (log: $LOGS/$suite/deps.log)"
        echo "QGIS-${version%% *}: 0 passed, 1 failed"
        return 1
    fi
    for tier in "${TIERS[@]}"; do
        local started=$SECONDS
        in_clone "$suite" make "$tier" > "$LOGS/$suite/$tier.log" 2>&1
        rc=$?
        if [ "$tier" = lint ] || [ "$tier" = test-qt6 ]; then
            [ $rc = 0 ] && out="1 0 0 0" || out="0 1 0 0"
        else
            out=$(counts "$LOGS/$suite/$tier.log")
            [ $rc != 0 ] && [ "$out" = "0 0 0 0" ] && out="0 1 0 0"
        fi
        read -r p f e s <<<"$out"
        total_p=$((total_p + p)); total_f=$((total_f + f + e)); total_s=$((total_s + s))
        summary+=" ${tier#test-} $p/$((f + e))$([ "$s" != 0 ] && echo "/${s}s")"
        echo "  $suite $tier: $p passed, $((f + e)) failed, $s skipped ($((SECONDS - started)) s)"
        [ $rc != 0 ] && grep -E '^(FAILED|ERROR) |problem' "$LOGS/$suite/$tier.log" | head -20 | sed "s/^/    /"
    done
    # the chroot's PostgreSQL (started by test-workspace) is stopped again: nothing of a run keeps running
    in_clone "$suite" python3 scripts/workspace_db.py stop > /dev/null 2>&1 || true
    grep -h '^versions:' "$LOGS/$suite/test-core.log" | head -1 | sed 's/^/  /'
    echo "QGIS ${version%% *} ($suite):${summary}  (passed/failed[/skipped] per tier)"
    echo "QGIS-${version%% *}: $total_p passed, $total_f failed, $total_s skipped"
    [ $total_f = 0 ]
}

main() {
    local only_build=0 suites=() s rc=0 lines=()
    [ "${1:-}" = --build ] && { only_build=1; shift; }
    if [ "${1:-}" = --run ]; then     # --run SUITE COMMAND...: one command in a fresh clone (after make deps refenv)
        s=$2; shift 2
        build "$s" || exit 1
        prepare_clone "$s"
        in_clone "$s" make deps refenv > "$LOGS/$s/deps.log" 2>&1 || { tail -20 "$LOGS/$s/deps.log"; exit 1; }
        in_clone "$s" "$@"
        exit $?
    fi
    suites=("$@"); [ ${#suites[@]} = 0 ] && suites=(trixie sid)
    command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; } \
        || die "debootstrap is not installed and could not be installed"
    for s in "${suites[@]}"; do
        exec 9>"$CACHE.$s.lock" 2>/dev/null || { mkdir -p "$(dirname "$CACHE")"; exec 9>"$CACHE.$s.lock"; }
        flock 9
        build "$s" || { rc=1; continue; }
        if [ $only_build = 0 ]; then
            mkdir -p "$LOGS/$s"
            run_suite "$s" | tee "$LOGS/$s/summary.txt"
            [ "${PIPESTATUS[0]}" = 0 ] || rc=1
            lines+=("$(tail -1 "$LOGS/$s/summary.txt")")
        fi
        flock -u 9
    done
    if [ $only_build = 0 ]; then
        echo "== test-matrix"
        printf '%s\n' "${lines[@]}"
    fi
    return $rc
}

main "$@"
