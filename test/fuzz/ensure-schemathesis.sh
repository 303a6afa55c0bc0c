#!/usr/bin/env bash
# Makes sure the API fuzzer (schemathesis, from PyPI) is installed in a virtual environment of its own,
# then prints the path of its command. Used by .ci/run and by the fuzz test on a machine without it.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${ENLACE_FUZZ_VENV:-.venv-fuzz}"
version="4.32.5"
bin="$venv/bin/schemathesis"
if [ ! -x "$bin" ] || ! "$bin" --version 2>/dev/null | grep -q "$version"; then
  echo "== installing schemathesis $version into $venv" >&2
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version" >&2
fi
echo "$(pwd)/$bin"
