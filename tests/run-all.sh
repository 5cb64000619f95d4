#!/bin/sh
# `npm test`: the static checks (astro check, ESLint, Prettier) and vitest, side by side: the checks take
# one core for ~25 s while vitest's builds and browsers are the slowest part of `npm test`. The checks'
# output is held back and printed after vitest's, so the test report stays readable; either failing
# fails the run. (astro check syncs into the project's own .astro/ folder; the test builds never touch
# it: each runs on a copy of the project, tests/helpers/build-site.ts.)
out=$(mktemp)
(
  npm run -s check && npm run -s lint && npm run -s format:check
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
