#!/bin/sh
# `npm test`: the static checks (astro check, ESLint, Prettier) and vitest, side by side: the checks take
# one core for ~25 s while vitest's build queue is the slowest part of `npm test`. The checks' output is
# held back and printed after vitest's, so the test report stays readable; either failing fails the run.
#
# astro check syncs content into the project's .astro/ folder, which every astro build also writes and
# reads: it takes the same lock as the test builds (tests/helpers/build-site.ts), so never runs during one.
out=$(mktemp)
lock=tests/.tmp/astro-build.lock
mkdir -p tests/.tmp
(
  until mkdir "$lock" 2>/dev/null; do
    # A lock whose owner died is taken over, as the test builds do.
    pid=$(cat "$lock/pid" 2>/dev/null)
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then rm -rf "$lock"; fi
    sleep 0.2
  done
  echo $$ > "$lock/pid"
  npm run -s check
  checked=$?
  rm -rf "$lock"
  [ "$checked" -eq 0 ] && npm run -s lint && npm run -s format:check
) > "$out" 2>&1 &
checks=$!
vitest run
tests=$?
wait "$checks"
static=$?
cat "$out"
rm -f "$out"
[ "$static" -eq 0 ] || echo "npm test: the static checks failed (astro check, ESLint or Prettier), see above"
[ "$tests" -eq 0 ] && [ "$static" -eq 0 ]
