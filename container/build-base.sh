#!/usr/bin/env bash
# Builds the base image that Jib puts Supportdesk on, from Debian packages only (no container registry):
#
#   Debian trixie, Essential packages only (no apt, no package manager in the image)
#   + openjdk-21-jre-headless (the JVM; `java` on PATH) and libstdc++6 (the embedded PostgreSQL links it)
#   + user and group `supportdesk`, uid/gid 10001 (PostgreSQL refuses to run as root, and initdb needs the uid
#     to have a passwd entry)
#   + /data owned by 10001 with mode 700 (the volume for the embedded PostgreSQL and the generated JWT key)
#
# The result is container/build/supportdesk-base.tar in `docker save` format (one layer), which is the form
# Jib reads as a `tar://` base image; `podman load` / `docker load` read it too.
#
# Needs: mmdebstrap (Debian package `mmdebstrap`) and a reachable Debian mirror (DEBIAN_MIRROR). As root it
# builds in a chroot; as another user it uses an unprivileged user namespace (needs subuid/subgid ranges; see
# `man mmdebstrap`, --mode=unshare). Idempotent: an existing output is kept unless FORCE=1.
#
#   container/build-base.sh                 # -> container/build/supportdesk-base.tar
#   FORCE=1 container/build-base.sh         # rebuild (e.g. for Debian security updates)
set -euo pipefail

cd "$(dirname "$0")/.."

SUITE="${DEBIAN_SUITE:-trixie}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
OUT="${OUT:-container/build/supportdesk-base.tar}"
APP_UID=10001
APP_GID=10001
# A fixed date for every timestamp in the layer: two builds from the same package versions differ only in the
# Java cacerts keystore (PKCS#12 with a random salt).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1735689600}" # 2025-01-01T00:00:00Z

if [ -s "$OUT" ] && [ "${FORCE:-0}" != 1 ]; then
  echo "$OUT exists; keeping it (FORCE=1 $0 rebuilds it)."
  exit 0
fi
command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }

ARCH="$(dpkg --print-architecture)"
case "$ARCH" in
  amd64 | arm64) ;;
  *) echo "unsupported architecture $ARCH (amd64 and arm64 only)" >&2; exit 1 ;;
esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/supportdesk-base.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "Building the Debian $SUITE rootfs from $MIRROR (a few minutes the first time)..."
# --variant=essential: only Essential:yes packages plus the --include list (apt installs those from outside).
# Documentation, man pages and translations are left out; the copyright files stay. The JRE's postinst registers
# man pages with update-alternatives, which fails when their directory is missing, hence the essential hook.
mmdebstrap \
  --variant=essential \
  --architectures="$ARCH" \
  --include=openjdk-21-jre-headless,libstdc++6,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook="echo 'supportdesk:x:$APP_GID:' >> \"\$1/etc/group\"" \
  --customize-hook="echo 'supportdesk:x:$APP_UID:$APP_GID:Supportdesk:/nonexistent:/usr/sbin/nologin' >> \"\$1/etc/passwd\"" \
  --customize-hook="echo 'supportdesk:*:20089:0:99999:7:::' >> \"\$1/etc/shadow\"" \
  --customize-hook="mkdir -p \"\$1/data\" && chown $APP_UID:$APP_GID \"\$1/data\" && chmod 700 \"\$1/data\"" \
  --customize-hook="rm -rf \"\$1/var/cache/debconf/\"*-old \"\$1/var/lib/dpkg/\"*-old \"\$1/var/log/\"*" \
  --customize-hook="test -x \"\$1/usr/lib/jvm/java-21-openjdk-$ARCH/bin/java\"" \
  --customize-hook="test -s \"\$1/etc/ssl/certs/java/cacerts\"" \
  --customize-hook="chroot \"\$1\" java -version" \
  "$SUITE" "$WORK/layer.tar" "$MIRROR"

# Wrap the rootfs into a `docker save` archive: manifest.json, the image config, one uncompressed layer.
LAYER_DIGEST="$(sha256sum "$WORK/layer.tar" | cut -d' ' -f1)"
CREATED="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
mkdir "$WORK/image" "$WORK/image/$LAYER_DIGEST"
mv "$WORK/layer.tar" "$WORK/image/$LAYER_DIGEST/layer.tar"
cat >"$WORK/config.json" <<EOF
{"architecture":"$ARCH","os":"linux","created":"$CREATED",
"config":{"User":"$APP_UID:$APP_GID","WorkingDir":"/",
"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8","JAVA_HOME=/usr/lib/jvm/java-21-openjdk-$ARCH"],
"Labels":{"org.opencontainers.image.title":"supportdesk-base","org.opencontainers.image.description":"Debian $SUITE (Essential packages) + openjdk-21-jre-headless, user supportdesk 10001, /data"}},
"rootfs":{"type":"layers","diff_ids":["sha256:$LAYER_DIGEST"]},
"history":[{"created":"$CREATED","created_by":"container/build-base.sh: mmdebstrap --variant=essential $SUITE + openjdk-21-jre-headless libstdc++6 ca-certificates"}]}
EOF
CONFIG_DIGEST="$(sha256sum "$WORK/config.json" | cut -d' ' -f1)"
mv "$WORK/config.json" "$WORK/image/$CONFIG_DIGEST.json"
printf '[{"Config":"%s.json","RepoTags":["localhost/supportdesk-base:%s"],"Layers":["%s/layer.tar"]}]\n' \
  "$CONFIG_DIGEST" "$SUITE" "$LAYER_DIGEST" >"$WORK/image/manifest.json"

mkdir -p "$(dirname "$OUT")"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C "$WORK/image" -cf "$OUT.tmp" manifest.json "$CONFIG_DIGEST.json" "$LAYER_DIGEST"
mv "$OUT.tmp" "$OUT"
echo "Wrote $OUT ($(du -h "$OUT" | cut -f1), layer sha256:$LAYER_DIGEST)"
