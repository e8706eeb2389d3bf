#!/usr/bin/env bash
# Fails when the Dutch translation is not complete and clean:
#  - a file with translatable strings is missing from po/POTFILES.in (or a listed one is gone),
#  - msgfmt -c complains about po/nl.po,
#  - a translatable string of the current sources has no Dutch translation, or is fuzzy.
#   check-translations.sh SOURCE_ROOT
set -euo pipefail
root=$1
cd "$root"
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

listed=$(grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d' | sort -u)

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done

# Every file that marks strings for translation must be listed.
candidates=$( (grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext)\s*\(\s*"' src --include='*.c' --include='*.h' || true;
               grep -rl 'translatable="yes"' src data --include='*.ui' --include='*.xml' --include='*.in' || true;
               ls data/*.desktop.in data/*.metainfo.xml.in 2>/dev/null || true) | sort -u)
for f in $candidates; do
  if ! grep -qxF "$f" <<<"$listed"; then
    echo "$f has translatable strings but is not listed in po/POTFILES.in"
    status=1
  fi
done

msgfmt -c -o /dev/null po/nl.po || { echo "msgfmt -c found errors in po/nl.po"; status=1; }

# Extract the current strings and measure nl.po against them.
xgettext --from-code=UTF-8 --add-comments=Translators: --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --files-from=<(echo "$listed") -o "$work/inspraak.pot" 2>"$work/xgettext.log" \
  || { cat "$work/xgettext.log"; exit 1; }
msgmerge --quiet --no-fuzzy-matching -o "$work/nl.po" po/nl.po "$work/inspraak.pot"
stats=$(msgfmt --statistics -o /dev/null "$work/nl.po" 2>&1)
echo "po/nl.po against the sources: $stats"
if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
  echo "Untranslated or fuzzy messages:"
  msgattrib --only-fuzzy "$work/nl.po" | grep -E "^msgid" | head -n 40 || true
  msgattrib --untranslated "$work/nl.po" | grep -E '^msgid' | head -n 40 || true
  status=1
fi
exit $status
