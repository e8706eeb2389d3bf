# Shared set-up for build-aux/run, build-aux/test and build-aux/bench (sourced, not run).
# Installs what is missing with apt-get when run as root, otherwise prints the one line to run.

# What it takes to build and run Inspraak on Debian 12.
INSP_BUILD_PKGS=(
  build-essential meson ninja-build pkg-config gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libsqlite3-dev libcmark-dev libzip-dev desktop-file-utils appstream yelp-tools
  libpango1.0-dev libcairo2-dev
)

# What the test suite adds: a display server for GUI tests, the validators, the fuzzer runtime,
# LibreOffice and poppler to read the ODT and DOCX exports back.
INSP_TEST_PKGS=(
  xvfb xauth dbus appstream-util flatpak flatpak-builder
  clang libclang-rt-14-dev fonts-cantarell sqlite3 python3 locales
  qpdf poppler-utils fonts-dejavu-core libreoffice-writer-nogui
)

# What the benchmark adds: the yardstick application and a timer.
INSP_BENCH_PKGS=(
  gnome-text-editor xdotool time pandoc
)

insp_missing_pkgs ()
{
  local pkg missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  echo "${missing[@]:-}"
}

# insp_ensure_pkgs PKG… — installs the missing ones (as root) or explains and exits.
insp_ensure_pkgs ()
{
  local missing
  missing=$(insp_missing_pkgs "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing build dependencies: $missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing >&2
  else
    echo "Inspraak needs some packages first. Run this once, then try again:" >&2
    echo "  sudo apt-get install --no-install-recommends $missing" >&2
    exit 1
  fi
}

# insp_setup BUILDDIR [MESON OPTIONS…] — configures the build folder once.
insp_setup ()
{
  local builddir=$1
  shift
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$@"
  fi
}
