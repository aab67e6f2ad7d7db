#!/bin/sh
# Rebuild the README's pictures of printed reports: pustaka writes HTML for data/,
# headless Chromium prints it to PDF (A4), pdftoppm turns pages into small PNGs.
# Needs: pustaka installed, chromium, poppler-utils. Run from the repository's root.
set -eu
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
day=2026-12-01
print() {  # print NAME: $work/NAME.html -> $out/NAME-N.png (every page)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$1" --print-to-pdf="$work/$1.pdf" --no-pdf-header-footer \
    "file://$work/$1.html" >/dev/null 2>&1
  rm -f "$out/$1"-*.png
  pdftoppm -png -r 50 "$work/$1.pdf" "$out/$1"
}
for kind in gaps trainings progress; do
  pustaka report "$kind" --data data --today "$day" --no-cache -o "$work/report-$kind.html"
  print "report-$kind"
done
pustaka idp hotma-s --data data --today "$day" --no-cache -o "$work/idp.html"
print idp
ls -l "$out"
