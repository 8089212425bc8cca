#!/usr/bin/env bash
# Guards the gRPC contracts (protos/send) with buf, installed from npm at the pinned version into .tools/.
#   scripts/contracts.sh check            buf lint, buf breaking against the last released set, and dotnet pack
#   scripts/contracts.sh prove            a renumbered field and a removed RPC must each fail the breaking check
#   scripts/contracts.sh buf-path         installs buf if missing and prints the folder it is in (for tests)
#   scripts/contracts.sh release X.Y.Z    records the protos as released X.Y.Z: protos/released/contracts-X.Y.Z.binpb
#                                         (a buf image) and the contracts package's <Version>
# The released image, not a git tag, is what breaking is checked against: a clean clone of main always has it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUF_VERSION=1.75.0
tools="$PWD/.tools/buf-$BUF_VERSION"
buf="$tools/node_modules/.bin/buf"

ensure_buf() {
  [ -x "$buf" ] && return
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "@bufbuild/buf@$BUF_VERSION" >/dev/null
}

# A buf workspace of the contracts and the google/api protos they import, from the package the build restores.
workspace() {
  local dir=$1 version
  version=$(sed -nE 's/.*Include="Google.Api.CommonProtos" Version="([^"]+)".*/\1/p' Directory.Packages.props)
  local google="${NUGET_PACKAGES:-$HOME/.nuget/packages}/google.api.commonprotos/$version/content/protos"
  [ -d "$google" ] || dotnet restore protos/SendPlatform.Contracts.csproj >/dev/null
  mkdir -p "$dir/deps"
  cp -r protos/send protos/buf.yaml "$dir/"
  cp -r "$google/google" "$dir/deps/"
}

released() { ls protos/released/contracts-*.binpb | sort -V | tail -n 1; }

check() {
  local ws; ws=$(mktemp -d); trap 'rm -rf "$ws"' RETURN
  workspace "$ws"
  (cd "$ws" && "$buf" lint --path send)
  local against; against="$PWD/$(released)"
  (cd "$ws" && "$buf" breaking --path send --against "$against")
  echo "Contracts: lint clean, compatible with $(basename "$against")."
  dotnet pack protos/SendPlatform.Contracts.csproj -c Release -o "$ws/pack" --nologo -v quiet >/dev/null
  local package; package=$(ls "$ws/pack"/SendPlatform.Contracts.*.nupkg)
  # The listing is read whole first: under pipefail, grep -q leaving early would fail unzip with SIGPIPE.
  local listing; listing=$(unzip -Z1 "$package")
  grep -qx 'protos/send/funding/v1/frameworks.proto' <<<"$listing" || { echo "The package lacks the protos." >&2; exit 1; }
  echo "Contracts: packed $(basename "$package")."
}

# Each deliberate break must make buf breaking fail; if one passed, the guard would be guarding nothing.
prove() {
  local against; against="$PWD/$(released)"
  local name edit
  for name in renumbered-field removed-rpc; do
    local ws; ws=$(mktemp -d)
    workspace "$ws"
    case $name in
      renumbered-field) edit='s/int64 mainstream_threshold_pence = 4;/int64 mainstream_threshold_pence = 40;/' ;;
      removed-rpc) edit='/rpc ListFrameworks(/,/^  }$/d' ;;
    esac
    sed -i "$edit" "$ws/send/funding/v1/frameworks.proto"
    if cmp -s "$ws/send/funding/v1/frameworks.proto" protos/send/funding/v1/frameworks.proto; then
      echo "The $name edit changed nothing: update it to the current frameworks.proto." >&2; exit 1
    fi
    if (cd "$ws" && "$buf" breaking --path send --against "$against" >/dev/null 2>&1); then
      echo "buf breaking passed a $name change." >&2; exit 1
    fi
    echo "Contracts: a $name change is refused."
    rm -rf "$ws"
  done
}

release() {
  local version=${1:?usage: scripts/contracts.sh release X.Y.Z}
  local ws; ws=$(mktemp -d); trap 'rm -rf "$ws"' RETURN
  workspace "$ws"
  mkdir -p protos/released
  (cd "$ws" && "$buf" build --path send --exclude-source-info -o "$OLDPWD/protos/released/contracts-$version.binpb")
  sed -i -E "s#<Version>[^<]+</Version>#<Version>$version</Version>#" protos/SendPlatform.Contracts.csproj
  echo "Released contracts $version: protos/released/contracts-$version.binpb"
}

ensure_buf
case "${1:-check}" in
  check) check ;;
  prove) prove ;;
  release) release "${2:-}" ;;
  buf-path) dirname "$buf" ;;
  *) echo "usage: scripts/contracts.sh [check|prove|buf-path|release X.Y.Z]" >&2; exit 2 ;;
esac
