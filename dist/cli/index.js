#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4208:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Du: () => (/* binding */ parseCommandLine)
});

// UNUSED EXPORTS: parseArgs, parseTimeout, usage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/git.ts
/**
 * The checkout's commit, branch and origin, read from .git without starting a git
 * process, from any folder inside the checkout (the nearest .git above it).
 */


/** The checkout that holds `dir`: its top folder, and its git directory (`.git`, or where a worktree's `.git` file points). */
function checkoutOf(dir) {
    for (let d = external_node_path_default().resolve(dir);; d = external_node_path_default().dirname(d)) {
        const dotGit = external_node_path_default().join(d, '.git');
        const stat = (0,external_node_fs_.statSync)(dotGit, { throwIfNoEntry: false });
        if (stat?.isDirectory())
            return { top: d, gitDir: dotGit };
        if (stat?.isFile()) {
            const pointer = readOptional(dotGit)?.trim();
            if (pointer?.startsWith('gitdir:'))
                return { top: d, gitDir: external_node_path_default().resolve(d, pointer.slice(7).trim()) };
        }
        if (external_node_path_default().dirname(d) === d)
            return undefined;
    }
}
function gitDirOf(dir) {
    return checkoutOf(dir)?.gitDir;
}
function headCommit(root) {
    const gitDir = gitDirOf(root);
    return gitDir ? commitIn(gitDir) : undefined;
}
function commitIn(gitDir) {
    try {
        const head = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'HEAD'), 'utf8').trim();
        if (/^[0-9a-f]{40}$/.test(head))
            return head;
        const ref = /^ref: (.+)$/.exec(head)?.[1];
        if (!ref)
            return undefined;
        // Worktrees keep refs in the common directory.
        const common = readOptional(external_node_path_default().join(gitDir, 'commondir'));
        const dirs = [gitDir, ...(common ? [external_node_path_default().resolve(gitDir, common.trim())] : [])];
        for (const dir of dirs) {
            const loose = readOptional(external_node_path_default().join(dir, ref))?.trim();
            if (loose && /^[0-9a-f]{40}$/.test(loose))
                return loose;
            const packed = readOptional(external_node_path_default().join(dir, 'packed-refs'));
            const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
            if (line)
                return line.slice(0, 40);
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
function readOptional(p) {
    try {
        return (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The checked-out branch name, when HEAD is on a branch. */
function headBranch(root) {
    const gitDir = gitDirOf(root);
    const head = gitDir && readOptional(external_node_path_default().join(gitDir, 'HEAD'))?.trim();
    return head?.startsWith('ref: refs/heads/') ? head.slice('ref: refs/heads/'.length) : undefined;
}
/** `owner/name` and a web URL from the `origin` remote, when it is a GitHub-style URL. */
function originRepository(root) {
    const gitDir = gitDirOf(root);
    // A worktree keeps its configuration in the common directory.
    const common = gitDir && readOptional(external_node_path_default().join(gitDir, 'commondir'))?.trim();
    const config = gitDir && readOptional(external_node_path_default().join(common ? external_node_path_default().resolve(gitDir, common) : gitDir, 'config'));
    const m = config && /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config);
    if (!m)
        return undefined;
    const remote = m[1];
    const parsed = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)([^/:]+)[/:](.+?)(?:\.git)?\/?$/.exec(remote);
    if (!parsed)
        return undefined;
    return { repository: parsed[2], url: `https://${parsed[1]}/${parsed[2]}` };
}

;// CONCATENATED MODULE: ./src/vcs.ts
/** The commit's context for version_info: GitHub Actions' variables, else the local checkout. */

/** Where the commit comes from, for version_info: GitHub Actions' context, else the checkout. */
function vcsSettings(root, sha, env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        return {
            versionType: 'vcs:github',
            repository: env.GITHUB_REPOSITORY,
            branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
            commitUrl: sha ? `${server}/${env.GITHUB_REPOSITORY}/commit/${sha}` : undefined,
        };
    }
    const origin = originRepository(root);
    return {
        versionType: 'vcs:git',
        repository: origin?.repository,
        branch: headBranch(root),
        commitUrl: origin && sha ? `${origin.url}/commit/${sha}` : undefined,
    };
}

// EXTERNAL MODULE: ./src/code/location.ts
var code_location = __nccwpck_require__(4126);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __nccwpck_require__(8750);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/args.ts
/** CLI flags and the process environment -> Settings: the only reader of both. */










const OPTIONS = [
    { flag: '--env', value: 'ENV', group: 'file', help: 'environment: reads prefect-deployments-ENV.yaml at the root; labels what --prune may delete' },
    { flag: '--file', value: 'PATH', group: 'file', help: 'the deployments file (instead of the environment\'s)' },
    { flag: '--confirm-env', group: 'file', help: '--file is meant for --env even though its name is another environment\'s file' },
    { flag: '--root', value: 'DIR', group: 'file', help: 'repository root (default: the folder of the working directory, or above it, that holds the file)' },
    { flag: '--file-pattern', value: 'PAT', group: 'file', help: `file name for an environment (default: ${settings/* DEFAULT_FILE_PATTERN */.Yp})` },
    { flag: '--sha', value: 'SHA', group: 'file', help: 'commit SHA (default: GITHUB_SHA, else the checked-out commit)' },
    { flag: '--api-url', value: 'URL', group: 'api', help: 'Prefect API (default: PREFECT_API_URL); credentials come from PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING (self-hosted)' },
    { flag: '--concurrency', value: 'N', group: 'api', help: `API requests in flight (default: ${settings/* DEFAULT_CONCURRENCY */.WH})` },
    { flag: '--max-retry-seconds', value: 'S', group: 'api', help: 'how long one API request may keep retrying (default: 120)' },
    {
        flag: '--timeout', value: 'T', group: 'api',
        help: `deadline for the whole run, image build included: seconds, or with s, m or h (default: ${settings/* DEFAULT_TIMEOUT */.cS}); what was applied is reported`,
    },
    { flag: '--only', value: 'PATTERN', list: true, group: 'api', help: 'only the deployments whose name (or FLOW/NAME) matches; * and ? as in a glob (repeatable; no --prune with it)' },
    { flag: '--adopt', group: 'api', help: 'take over deployments of the file\'s flows and names that another repository or environment registered, or nobody did (else a conflict)' },
    { flag: '--keep-paused', group: 'api', help: 'a deployment paused, or a schedule turned off, by hand (in the UI) stays so' },
    { flag: '--skip-image', group: 'api', help: 'register without the image stage' },
    { flag: '--image', value: 'REF', group: 'api', help: 'an existing image for {{ image }} (instead of the image stage)' },
    { flag: '--block-script', value: 'PATH', list: true, group: 'api', help: 'a Python script run inside the image before any deployment is registered (repeatable; after the file\'s block-scripts:)' },
    { flag: '--workdir', value: 'DIR', group: 'api', help: `the image's working directory for the default pull step (default: ${settings/* DEFAULT_WORKDIR */.Fi})` },
    { flag: '--prune', group: 'write', help: 'delete deployments this tool registered for this repository and environment that the file no longer has (listed first in the plan)' },
    { flag: '--exit-code', group: 'plan', help: 'exit 3 when the Prefect API differs from the file (0 when it equals it; 2 stays invalid input)' },
    { flag: '--from', value: 'ENV', group: 'promote', help: 'the source environment (its tag, or --sha)' },
    { flag: '--repository', value: 'NAME', group: 'image', help: 'ECR repository (the image stage runs when it is given)' },
    { flag: '--region', value: 'REGION', group: 'image', help: 'AWS region (default: AWS_REGION); credentials: the default AWS chain' },
    { flag: '--registry-id', value: 'ID', group: 'image', help: 'the registry\'s AWS account, when not the caller\'s' },
    { flag: '--create-repository', group: 'image', help: 'create the repository when missing (scan on push)' },
    { flag: '--tag-mutability', value: 'M', group: 'image', help: 'MUTABLE (default) or IMMUTABLE, for a created repository' },
    { flag: '--lifecycle-policy', value: 'F', group: 'image', help: 'lifecycle policy JSON for a created repository' },
    { flag: '--context', value: 'DIR', group: 'image', help: 'build context (default: .)' },
    { flag: '--dockerfile', value: 'PATH', group: 'image', help: 'Dockerfile (default: Dockerfile)' },
    { flag: '--build-arg', value: 'K=V', list: true, group: 'image', help: 'build argument (repeatable)' },
    { flag: '--target', value: 'STAGE', group: 'image', help: 'build target' },
    { flag: '--platform', value: 'P', group: 'image', help: 'build platform, for example linux/amd64' },
    { flag: '--build-network', value: 'N', group: 'image', help: 'network for RUN steps: host, none, or a network name' },
    { flag: '--tag', value: 'TAG', list: true, group: 'image', help: 'tag besides the SHA (repeatable; default: the environment)' },
    { flag: '--build-only', group: 'image', help: 'build to prove the Dockerfile builds; push nothing' },
    {
        flag: '--image-tag-from', value: 'F', group: 'image',
        help: 'comma-separated files (and directories): the image is tagged with their content hash (with the build args, target and platform), built only when they change, and deployments reference it by digest',
    },
    {
        flag: '--code-storage', value: 'URL', group: 'code',
        help: 's3://BUCKET/PREFIX: the repository\'s files go to PREFIX/<sha>/ (honouring .prefectignore, else .gitignore), and deployments pull them from there',
    },
    { flag: '--code-storage-credentials-block', value: 'NAME', group: 'code', help: 'Prefect 3: the aws-credentials block pull_from_s3 reads the code with' },
    {
        flag: '--code-storage-block', value: 'TYPE/NAME', group: 'code',
        help: 'Prefect 2: the storage block (s3/NAME or s3-bucket/NAME) agents read the code with: an s3 block\'s bucket_path is BUCKET/PREFIX, an s3-bucket block\'s bucket_name is BUCKET',
    },
    { flag: '--worker-service', value: 'C/S', group: 'worker', help: 'the ECS cluster and service of the worker (or agent), or a service ARN; {env} is replaced by the environment' },
    { flag: '--worker-container', value: 'N', group: 'worker', help: 'the container whose image is rolled (default: the only or first one)' },
    { flag: '--worker-wait', value: 'S', group: 'worker', help: `seconds to wait for the service to be stable (default: ${settings/* DEFAULT_WORKER_WAIT */.$q}; 0 = no wait)` },
    { flag: '--worker-task-definition', value: 'FILE', group: 'worker', help: 'a task definition JSON: creates the service (Fargate) when it is missing' },
    { flag: '--worker-subnet', value: 'ID', list: true, group: 'worker', help: 'subnet for a created service (repeatable, or comma-separated)' },
    { flag: '--worker-security-group', value: 'ID', list: true, group: 'worker', help: 'security group for a created service (repeatable, or comma-separated)' },
    { flag: '--worker-public-ip', group: 'worker', help: 'give a created service\'s tasks a public IP (public subnets without NAT)' },
    { flag: '--json', group: 'output', help: 'print a JSON report on stdout' },
    { flag: '--help', short: 'h', group: 'output', help: 'show the help of the command' },
    { flag: '--version', short: 'V', group: 'output', help: 'print the version' },
];
const GROUP_TITLES = {
    file: 'The deployments file',
    api: 'The Prefect API',
    write: 'Writing',
    plan: 'Plan',
    promote: 'Promotion',
    image: 'Image stage (Amazon ECR; runs when --repository is given)',
    code: 'Code storage (S3; runs when --code-storage is given)',
    worker: 'Worker service (ECS; runs when --worker-service is given)',
    output: 'Output',
};
const COMMAND_HELP = {
    validate: { summary: 'check the deployments file and its flows; writes nothing', usage: 'validate [options]', groups: ['file', 'output'] },
    plan: {
        summary: 'validate, then compare with the Prefect API: what deploy would change; writes nothing',
        usage: 'plan [options]',
        groups: ['file', 'api', 'plan', 'image', 'code', 'worker', 'output'],
    },
    deploy: {
        summary: 'validate, build and push the image, plan, and register every deployment (version = the commit SHA)',
        usage: 'deploy [options]',
        groups: ['file', 'api', 'write', 'image', 'code', 'worker', 'output'],
    },
    promote: {
        summary: "copy the --from environment's image to this environment's tag (no rebuild), then deploy",
        usage: 'promote --from ENV --repository NAME [options]',
        groups: ['file', 'api', 'write', 'promote', 'image', 'code', 'worker', 'output'],
    },
    inspect: {
        summary: 'what is registered for each flow (name, description, parameter schema) and where it cannot be exact',
        usage: 'inspect ENTRYPOINT... [--root DIR] [--json]',
        groups: [],
    },
};
const COMMANDS = ['validate', 'plan', 'deploy', 'promote'];
const byFlag = new Map(OPTIONS.map((o) => [o.flag, o]));
/** The help: the commands, or one command's own options. */
function usage(command) {
    const option = (o) => {
        const name = `${o.short ? `-${o.short}, ` : ''}${o.flag}${o.value ? ` ${o.value}` : ''}`;
        const lines = wrap(o.help).map((line) => `${' '.repeat(33)}${line}`);
        // A long name takes its own line.
        if (name.length > 30)
            return [`  ${name}`, ...lines].join('\n');
        return [`  ${name.padEnd(30)} ${lines[0].trimStart()}`, ...lines.slice(1)].join('\n');
    };
    if (!command) {
        const commands = Object.entries(COMMAND_HELP).map(([name, c]) => wrap(c.summary, 84).map((line, i) => `  ${(i === 0 ? name : '').padEnd(10)}  ${line}`).join('\n'));
        const general = OPTIONS.filter((o) => o.group === 'output').map(option);
        return `Usage: prefect-ecr-deploy <command> [options]\n\nCommands:\n${commands.join('\n')}\n  help        [COMMAND]: this help, or a command's options\n\nOptions:\n${general.join('\n')}\n\nRun prefect-ecr-deploy <command> --help for the options of a command.\n`;
    }
    const c = COMMAND_HELP[command];
    const sections = c.groups.map((g) => `${GROUP_TITLES[g]}:\n${OPTIONS.filter((o) => o.group === g).map(option).join('\n')}`);
    const inspect = command === 'inspect' ? '\nOptions:\n  --root DIR                     the repository root (default: the working directory)\n  --json                         print the results as JSON\n' : '';
    return `Usage: prefect-ecr-deploy ${c.usage}\n\n${c.summary[0].toUpperCase()}${c.summary.slice(1)}.\n${inspect}${sections.map((s) => `\n${s}\n`).join('')}`;
}
function wrap(text, width = 70) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}
/** `--enviroment` is closest to `--env` by what it starts with, not by edit distance. */
function suggestFlag(name) {
    const flags = OPTIONS.map((o) => o.flag);
    const prefix = flags.filter((f) => f.length >= 5 && name.startsWith(f)).sort((a, b) => b.length - a.length)[0];
    return prefix ?? flags.find((f) => name.length >= 4 && f.startsWith(name)) ?? (0,src_text/* closest */.k)(name, flags);
}
/** Splits argv with node's parser into the command, its positionals, and each option's values (in order). */
function tokenize(argv) {
    const options = Object.fromEntries(OPTIONS.map((o) => [o.flag.slice(2), { type: o.value ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}) }]));
    const { tokens } = (0,external_node_util_.parseArgs)({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
    const positional = [];
    const values = new Map();
    const switches = new Set();
    for (const token of tokens) {
        if (token.kind === 'positional')
            positional.push(token.value);
        if (token.kind !== 'option')
            continue;
        // A short option arrives under its long name.
        const spec = byFlag.get(`--${token.name}`);
        if (!spec) {
            const hint = suggestFlag(token.rawName);
            throw new errors/* UsageError */.eb(`unknown option ${token.rawName}${hint ? ` (did you mean ${hint}?)` : ''}`);
        }
        if (!spec.value) {
            if (token.value !== undefined)
                throw new errors/* UsageError */.eb(`${spec.flag} takes no value`);
            switches.add(spec.flag);
            continue;
        }
        // `--env --sha X`: a flag is never another flag's value.
        if (!token.value || (!token.inlineValue && token.value.startsWith('--')))
            throw new errors/* UsageError */.eb(`${spec.flag} needs a value`);
        const given = values.get(spec.flag) ?? [];
        if (given.length && !spec.list)
            throw new errors/* UsageError */.eb(`${spec.flag} is given twice ('${given[0]}' and '${token.value}'): give it once`);
        values.set(spec.flag, [...given, token.value]);
    }
    return { positional, values, switches };
}
/** The command line -> what to do: the CLI's one reader of argv. */
function parseCommandLine(argv, env, cwd) {
    const { positional, values, switches } = tokenize(argv);
    const [command, ...extra] = positional;
    if (switches.has('--version'))
        return { print: `prefect-ecr-deploy ${package_namespaceObject.rE}\n` };
    if (command === 'help') {
        const topic = extra[0];
        if (topic !== undefined && !(topic in COMMAND_HELP))
            throw unknownCommand(topic);
        return { print: usage(topic) };
    }
    if (switches.has('--help')) {
        if (command !== undefined && !(command in COMMAND_HELP))
            throw unknownCommand(command);
        return { print: usage(command) };
    }
    if (command === 'inspect') {
        const other = [...values.keys(), ...switches].find((f) => f !== '--root' && f !== '--json');
        if (other)
            throw new errors/* UsageError */.eb(`unknown option ${other} for inspect (it takes --root DIR and --json)`);
        if (extra.length < 1)
            throw new errors/* UsageError */.eb('inspect needs at least one entrypoint (path/to/file.py:function)');
        return { inspect: { root: external_node_path_default().resolve(cwd, values.get('--root')?.[0] ?? '.'), entrypoints: extra, json: switches.has('--json') } };
    }
    if (!command)
        throw new errors/* UsageError */.eb(`a command is required\n\n${usage()}`);
    if (!COMMANDS.includes(command))
        throw unknownCommand(command);
    if (extra.length)
        throw new errors/* UsageError */.eb(`unexpected argument '${extra[0]}'`);
    return { settings: toSettings(command, values, switches, env, cwd) };
}
function unknownCommand(command) {
    const hint = (0,src_text/* closest */.k)(command, Object.keys(COMMAND_HELP));
    return new errors/* UsageError */.eb(`unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
}
/** Parses argv into Settings (for a run: help, version and inspect are the CLI's). */
function parseArgs(argv, env, cwd) {
    const line = parseCommandLine(argv, env, cwd);
    if (!('settings' in line))
        throw new UsageError(`not a run: ${argv.join(' ')}`);
    return line.settings;
}
function toSettings(command, given, flags, env, cwd) {
    const values = new Map([...given].filter(([f]) => !byFlag.get(f).list).map(([f, v]) => [f, v[0]]));
    const lists = new Map(OPTIONS.filter((o) => o.list).map((o) => [o.flag, given.get(o.flag) ?? []]));
    const filePattern = values.get('--file-pattern') ?? settings/* DEFAULT_FILE_PATTERN */.Yp;
    const root = values.has('--root') ? external_node_path_default().resolve(cwd, values.get('--root')) : values.has('--file') ? cwd : projectRoot(cwd, filePattern, values.get('--env'));
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* UsageError */.eb(`--root ${values.get('--root')} does not exist`);
    // promote without --sha takes the commit from the source image's label.
    const sha = values.get('--sha') ?? (command === 'promote' ? undefined : env.GITHUB_SHA || headCommit(root));
    if (values.has('--sha') && !/^[0-9a-f]{7,40}$/i.test(values.get('--sha'))) {
        throw new errors/* UsageError */.eb(`--sha '${values.get('--sha')}' is not a commit SHA`);
    }
    const concurrency = Number(values.get('--concurrency') ?? settings/* DEFAULT_CONCURRENCY */.WH);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
        throw new errors/* UsageError */.eb('--concurrency must be a whole number from 1 to 64');
    const maxRetrySeconds = Number(values.get('--max-retry-seconds') ?? 120);
    if (!(maxRetrySeconds > 0 && maxRetrySeconds <= 3600))
        throw new errors/* UsageError */.eb('--max-retry-seconds must be a number of seconds from 1 to 3600');
    const apiUrl = values.get('--api-url') ?? (env.PREFECT_API_URL || undefined);
    if (apiUrl !== undefined)
        checkApiUrl(apiUrl);
    const timeoutSeconds = parseTimeout(values.get('--timeout') ?? settings/* DEFAULT_TIMEOUT */.cS);
    const mutability = values.get('--tag-mutability') ?? 'MUTABLE';
    if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE')
        throw new errors/* UsageError */.eb('--tag-mutability must be MUTABLE or IMMUTABLE');
    if (command === 'promote' && !values.has('--from'))
        throw new errors/* UsageError */.eb('promote needs --from ENV (the source environment)');
    if (command === 'promote' && !values.has('--repository'))
        throw new errors/* UsageError */.eb('promote needs --repository NAME');
    const environment = values.get('--env');
    const file = values.get('--file');
    const fileEnvironment = file !== undefined ? environmentOfFile(file, filePattern) : undefined;
    if (environment && fileEnvironment && fileEnvironment !== environment && !flags.has('--confirm-env')) {
        throw new errors/* UsageError */.eb(`--env ${environment} with --file ${file}, the ${fileEnvironment} environment's file: --env labels what is registered (and what --prune deletes). Pass --env ${fileEnvironment}, or --confirm-env if the pairing is meant`);
    }
    const only = lists.get('--only');
    if (only.length && flags.has('--prune'))
        throw new errors/* UsageError */.eb('--prune does not run with --only: a subset cannot tell what the file no longer has');
    if (flags.has('--exit-code') && command !== 'plan')
        throw new errors/* UsageError */.eb('--exit-code is for plan (0: no changes, 3: changes)');
    const repository = values.get('--repository');
    const region = values.get('--region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
    const tagFrom = values.get('--image-tag-from')?.split(',').map((f) => f.trim()).filter(Boolean);
    if (tagFrom && !repository)
        throw new errors/* UsageError */.eb('--image-tag-from needs the image stage: pass --repository');
    const ecr = repository
        ? {
            region,
            registryId: values.get('--registry-id'),
            repository,
            createRepository: flags.has('--create-repository'),
            tagMutability: mutability,
            lifecyclePolicyFile: values.get('--lifecycle-policy'),
            context: values.get('--context') ?? '.',
            dockerfile: values.get('--dockerfile') ?? 'Dockerfile',
            buildArgs: lists.get('--build-arg'),
            target: values.get('--target'),
            platform: values.get('--platform'),
            network: values.get('--build-network'),
            tags: lists.get('--tag').length ? lists.get('--tag') : environment ? [environment] : [],
            buildOnly: flags.has('--build-only'),
            tagFrom,
        }
        : undefined;
    return {
        command: command,
        root,
        environment,
        file,
        filePattern,
        sha,
        json: flags.has('--json'),
        env: (0,settings/* templateEnvironment */.aI)(env),
        prefect: { apiUrl, apiKey: env.PREFECT_API_KEY || undefined, authString: env.PREFECT_API_AUTH_STRING || undefined },
        vcs: vcsSettings(root, sha, env),
        concurrency,
        maxRetrySeconds,
        timeoutSeconds,
        prune: flags.has('--prune'),
        adopt: flags.has('--adopt'),
        only,
        keepPaused: flags.has('--keep-paused'),
        exitCode: flags.has('--exit-code'),
        skipImage: flags.has('--skip-image'),
        imageRef: values.get('--image'),
        blockScripts: lists.get('--block-script'),
        ecr,
        promoteFrom: values.get('--from'),
        workdir: values.get('--workdir') ?? settings/* DEFAULT_WORKDIR */.Fi,
        codeStorage: codeStorageSettings(values, region, env),
        worker: workerSettings(values, lists, flags, region, environment),
    };
}
function codeStorageSettings(values, region, env) {
    const url = values.get('--code-storage');
    const dependent = ['--code-storage-credentials-block', '--code-storage-block'].find((f) => values.has(f));
    if (!url) {
        if (dependent)
            throw new errors/* UsageError */.eb(`${dependent} needs --code-storage s3://BUCKET/PREFIX`);
        return undefined;
    }
    const location = (0,code_location/* parseCodeStorage */.EC)(url);
    if (Array.isArray(location))
        throw new errors/* UsageError */.eb(location.join('\n'));
    const credentialsBlock = values.get('--code-storage-credentials-block')?.replace(/^aws-credentials\//, '');
    if (credentialsBlock !== undefined && !BLOCK_NAME.test(credentialsBlock)) {
        throw new errors/* UsageError */.eb(`--code-storage-credentials-block '${credentialsBlock}' is not a block name (lowercase letters, digits and dashes)`);
    }
    const storageBlock = values.get('--code-storage-block');
    if (storageBlock !== undefined && !/^(s3|s3-bucket)\/[a-z0-9-]+$/.test(storageBlock)) {
        throw new errors/* UsageError */.eb(`--code-storage-block '${storageBlock}' must be s3/NAME or s3-bucket/NAME`);
    }
    return { url, location, region, credentialsBlock, storageBlock, pathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL) };
}
const BLOCK_NAME = /^[a-z0-9-]+$/;
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;
function workerSettings(values, lists, flags, region, environment) {
    const given = values.get('--worker-service');
    const dependent = ['--worker-container', '--worker-wait', '--worker-task-definition', '--worker-subnet', '--worker-security-group', '--worker-public-ip'].find((f) => values.has(f) || lists.get(f)?.length || flags.has(f));
    if (!given) {
        if (dependent)
            throw new errors/* UsageError */.eb(`${dependent} needs --worker-service CLUSTER/SERVICE`);
        return undefined;
    }
    if (given.includes('{env}') && !environment)
        throw new errors/* UsageError */.eb('--worker-service uses {env}: pass --env');
    const text = given.replaceAll('{env}', environment ?? '');
    // `CLUSTER/SERVICE`, or `arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/SERVICE`.
    const arn = /^arn:aws[a-z-]*:ecs:([a-z0-9-]+):\d{12}:service\/([^/]+)\/([^/]+)$/.exec(text);
    const [cluster, service, arnRegion] = arn ? [arn[2], arn[3], arn[1]] : [...text.split('/'), undefined];
    if (!cluster || !service || text.split('/').length !== (arn ? 3 : 2) || !ECS_NAME.test(cluster) || !ECS_NAME.test(service)) {
        throw new errors/* UsageError */.eb(`--worker-service '${text}' must be CLUSTER/SERVICE (letters, digits, - and _) or a service ARN`);
    }
    const wait = Number(values.get('--worker-wait') ?? settings/* DEFAULT_WORKER_WAIT */.$q);
    if (!Number.isInteger(wait) || wait < 0 || wait > 3600)
        throw new errors/* UsageError */.eb('--worker-wait must be a whole number of seconds from 0 to 3600');
    const container = values.get('--worker-container');
    if (container !== undefined && !ECS_NAME.test(container))
        throw new errors/* UsageError */.eb(`--worker-container '${container}' is not a container name`);
    const ids = (flag) => lists.get(flag).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    return {
        cluster,
        service,
        arnRegion,
        region,
        container,
        waitSeconds: wait,
        taskDefinitionFile: values.get('--worker-task-definition'),
        subnets: ids('--worker-subnet'),
        securityGroups: ids('--worker-security-group'),
        assignPublicIp: flags.has('--worker-public-ip'),
    };
}
/**
 * The root when --root is not given: the nearest folder from the working directory up
 * to the checkout's top that holds the environment's deployments file or a
 * prefect.yaml, so the CLI works from any folder of a checkout; else the working directory.
 */
function projectRoot(cwd, filePattern, environment) {
    const checkout = checkoutOf(cwd);
    if (!checkout)
        return cwd;
    const names = [...(environment ? [filePattern.replaceAll('{env}', environment)] : []), 'prefect.yaml'];
    for (let dir = external_node_path_default().resolve(cwd); dir.startsWith(checkout.top); dir = external_node_path_default().dirname(dir)) {
        if (names.some((n) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, n))))
            return dir;
        if (dir === checkout.top)
            break;
    }
    return cwd;
}
/** The environment a file is named for by the pattern (`prefect-deployments-prod.yaml` -> prod), if any. */
function environmentOfFile(file, filePattern) {
    const [before, after] = external_node_path_default().basename(filePattern).split('{env}');
    const name = external_node_path_default().basename(file);
    if (after === undefined || !name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length)
        return undefined;
    return name.slice(before.length, name.length - after.length);
}
/** The run's deadline in seconds: `90`, `90s`, `15m`, `1h`, from 1 s to 6 h. */
function parseTimeout(text) {
    const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(text.trim());
    const seconds = m ? Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600 }[m[2]] : NaN;
    if (!(seconds >= 1 && seconds <= 6 * 3600)) {
        throw new errors/* UsageError */.eb('--timeout must be a duration from 1 s to 6 h: seconds, or a number with s, m or h (for example 90, 15m, 1h)');
    }
    return seconds;
}
/**
 * An http(s) URL without user information: a password in the URL would show wherever
 * the URL does (progress lines, errors, the summary). The URL itself is never echoed.
 */
function checkApiUrl(apiUrl) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || /\s/.test(apiUrl))
        throw new errors/* UsageError */.eb('the Prefect API URL must start with http:// or https://');
    if (url.username || url.password) {
        throw new errors/* UsageError */.eb('the Prefect API URL must not contain a user name or password (it is shown in progress and errors): ' +
            'give credentials in PREFECT_API_AUTH_STRING (self-hosted, user:password) or PREFECT_API_KEY (Prefect Cloud)');
    }
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4208);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2225);
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(10);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4851);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3108);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3916);
/* harmony import */ var _run_control_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8166);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7194);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__, _commands_validate_js__WEBPACK_IMPORTED_MODULE_2__]);
([_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__, _commands_validate_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 a failure (or the deadline
 * passed), 130 and 143 interrupted by SIGINT and SIGTERM, and `plan --exit-code`: 3
 * when the Prefect API differs from the file.
 */








// The bundle pins its AWS SDK; the SDK's notice about its future releases' Node versions is not for this program's users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
/** Everything the CLI prints goes through `redact`: secret-bearing values never reach a terminal or a CI log. */
const out = (text) => process.stdout.write((0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(text));
const err = (text) => process.stderr.write((0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(text));
/** Progress on stderr. */
const cliUi = {
    info: (m) => err(`${m}\n`),
    warning: (m) => err(`warning: ${m}\n`),
    group: async (title, fn) => {
        err(`--- ${title}\n`);
        return fn((l) => err(`    ${l}\n`));
    },
    mask: () => undefined,
    // The CLI logs out in its own finally blocks; nothing outlives the process.
    loggingIn: () => undefined,
};
async function main() {
    const line = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandLine */ .Du)(process.argv.slice(2), process.env, process.cwd());
    if ('print' in line) {
        out(line.print);
        return 0;
    }
    if ('inspect' in line) {
        const { root, entrypoints, json } = line.inspect;
        const { inspectFlows, renderInspect } = await __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.bind(__nccwpck_require__, 9741));
        const results = inspectFlows(root, entrypoints);
        out(json ? `${JSON.stringify(results, null, 2)}\n` : renderInspect(results));
        return results.some((r) => 'error' in r) ? 2 : 0;
    }
    const { settings } = line;
    if (settings.command !== 'validate') {
        const control = new _run_control_js__WEBPACK_IMPORTED_MODULE_5__/* .RunControl */ .j2();
        const unwatch = (0,_run_control_js__WEBPACK_IMPORTED_MODULE_5__/* .watchRun */ .vt)(control, settings.timeoutSeconds);
        let report;
        try {
            report = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .runDeploy */ .zt)(settings, settings.command, cliUi, { control }).finally(unwatch);
        }
        catch (e) {
            // An invalid file: --json prints validate's document, so a script reads one shape.
            const validated = e instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidInput */ .o9 && settings.json ? (0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .runValidate */ .E)(settings) : undefined;
            if (validated && !validated.valid) {
                for (const d of [...validated.errors, ...validated.warnings])
                    err(`${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d)}\n`);
                out(`${(0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateJson */ .T)(validated)}\n`);
                return 2;
            }
            throw e;
        }
        for (const d of report.validation.warnings)
            err(`${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d)}\n`);
        out(settings.json ? `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderJson */ .hF)(report)}\n` : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S5)(report));
        if (report.stopped) {
            err(`prefect-ecr-deploy: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .stopText */ .IC)(report)}\n`);
            // Nothing of a stopped run is waited for.
            process.exit((0,_run_control_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)(report.stopped));
        }
        if ((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .hasFailures */ .QP)(report))
            return 1;
        return settings.exitCode && (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .hasChanges */ .ik)(report) ? 3 : 0;
    }
    const report = (0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .runValidate */ .E)(settings);
    for (const d of [...report.errors, ...report.warnings])
        err(`${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d)}\n`);
    if (settings.json) {
        out(`${(0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateJson */ .T)(report)}\n`);
    }
    else if (report.valid) {
        const flows = new Set(report.deployments.map((d) => d.flow)).size;
        out(`${report.file}: valid, ${report.deployments.length} deployment(s) of ${flows} flow(s)\n`);
        for (const d of report.deployments)
            out(`  ${d.name}  (${d.flow}, ${d.entrypoint})\n`);
    }
    else {
        err(`${report.file}: ${report.errors.length} error(s)\n`);
    }
    return report.valid ? 0 : 2;
}
main().then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidInput */ .o9) {
        for (const d of e.diagnostics)
            err(`${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d)}\n`);
        for (const p of e.problems)
            err(`prefect-ecr-deploy: ${p}\n`);
        process.exitCode = 2;
    }
    else if (e instanceof _run_control_js__WEBPACK_IMPORTED_MODULE_5__/* .Stopped */ .C9) {
        err(`prefect-ecr-deploy: ${e.message} before anything was written\n`);
        process.exit((0,_run_control_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)(e.reason));
    }
    else if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb) {
        err(`prefect-ecr-deploy: ${e.message}\n`);
        process.exitCode = 2;
    }
    else if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .Failure */ .HR) {
        err(`prefect-ecr-deploy: ${e.message}\n`);
        process.exitCode = 1;
    }
    else {
        err(`prefect-ecr-deploy: unexpected failure: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(e)}\n`);
        process.exitCode = 1;
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ s3Url),
/* harmony export */   EC: () => (/* binding */ parseCodeStorage),
/* harmony export */   sr: () => (/* binding */ commitFolder)
/* harmony export */ });
/**
 * Where the flow code lives: `s3://BUCKET/PREFIX`, each commit's files under
 * `PREFIX/<sha>/`, so every commit's code is immutable and addressable. Pure.
 */
/** S3's rules for bucket names (general purpose buckets). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** `s3://BUCKET/PREFIX`, or every problem with it. */
function parseCodeStorage(url) {
    const m = /^s3:\/\/([^/]*)(?:\/([\s\S]*))?$/.exec(url);
    if (!m)
        return [`code storage '${url}' must be s3://BUCKET/PREFIX`];
    const [, bucket, rest = ''] = m;
    const problems = [];
    if (!BUCKET.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
        problems.push(`code storage bucket '${bucket}' is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)`);
    }
    const prefix = rest.replace(/\/+$/, '');
    const segments = prefix ? prefix.split('/') : [];
    if (segments.some((s) => s === '..' || s === '.'))
        problems.push(`code storage prefix '${rest}' must not contain '.' or '..' segments`);
    else if (segments.some((s) => s === ''))
        problems.push(`code storage prefix '${rest}' has an empty segment`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(prefix))
        problems.push(`code storage prefix '${rest}' has a control character or a backslash`);
    if (prefix.length > 512)
        problems.push('code storage prefix is longer than 512 characters');
    return problems.length ? problems : { bucket, prefix };
}
/** The commit's folder: `PREFIX/<sha>`. */
function commitFolder(loc, sha) {
    return loc.prefix ? `${loc.prefix}/${sha}` : sha;
}
function s3Url(bucket, key) {
    return `s3://${bucket}/${key}`;
}


/***/ }),

/***/ 10:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runValidate),
/* harmony export */   T: () => (/* binding */ validateJson)
/* harmony export */ });
/* harmony import */ var _config_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5562);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(841);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4851);
/* harmony import */ var _flows_read_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5661);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_flows_read_js__WEBPACK_IMPORTED_MODULE_3__]);
_flows_read_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/** `validate`: load the environment's deployments file and check everything, writing nothing. */




function runValidate(settings) {
    const located = (0,_config_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locateDeploymentsFile */ .B$)(settings);
    const reader = new _flows_read_js__WEBPACK_IMPORTED_MODULE_3__/* .FlowReader */ .q(settings.root);
    const validated = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateFile */ .n)(located.display, (0,_config_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .readDeploymentsFile */ .r$)(located, settings.root), reader, {
        sha: settings.sha,
        env: settings.environment,
        vars: settings.env,
    });
    const all = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDiagnostics */ .Ds)(validated.diagnostics);
    const errors = all.filter((d) => d.severity === 'error');
    return {
        file: located.display,
        valid: errors.length === 0,
        errors,
        warnings: all.filter((d) => d.severity === 'warning'),
        deployments: validated.file.deployments.map((d) => ({
            name: d.name,
            flow: validated.flows.get(d)?.name ?? null,
            entrypoint: d.entrypoint,
        })),
        validated,
    };
}
const strip = ({ file, line, column, message }) => ({ file, line, column, message });
/** The `--json` document of the CLI contract. */
function validateJson(report) {
    return JSON.stringify({ valid: report.valid, errors: report.errors.map(strip), warnings: report.warnings.map(strip), deployments: report.deployments }, null, 2);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ referencesOf),
/* harmony export */   Ju: () => (/* binding */ blockKey),
/* harmony export */   Li: () => (/* binding */ fieldPos),
/* harmony export */   Lv: () => (/* binding */ checkBlocks),
/* harmony export */   Vm: () => (/* binding */ inDependencyOrder)
/* harmony export */ });
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9211);

const WHOLE_REFERENCE = /^\{\{\s*prefect\.blocks\.([a-z0-9-]+)\.([a-z0-9-]+)\s*\}\}$/;
const ANY_REFERENCE = /\{\{\s*prefect\.blocks\./;
/** `<type>/<name>`: how `ib-block`, references and messages name a block document. */
function blockKey(type, name) {
    return `${type}/${name}`;
}
/** The block a data value references, when the value is exactly one block reference. */
function blockReference(value) {
    const m = typeof value === 'string' ? WHOLE_REFERENCE.exec(value.trim()) : null;
    return m ? { type: m[1], name: m[2] } : undefined;
}
/** The top-level fields of a block's data that reference other blocks, as `field -> type/name`. */
function referencesOf(block) {
    const out = new Map();
    for (const [field, value] of Object.entries(block.data)) {
        const ref = blockReference(value);
        if (ref)
            out.set(field, blockKey(ref.type, ref.name));
    }
    return out;
}
function checkBlocks(file, reader, at) {
    const seen = new Map();
    for (const b of file.blocks) {
        const key = blockKey(b.type, b.name);
        const first = seen.get(key);
        if (first)
            at(b.node.pos, `block ${key} is declared twice (first at line ${first.node.pos.line})`);
        else
            seen.set(key, b);
        const data = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(b.node, 'data');
        if (data?.kind === 'map')
            for (const e of data.entries)
                checkReferences(e.value, true, at);
    }
    for (const cycle of referenceCycles([...seen.values()])) {
        at(seen.get(cycle[0]).node.pos, `blocks reference each other in a cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
    }
    for (const s of file.blockScripts) {
        const error = reader.scriptError(s.path);
        if (error)
            at(s.node.pos, error);
    }
}
function checkReferences(node, topLevel, at) {
    if (node.kind === 'map')
        for (const e of node.entries)
            checkReferences(e.value, false, at);
    else if (node.kind === 'seq')
        for (const i of node.items)
            checkReferences(i, false, at);
    else if (typeof node.value === 'string' && ANY_REFERENCE.test(node.value)) {
        if (!blockReference(node.value)) {
            at(node.pos, 'a block reference must be the whole value and name a whole block document: "{{ prefect.blocks.<type>.<name> }}"');
        }
        else if (!topLevel) {
            at(node.pos, "a block reference can only be a top-level field of a block's data (Prefect stores references per field)");
        }
    }
}
/** Each cycle once, as the list of block keys on it. */
function referenceCycles(blocks) {
    const edges = new Map(blocks.map((b) => [blockKey(b.type, b.name), [...referencesOf(b).values()]]));
    const cycles = [];
    const done = new Set();
    const visit = (key, path) => {
        const at = path.indexOf(key);
        if (at >= 0) {
            cycles.push(path.slice(at));
            return;
        }
        if (done.has(key) || !edges.has(key))
            return;
        for (const next of edges.get(key))
            visit(next, [...path, key]);
        done.add(key);
    };
    for (const key of edges.keys())
        visit(key, []);
    return cycles;
}
/** Declared blocks in an order where each comes after the blocks it references. */
function inDependencyOrder(blocks) {
    const byKey = new Map(blocks.map((b) => [blockKey(b.type, b.name), b]));
    const out = [];
    const placed = new Set();
    const place = (b, depth) => {
        const key = blockKey(b.type, b.name);
        if (placed.has(key) || depth > blocks.length)
            return;
        for (const ref of referencesOf(b).values())
            if (byKey.has(ref))
                place(byKey.get(ref), depth + 1);
        placed.add(key);
        out.push(b);
    };
    for (const b of blocks)
        place(b, 0);
    return out;
}
/** The position of a data field, for messages about it. */
function fieldPos(block, field) {
    const data = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .child */ .jf)(block.node, 'data');
    if (field === undefined)
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(block.node, 'data')?.keyPos ?? block.node.pos;
    return (data && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(data, field)?.keyPos) ?? data?.pos ?? block.node.pos;
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ locateDeploymentsFile),
/* harmony export */   r$: () => (/* binding */ readDeploymentsFile)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/** Finds the deployments file: --file, else the environment's file by pattern, else prefect.yaml. */



function locateDeploymentsFile(settings, cwd = process.cwd()) {
    const display = (p) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(settings.root, p);
        return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : p;
    };
    if (settings.file) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, settings.file);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`deployments file ${settings.file} does not exist`);
        return { absolute, display: display(absolute) };
    }
    const tried = [];
    if (settings.environment) {
        if (!/^[A-Za-z0-9_.-]+$/.test(settings.environment))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`environment '${settings.environment}' may contain only letters, digits, '.', '_' and '-'`);
        const byPattern = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(settings.root, settings.filePattern.replaceAll('{env}', settings.environment));
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(byPattern))
            return { absolute: byPattern, display: display(byPattern) };
        tried.push(display(byPattern));
    }
    const prefectYaml = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(settings.root, 'prefect.yaml');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(prefectYaml))
        return { absolute: prefectYaml, display: display(prefectYaml) };
    tried.push(display(prefectYaml));
    const hint = settings.environment ? '' : ' (pass --env ENV or --file PATH)';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no deployments file found${hint}; looked for ${tried.join(', ')}`);
}
/** Deployments files and flow files are read whole: anything larger is not one. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * The file's text, when it is a regular file of sensible size. A file the checkout
 * holds may not be a link out of it: its content would reach the plan's messages.
 */
function readDeploymentsFile(located, root) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(located.absolute, { throwIfNoEntry: false });
    if (!stat)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`deployments file ${located.display} does not exist`);
    if (!stat.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`deployments file ${located.display} is not a regular file`);
    if (stat.size > MAX_FILE_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`deployments file ${located.display} is larger than 10 MiB`);
    if (isInside(root, located.absolute) && !isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(located.absolute))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`deployments file ${located.display} is a link to a file outside the repository`);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(located.absolute, 'utf8');
}
function isInside(dir, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
}


/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bU: () => (/* binding */ templatesIn),
/* harmony export */   en: () => (/* binding */ resolveTemplates),
/* harmony export */   gQ: () => (/* binding */ replaceTemplates),
/* harmony export */   sm: () => (/* binding */ isWholeTemplate)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7194);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8750);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8992);
/**
 * `{{ ... }}` templates in the deployments file. Known at validate time:
 * `{{ sha }}`, `{{ env }}`, `{{ $ENV_VAR }}`; resolved later: `{{ image }}`,
 * `{{ image_digest }}` (image stage), `{{ prefect.variables.x }}` and
 * `{{ prefect.blocks.type.name }}` (Prefect), `{{ ctx.* }}` (the worker, at run time).
 */



const ENV_VAR = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;
const VARIABLE = /^prefect\.variables\.[A-Za-z0-9_-]+$/;
const BLOCK = /^prefect\.blocks\.[a-z0-9-]+\.[A-Za-z0-9_-]+(\.[\w.-]+)?$/;
const CTX = /^ctx\.[\w.]+$/;
const LATER = new Set(['image', 'image_digest', 'build-image.image']);
const KNOWN = ['sha', 'env', 'image', 'image_digest', 'build-image.image', '$VAR', 'prefect.variables.<name>', 'prefect.blocks.<type>.<name>'];
/**
 * Every `{{ expr }}` of a text (no brace inside), in one pass: a regular expression
 * backtracks for minutes on a long unclosed `{{`. Of `{{{ x }}`, the last `{{` opens.
 */
function templatesIn(text) {
    const out = [];
    let open = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '{') {
            open = i > 0 && text[i - 1] === '{' ? i - 1 : -1;
        }
        else if (c === '}') {
            if (open >= 0 && text[i + 1] === '}') {
                out.push({ start: open, end: i + 2, expr: text.slice(open + 2, i).trim() });
                i++;
            }
            open = -1;
        }
    }
    return out;
}
/** The text with each template replaced by what `replace` returns for it. */
function replaceTemplates(text, replace) {
    let out = '';
    let from = 0;
    for (const t of templatesIn(text)) {
        out += text.slice(from, t.start) + replace(t.expr, text.slice(t.start, t.end));
        from = t.end;
    }
    return out + text.slice(from);
}
/** True when the whole string is a single template: its type is known only once resolved. */
function isWholeTemplate(s) {
    return /^\{\{[^{}]*\}\}$/.test(s.trim());
}
/** Checks the template syntax and resolves what is known now; the rest stays in place. */
function resolveTemplates(input, values) {
    const errors = [];
    let secret = false;
    const value = replaceTemplates(input, (expr, whole) => {
        if (expr === 'sha') {
            if (values.sha)
                return values.sha;
            errors.push('{{ sha }} needs the commit SHA: pass --sha, or run inside a git checkout');
            return whole;
        }
        if (expr === 'env') {
            if (values.env)
                return values.env;
            errors.push('{{ env }} needs an environment: pass --env');
            return whole;
        }
        const envVar = ENV_VAR.exec(expr);
        if (envVar) {
            if (_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .CREDENTIAL_VARIABLES */ .eB.test(envVar[1])) {
                errors.push(`{{ $${envVar[1]} }}: the credentials the tool holds are never available to templates`);
                return whole;
            }
            const v = values.vars[envVar[1]];
            if (v !== undefined) {
                secret = true;
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .markSecret */ .Wg)(v);
                return v;
            }
            errors.push(`environment variable ${envVar[1]} is not set (used as {{ $${envVar[1]} }})`);
            return whole;
        }
        if (LATER.has(expr) || VARIABLE.test(expr) || BLOCK.test(expr) || CTX.test(expr))
            return whole;
        const hint = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(expr, KNOWN);
        errors.push(`unknown template {{ ${expr} }}${hint ? ` (did you mean {{ ${hint} }}?)` : ''}; known: ${KNOWN.map((k) => `{{ ${k} }}`).join(', ')}`);
        return whole;
    });
    const rest = replaceTemplates(value, () => '');
    if ((rest.includes('{{') || rest.includes('}}')) && !errors.length)
        errors.push("a template is not closed: write '{{ name }}'");
    return { value, errors, secret };
}


/***/ }),

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ validateFile)
});

// EXTERNAL MODULE: ./src/flows/values.ts + 6 modules
var values = __nccwpck_require__(3238);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: ./src/config/blocks.ts
var blocks = __nccwpck_require__(6750);
// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __nccwpck_require__(9211);
;// CONCATENATED MODULE: ./src/config/model.ts
/**
 * One internal model for both file shapes (the wrapper-script file and prefect.yaml).
 * Built from the located YAML tree; every field keeps its node for error positions.
 */

const str = (n) => (n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined);
const num = (n) => (n?.kind === 'scalar' && typeof n.value === 'number' ? n.value : undefined);
const bool = (n) => (n?.kind === 'scalar' && typeof n.value === 'boolean' ? n.value : undefined);
const obj = (n) => (n?.kind === 'map' ? (0,yaml/* plain */.pj)(n) : {});
const list = (n) => (n?.kind === 'seq' ? n.items : []);
/** Reads the model leniently: wrong types were reported by the schema check and are skipped here. */
function buildModel(path, root) {
    const fileBlockNode = (0,yaml/* child */.jf)(root, 'ib-block');
    const fileBlock = str(fileBlockNode);
    const filePull = (0,yaml/* child */.jf)(root, 'pull');
    const deployments = [];
    for (const node of list((0,yaml/* child */.jf)(root, 'deployments'))) {
        if (node.kind !== 'map')
            continue;
        const wp = (0,yaml/* child */.jf)(node, 'work_pool');
        const limit = (0,yaml/* child */.jf)(node, 'concurrency_limit');
        const scheduleNodes = (0,yaml/* entry */.f_)(node, 'schedules') ? list((0,yaml/* child */.jf)(node, 'schedules')) : (0,yaml/* child */.jf)(node, 'schedule')?.kind === 'map' ? [(0,yaml/* child */.jf)(node, 'schedule')] : [];
        const pull = (0,yaml/* entry */.f_)(node, 'pull') ? (0,yaml/* child */.jf)(node, 'pull') : filePull;
        deployments.push({
            name: str((0,yaml/* child */.jf)(node, 'name')) ?? '',
            entrypoint: str((0,yaml/* child */.jf)(node, 'entrypoint')) ?? '',
            description: str((0,yaml/* child */.jf)(node, 'description')),
            version: str((0,yaml/* child */.jf)(node, 'version')),
            tags: list((0,yaml/* child */.jf)(node, 'tags')).flatMap((t) => (str(t) !== undefined ? [str(t)] : [])),
            parameters: obj((0,yaml/* child */.jf)(node, 'parameters')),
            schedules: scheduleNodes.filter((s) => s.kind === 'map').map(buildSchedule),
            workPool: wp?.kind === 'map'
                ? { name: str((0,yaml/* child */.jf)(wp, 'name')), workQueueName: str((0,yaml/* child */.jf)(wp, 'work_queue_name')), jobVariables: obj((0,yaml/* child */.jf)(wp, 'job_variables')) }
                : undefined,
            infrastructureBlock: str((0,yaml/* child */.jf)(node, 'ib-block')) ?? fileBlock,
            infrastructureBlockNode: str((0,yaml/* child */.jf)(node, 'ib-block')) !== undefined ? (0,yaml/* child */.jf)(node, 'ib-block') : fileBlock !== undefined ? fileBlockNode : undefined,
            concurrencyLimit: limit?.kind === 'map' ? num((0,yaml/* child */.jf)(limit, 'limit')) : num(limit),
            concurrencyOptions: limit?.kind === 'map'
                ? {
                    collision_strategy: str((0,yaml/* child */.jf)(limit, 'collision_strategy')) ?? 'ENQUEUE',
                    ...(num((0,yaml/* child */.jf)(limit, 'grace_period_seconds')) !== undefined ? { grace_period_seconds: num((0,yaml/* child */.jf)(limit, 'grace_period_seconds')) } : {}),
                }
                : undefined,
            enforceParameterSchema: bool((0,yaml/* child */.jf)(node, 'enforce_parameter_schema')),
            paused: bool((0,yaml/* child */.jf)(node, 'paused')),
            pull: pull?.kind === 'seq' ? (0,yaml/* plain */.pj)(pull) : undefined,
            secretFields: secretFields(node, pull),
            node,
        });
    }
    const blocks = list((0,yaml/* child */.jf)(root, 'blocks')).flatMap((node) => {
        const [type, name] = [str((0,yaml/* child */.jf)(node, 'type')), str((0,yaml/* child */.jf)(node, 'name'))];
        return node.kind === 'map' && type && name ? [{ type, name, data: obj((0,yaml/* child */.jf)(node, 'data')), node }] : [];
    });
    const blockScripts = list((0,yaml/* child */.jf)(root, 'block-scripts')).flatMap((node) => (str(node) ? [{ path: str(node), node }] : []));
    return { path, deployments, blocks, blockScripts };
}
/** The file's keys as the registered fields they become. */
const REGISTERED_AS = {
    description: ['description'],
    version: ['version'],
    tags: ['tags'],
    parameters: ['parameters'],
    schedule: ['schedules'],
    schedules: ['schedules'],
    work_pool: ['job_variables'],
    concurrency_limit: ['concurrency_limit', 'concurrency_options'],
    enforce_parameter_schema: ['enforce_parameter_schema'],
    paused: ['paused'],
};
function secretFields(node, pull) {
    const fields = new Set();
    for (const e of node.entries)
        if ((0,yaml/* holdsSecret */.hK)(e.value))
            for (const f of REGISTERED_AS[e.key] ?? [])
                fields.add(f);
    if ((0,yaml/* holdsSecret */.hK)(pull))
        fields.add('pull_steps');
    return fields;
}
function buildSchedule(node) {
    return {
        cron: str((0,yaml/* child */.jf)(node, 'cron')),
        interval: num((0,yaml/* child */.jf)(node, 'interval')),
        rrule: str((0,yaml/* child */.jf)(node, 'rrule')),
        timezone: str((0,yaml/* child */.jf)(node, 'timezone')),
        anchorDate: str((0,yaml/* child */.jf)(node, 'anchor_date')) ?? str((0,yaml/* child */.jf)(node, 'anchor-date')),
        dayOr: bool((0,yaml/* child */.jf)(node, 'day_or')),
        active: bool((0,yaml/* child */.jf)(node, 'active')) ?? true,
        parameters: obj((0,yaml/* child */.jf)(node, 'parameters')),
        slug: str((0,yaml/* child */.jf)(node, 'slug')),
        node,
    };
}

;// CONCATENATED MODULE: ./schema/prefect-deployments.schema.json
const prefect_deployments_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/prefect-ecr-deploy/prefect-ecr-deploy/blob/main/schema/prefect-deployments.schema.json","title":"prefect-ecr-deploy deployments file","description":"prefect-deployments-<env>.yaml or prefect.yaml: the deployments prefect-ecr-deploy registers. Add `# yaml-language-server: $schema=<path to this file>` at the top of a file for completion in editors.","type":"object","additionalProperties":false,"required":["deployments"],"properties":{"name":{"type":"string","description":"The project name (prefect.yaml)."},"prefect-version":{"type":"string","description":"The Prefect version the file was written for (prefect.yaml)."},"ib-block":{"type":"string","description":"Prefect 2 agents: the infrastructure block every deployment runs with, as <block-type>/<name> (for example ecs-task/dev)."},"blocks":{"type":"array","items":{"$ref":"#/definitions/block"},"description":"Blocks to create or update before any deployment is registered; each is compared with the stored document (no write when unchanged)."},"block-scripts":{"type":"array","items":{"type":"string","minLength":1},"description":"Python scripts (paths relative to the repository root) run inside the image with the Prefect API address and key, after blocks: and before any deployment is registered."},"definitions":{"description":"Free-form: YAML anchors to merge into deployments with <<: *name."},"build":{"type":["array","null"],"description":"Replaced by prefect-ecr-deploy\'s image stage; not run."},"push":{"type":["array","null"],"description":"Replaced by prefect-ecr-deploy\'s image stage; not run."},"pull":{"$ref":"#/definitions/steps","description":"Pull steps for every deployment that has none of its own."},"deployments":{"type":"array","items":{"$ref":"#/definitions/deployment"},"description":"The deployments to register."}},"definitions":{"block":{"type":"object","additionalProperties":false,"required":["type","name","data"],"properties":{"type":{"type":"string","pattern":"^[a-z0-9-]+$","description":"The block type\'s slug, for example ecs-task, aws-credentials, secret."},"name":{"type":"string","pattern":"^[a-z0-9-]+$","description":"The block document\'s name."},"data":{"type":"object","description":"The block\'s fields, exactly as stored. Templates: {{ image }}, {{ image_digest }}, {{ sha }}, {{ env }}, {{ $ENV_VAR }} for secrets; a value that is only {{ prefect.blocks.<type>.<name> }} references that block document."}}},"deployment":{"type":"object","additionalProperties":false,"required":["name","entrypoint"],"properties":{"name":{"type":"string","minLength":1,"description":"The deployment name, unique in the file."},"entrypoint":{"type":"string","minLength":1,"description":"path/to/file.py:flow_function, relative to the repository root."},"description":{"type":["string","null"],"description":"Defaults to the flow\'s docstring."},"version":{"type":["string","null"],"description":"Defaults to the commit SHA."},"tags":{"type":["array","null"],"items":{"type":"string"}},"parameters":{"type":["object","null"],"description":"Default parameter values, checked against the flow\'s signature."},"schedule":{"anyOf":[{"$ref":"#/definitions/schedule"},{"type":"null"}],"description":"One schedule (the wrapper-script shape)."},"schedules":{"type":["array","null"],"items":{"$ref":"#/definitions/schedule"},"description":"A list of schedules (prefect.yaml)."},"work_pool":{"$ref":"#/definitions/workPool"},"ib-block":{"type":"string","description":"Prefect 2 agents: this deployment\'s infrastructure block, <block-type>/<name>."},"concurrency_limit":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"},{"type":"object","additionalProperties":false,"required":["limit"],"properties":{"limit":{"type":"integer","minimum":1},"collision_strategy":{"enum":["ENQUEUE","CANCEL_NEW"]},"grace_period_seconds":{"type":"integer","minimum":60,"maximum":86400}}}]},"enforce_parameter_schema":{"type":"boolean"},"paused":{"type":"boolean"},"pull":{"$ref":"#/definitions/steps"},"build":{"type":["array","null"],"description":"Replaced by prefect-ecr-deploy\'s image stage; not run."},"push":{"type":["array","null"],"description":"Replaced by prefect-ecr-deploy\'s image stage; not run."}}},"schedule":{"type":"object","additionalProperties":false,"properties":{"cron":{"type":"string","description":"A cron expression, as Prefect\'s croniter accepts it."},"interval":{"type":"number","exclusiveMinimum":0,"description":"Seconds between runs."},"rrule":{"type":"string","description":"An RFC 5545 recurrence rule."},"timezone":{"type":["string","null"],"description":"An IANA time zone name, for example America/Chicago."},"anchor_date":{"type":"string","description":"Interval schedules: the date the intervals count from (ISO 8601)."},"anchor-date":{"type":"string","description":"The same as anchor_date (the wrapper-script spelling)."},"day_or":{"type":"boolean","description":"Cron schedules: whether day-of-month and day-of-week are ORed (default true)."},"active":{"type":"boolean","description":"Default true."},"parameters":{"type":"object","description":"Parameter values for runs of this schedule."},"slug":{"type":"string","description":"A name for the schedule, unique within the deployment."}}},"workPool":{"type":["object","null"],"additionalProperties":false,"properties":{"name":{"type":["string","null"]},"work_queue_name":{"type":["string","null"]},"job_variables":{"type":["object","null"]}}},"steps":{"type":["array","null"],"items":{"type":"object","minProperties":1,"maxProperties":1}}}}');
// EXTERNAL MODULE: ./src/config/templates.ts
var templates = __nccwpck_require__(9205);
;// CONCATENATED MODULE: ./src/config/schema-check.ts
/**
 * Checks a located YAML tree against the deployments file's JSON Schema
 * (schema/prefect-deployments.schema.json, the same file editors use).
 * Supports the keywords that schema uses; reports every problem at its place.
 */



const ROOT = prefect_deployments_schema_namespaceObject;
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
};
/** What the schema's patterns mean, in words. */
const PATTERN_NAMES = {
    '^[a-z0-9-]+$': 'must contain only lowercase letters, numbers and dashes (Prefect rejects anything else)',
};
function checkSchema(file, root) {
    return check(root, ROOT, 'the file').map((i) => ({ file, ...i.pos, message: i.message, severity: 'error' }));
}
function resolve(s) {
    if (!s.$ref)
        return s;
    const name = s.$ref.replace('#/definitions/', '');
    return { ...ROOT.definitions[name], ...s, $ref: undefined };
}
function nodeType(n) {
    if (n.kind === 'map')
        return 'object';
    if (n.kind === 'seq')
        return 'array';
    const v = n.value;
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return 'string';
}
function typeMatches(actual, expected) {
    return expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
}
function check(node, schemaIn, label) {
    const schema = resolve(schemaIn);
    if (schema.anyOf) {
        const results = schema.anyOf.map((alt) => check(node, alt, label));
        if (results.some((r) => r.length === 0))
            return [];
        const actual = nodeType(node);
        const fitting = schema.anyOf.findIndex((alt) => {
            const t = resolve(alt).type;
            return t !== undefined && typeMatches(actual, [].concat(t));
        });
        if (fitting >= 0)
            return results[fitting];
        const expected = schema.anyOf.flatMap((alt) => [].concat(resolve(alt).type ?? []));
        return [{ pos: node.pos, message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}` }];
    }
    const actual = nodeType(node);
    if (schema.type) {
        const expected = [].concat(schema.type);
        if (!typeMatches(actual, expected)) {
            // A whole-value template such as "{{ $LIMIT }}" is checked after it is resolved.
            if (node.kind === 'scalar' && typeof node.value === 'string' && (0,templates/* isWholeTemplate */.sm)(node.value))
                return [];
            const quote = expected.includes('string') && node.kind === 'scalar' && !node.secret ? `; quote it to keep it as text: "${node.value}"` : '';
            return [{ pos: node.pos, message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}${quote}` }];
        }
    }
    if (schema.enum && !schema.enum.includes(node.kind === 'scalar' ? node.value : undefined)) {
        return [{ pos: node.pos, message: `${label} must be one of ${schema.enum.join(', ')}` }];
    }
    const issues = [];
    if (node.kind === 'scalar') {
        const v = node.value;
        if (typeof v === 'string' && schema.minLength !== undefined && v.length < schema.minLength) {
            issues.push({ pos: node.pos, message: `${label} must not be empty` });
        }
        if (typeof v === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern).test(v)) {
            issues.push({ pos: node.pos, message: `${label} ${PATTERN_NAMES[schema.pattern] ?? `must match ${schema.pattern}`}` });
        }
        if (typeof v === 'number') {
            if (schema.minimum !== undefined && v < schema.minimum)
                issues.push({ pos: node.pos, message: `${label} must be at least ${schema.minimum}` });
            if (schema.maximum !== undefined && v > schema.maximum)
                issues.push({ pos: node.pos, message: `${label} must be at most ${schema.maximum}` });
            if (schema.exclusiveMinimum !== undefined && v <= schema.exclusiveMinimum) {
                issues.push({ pos: node.pos, message: `${label} must be greater than ${schema.exclusiveMinimum}` });
            }
        }
    }
    else if (node.kind === 'seq') {
        if (schema.items)
            node.items.forEach((item, i) => issues.push(...check(item, schema.items, itemLabel(item, i, label))));
    }
    else {
        const props = schema.properties ?? {};
        for (const e of node.entries) {
            const sub = props[e.key];
            if (sub) {
                issues.push(...check(e.value, sub, `'${e.key}'`));
            }
            else if (schema.additionalProperties === false) {
                const hint = (0,src_text/* closest */.k)(e.key, Object.keys(props));
                issues.push({ pos: e.keyPos, message: `unknown key '${e.key}'${hint ? ` (did you mean '${hint}'?)` : ''}; expected one of: ${Object.keys(props).join(', ')}` });
            }
            else if (typeof schema.additionalProperties === 'object') {
                issues.push(...check(e.value, schema.additionalProperties, `'${e.key}'`));
            }
        }
        for (const key of schema.required ?? []) {
            if (!node.entries.some((e) => e.key === key))
                issues.push({ pos: node.pos, message: `${label} is missing '${key}'` });
        }
        const count = node.entries.length;
        if (schema.minProperties !== undefined && count < schema.minProperties)
            issues.push({ pos: node.pos, message: `${label} must not be empty` });
        if (schema.maxProperties !== undefined && count > schema.maxProperties) {
            issues.push({ pos: node.pos, message: `${label} must have exactly one key (the step's function), found ${count}` });
        }
    }
    return issues;
}
function describeTypes(types) {
    const names = [...new Set(types.filter((t) => t !== 'null'))].map((t) => TYPE_NAMES[t] ?? t);
    const text = names.length <= 1 ? (names[0] ?? 'empty') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    return types.includes('null') && names.length ? `${text} (or empty)` : text;
}
/** `deployment 'etl'` for a named item, else `item 3 of 'tags'`. */
function itemLabel(item, index, label) {
    const name = item.kind === 'map' ? item.entries.find((e) => e.key === 'name')?.value : undefined;
    if (label === "'deployments'")
        return name?.kind === 'scalar' && name.value !== null ? `deployment '${name.value}'` : `deployment #${index + 1}`;
    return `item ${index + 1} of ${label}`;
}

;// CONCATENATED MODULE: ./src/config/schedules.ts
/**
 * Schedule checks with the rules of Prefect's own parsers: croniter for cron
 * (Prefect rejects its random/hashed forms), dateutil's rrulestr for rrule,
 * and the IANA time zone database for time zones. Each returns an error message
 * or undefined.
 */

// --- cron (the grammar of croniter.expand, which Prefect vendors) -------------
const CRON_ALIASES = {
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
    '@daily': '0 0 * * *',
    '@weekly': '0 0 * * 0',
    '@monthly': '0 0 1 * *',
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
};
const FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week', 'second', 'year'];
const RANGES = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6], [0, 59], [1970, 2099]];
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DOM = 2;
const MONTH = 3;
const DOW = 4;
const INT = /^\d+$/;
const SPECIAL_DOW = new RegExp(`^(?:((?:${Object.keys(WEEKDAYS).join('|')})(?:-(?:${Object.keys(WEEKDAYS).join('|')}))?|(?:${Object.keys(MONTHS).join('|')})(?:-(?:${Object.keys(MONTHS).join('|')}))?|\\w+)#|l)(\\d+)$`);
class CronError extends Error {
}
function cronError(expression) {
    const lower = expression.toLowerCase().trim();
    const fields = (CRON_ALIASES[lower] ?? lower).split(/\s+/).filter(Boolean);
    if (![5, 6, 7].includes(fields.length)) {
        return `invalid cron '${expression}': expected 5 fields (minute hour day-of-month month day-of-week), or 6-7 with seconds and year; found ${fields.length}`;
    }
    if (fields.some((f) => ['r', 'h'].includes(f) || /^[rh](\(|\/|$)/.test(f))) {
        return `invalid cron '${expression}': random (R) and hashed (H) expressions are not supported by Prefect`;
    }
    try {
        fields.forEach((field, index) => checkCronField(field, index));
    }
    catch (e) {
        if (e instanceof CronError)
            return `invalid cron '${expression}': ${e.message}`;
        throw e;
    }
    return undefined;
}
function checkCronField(field, index) {
    const name = FIELD_NAMES[index];
    const [lo, hi] = RANGES[index];
    if (field.includes('?')) {
        if (field !== '?')
            throw new CronError(`'?' cannot be combined with other characters in the ${name} field`);
        if (index !== DOM && index !== DOW)
            throw new CronError(`'?' is only allowed in the day-of-month and day-of-week fields`);
        return;
    }
    for (let part of field.split(',')) {
        if (index === DOW) {
            const special = SPECIAL_DOW.exec(part);
            if (special) {
                if (special[1] !== undefined) {
                    const nth = Number(special[2]);
                    if (!(nth >= 1 && nth <= 5))
                        throw new CronError(`'${part}': the nth weekday must be 1 to 5`);
                    part = special[1];
                }
                else {
                    part = special[2];
                }
            }
        }
        let t = part.replace(/^\*(\/.+)$/, `${lo}-${hi}$1`);
        let m = /^([^-]+)-([^-/]+)(\/(\d+))?$/.exec(t);
        if (!m) {
            t = part.replace(/^(.+)\/(.+)$/, `$1-${hi}/$2`);
            m = /^([^-]+)-([^-/]+)(\/(\d+))?$/.exec(t);
        }
        if (m) {
            const low = toNumber(m[1], index, name);
            const high = index === DOM && m[2] === 'l' ? 31 : toNumber(m[2], index, name);
            const step = m[4] === undefined ? 1 : Number(m[4]);
            const a = alias(low, index);
            const b = alias(high, index);
            if (Math.max(a, b) > Math.max(lo, hi))
                throw new CronError(`'${part}' is out of range for the ${name} field (${lo}-${hi})`);
            if (step === 0)
                throw new CronError(`'${part}': the step cannot be 0`);
            continue;
        }
        if (t.startsWith('-'))
            throw new CronError(`'${part}': negative numbers are not allowed`);
        if (t === '*' || (index === DOM && t === 'l'))
            continue;
        const value = alias(toNumber(t, index, name), index);
        if (value < lo || value > hi)
            throw new CronError(`'${part}' is out of range for the ${name} field (${lo}-${hi})`);
    }
}
function toNumber(token, index, name) {
    if (INT.test(token))
        return Number(token);
    const table = index === MONTH ? MONTHS : index === DOW ? WEEKDAYS : undefined;
    const v = table?.[token];
    if (v === undefined)
        throw new CronError(`'${token}' is not valid in the ${name} field`);
    return v;
}
/** croniter accepts 7 as Sunday. */
function alias(value, index) {
    return index === DOW && value === 7 ? 0 : value;
}
// --- rrule (dateutil.rrule.rrulestr) -----------------------------------------
const RRULE_PARTS = new Set([
    'FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYSETPOS', 'BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYEASTER',
    'BYWEEKNO', 'BYDAY', 'BYWEEKDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND',
]);
const FREQS = new Set(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY']);
const DAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const MAX_RRULE_LENGTH = 6500;
function rruleError(text) {
    if (text.length > MAX_RRULE_LENGTH)
        return `rrule is ${text.length} characters; Prefect allows at most ${MAX_RRULE_LENGTH}`;
    const lines = text
        .toUpperCase()
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    if (!lines.length)
        return 'rrule is empty';
    let rules = 0;
    for (const line of lines) {
        const colon = line.indexOf(':');
        const head = colon < 0 ? 'RRULE' : line.slice(0, colon);
        const value = colon < 0 ? line : line.slice(colon + 1);
        const [name, ...params] = head.split(';');
        if (name === 'DTSTART') {
            if (!dateTime(value))
                return `invalid DTSTART '${value}' in rrule`;
            if (params.some((p) => !/^(TZID=.+|VALUE=DATE(-TIME)?)$/.test(p)))
                return `unsupported DTSTART parameter in rrule: ${params.join(';')}`;
        }
        else if (name === 'RRULE' || name === 'EXRULE') {
            const error = ruleError(value);
            if (error)
                return `invalid rrule: ${error}`;
            if (name === 'RRULE')
                rules++;
        }
        else if (name === 'RDATE' || name === 'EXDATE') {
            const bad = value.split(',').find((d) => !dateTime(d));
            if (bad !== undefined)
                return `invalid ${name} '${bad}' in rrule`;
        }
        else {
            return `unsupported property '${name}' in rrule`;
        }
    }
    return rules ? undefined : 'rrule has no RRULE';
}
function ruleError(rule) {
    const seen = new Set();
    for (const pair of rule.split(';')) {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return `'${pair}' is not NAME=VALUE`;
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        if (!RRULE_PARTS.has(name))
            return `unknown part '${name}'`;
        seen.add(name);
        const ints = (min, max, allowNegative) => value.split(',').every((v) => /^[+-]?\d+$/.test(v) && (allowNegative || !v.startsWith('-')) && Math.abs(Number(v)) >= min && Math.abs(Number(v)) <= max);
        switch (name) {
            case 'FREQ':
                if (!FREQS.has(value))
                    return `FREQ must be one of ${[...FREQS].join(', ')}`;
                break;
            case 'INTERVAL':
            case 'COUNT':
                if (!/^\d+$/.test(value))
                    return `${name} must be a whole number`;
                break;
            case 'UNTIL':
                if (!dateTime(value))
                    return `UNTIL '${value}' is not a date`;
                break;
            case 'WKST':
                if (!DAYS.has(value))
                    return `WKST must be a weekday (MO..SU)`;
                break;
            case 'BYDAY':
            case 'BYWEEKDAY':
                if (!value.split(',').every((d) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.test(d)))
                    return `${name} must list weekdays such as MO,+1FR,-1SU`;
                break;
            case 'BYMONTH':
                if (!ints(1, 12, false))
                    return 'BYMONTH must list months 1-12';
                break;
            case 'BYHOUR':
                if (!ints(0, 23, false))
                    return 'BYHOUR must list hours 0-23';
                break;
            case 'BYMINUTE':
            case 'BYSECOND':
                if (!ints(0, 59, false))
                    return `${name} must list values 0-59`;
                break;
            default:
                if (!ints(0, 366, true))
                    return `${name} must list whole numbers`;
        }
    }
    if (!seen.has('FREQ'))
        return 'FREQ is required';
    return undefined;
}
function dateTime(v) {
    return /^\d{8}(T\d{6}Z?)?$/.test(v) && !Number.isNaN(Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`));
}
// --- time zones and dates ----------------------------------------------------
const timezoneVerdicts = new Map();
/** Memoized: building an Intl formatter costs more than the rest of a schedule check. */
function timezoneError(name) {
    if (!timezoneVerdicts.has(name))
        timezoneVerdicts.set(name, checkTimezone(name));
    return timezoneVerdicts.get(name);
}
function checkTimezone(name) {
    let resolved;
    try {
        resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    }
    catch {
        const hint = timezoneHint(name);
        return `invalid timezone '${name}': ${hint ? `did you mean '${hint}'?` : 'use an IANA name such as America/Chicago'}`;
    }
    // ICU matches names case-insensitively; the tz database (Python's zoneinfo) does not.
    if (resolved !== name && resolved.toLowerCase() === name.toLowerCase())
        return `invalid timezone '${name}': did you mean '${resolved}'?`;
    if (/^[+-]|^(GMT|UTC)[+-]/i.test(name))
        return `invalid timezone '${name}': use an IANA name such as America/Chicago`;
    return undefined;
}
/** A near miss of a zone's name (`America/Chicgo`), or a zone of that city (`Chicago`). */
function timezoneHint(name) {
    const zones = Intl.supportedValuesOf('timeZone');
    const city = (zone) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
    const wanted = city(name).replace(/ /g, '_');
    // A short city name is too near to too many others to guess from.
    const nearCity = zones.some((z) => city(z) === wanted) ? wanted : wanted.length >= 5 ? (0,src_text/* closest */.k)(wanted, zones.map(city)) : undefined;
    return (0,src_text/* closest */.k)(name, zones) ?? (nearCity === undefined ? undefined : zones.find((z) => city(z) === nearCity));
}
/** An ISO 8601 date or date-time, as pydantic parses `anchor_date`. */
function dateError(value) {
    const iso = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
    if (!iso.test(value.trim()) || Number.isNaN(Date.parse(value.trim().replace(' ', 'T')))) {
        return `invalid date '${value}': use ISO 8601, for example 2024-01-01T00:00:00`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/validate.ts








const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];
function validateFile(path, text, reader, templates) {
    const diagnostics = [];
    const at = (pos, message, severity = 'error') => diagnostics.push({ file: path, ...pos, message, severity });
    const empty = { file: { path, deployments: [], blocks: [], blockScripts: [] }, flows: new Map(), diagnostics };
    const parsed = (0,yaml/* parseYaml */.hN)(path, text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.root) {
        if (!parsed.diagnostics.length)
            at({ line: 1, column: 1 }, "the file is empty; it needs a 'deployments:' list");
        return empty;
    }
    const root = parsed.root;
    for (const e of root.kind === 'map' ? root.entries : []) {
        if (e.key !== 'definitions')
            resolveTree(e.value, templates, at, e.key === 'pull');
    }
    diagnostics.push(...checkSchema(path, root));
    for (const section of ['build', 'push']) {
        const found = [(0,yaml/* entry */.f_)(root, section), ...deploymentNodes(root).map((d) => (0,yaml/* entry */.f_)(d, section))].filter((e) => e && e.value.kind === 'seq');
        for (const e of found)
            at(e.keyPos, `'${section}' steps are not run: prefect-ecr-deploy's image stage builds and pushes the image`, 'warning');
    }
    const file = buildModel(path, root);
    (0,blocks/* checkBlocks */.Lv)(file, reader, (pos, message) => at(pos, message));
    const flows = new Map();
    const seen = new Map();
    for (const d of file.deployments) {
        const posOf = (key) => (0,yaml/* entry */.f_)(d.node, key)?.value.pos ?? d.node.pos;
        if (d.name) {
            if (seen.has(d.name)) {
                at(posOf('name'), `duplicate deployment name '${d.name}' (first defined at line ${(0,yaml/* entry */.f_)(seen.get(d.name).node, 'name').value.pos.line})`);
            }
            else {
                seen.set(d.name, d);
            }
            const banned = BANNED_NAME_CHARACTERS.filter((c) => d.name.includes(c));
            if (banned.length)
                at(posOf('name'), `deployment name '${d.name}' contains ${banned.join(' ')}; Prefect rejects names with any of / % & > <`);
        }
        if (!d.workPool?.name && !d.infrastructureBlock) {
            at((0,yaml/* entry */.f_)(d.node, 'name')?.keyPos ?? d.node.pos, `deployment '${d.name}' has no work pool: set work_pool.name (or ib-block for Prefect 2 agents)`);
        }
        checkNamingFields(d, at);
        d.schedules.forEach((s) => checkSchedule(s.node, at));
        if (d.entrypoint) {
            const result = reader.read(d.entrypoint);
            if (!result.ok) {
                at(posOf('entrypoint'), result.message);
            }
            else {
                flows.set(d, result.flow);
                for (const note of result.flow.notes)
                    at(posOf('entrypoint'), `${result.flow.file}: ${note.message}`, 'warning');
                checkParameters(d, result.flow, at);
            }
        }
    }
    return { file, flows, diagnostics };
}
function deploymentNodes(root) {
    const list = (0,yaml/* child */.jf)(root, 'deployments');
    return list?.kind === 'seq' ? list.items : [];
}
/**
 * Resolves `{{ sha }}`, `{{ env }}` and `{{ $VAR }}` in place and reports bad templates.
 * Marks what is secret-bearing: environment values, and Prefect variables and blocks
 * outside pull steps (in pull steps they stay templates until a run starts).
 */
function resolveTree(node, values, at, inPull) {
    if (node.kind === 'map')
        for (const e of node.entries)
            resolveTree(e.value, values, at, inPull || e.key === 'pull');
    else if (node.kind === 'seq')
        for (const i of node.items)
            resolveTree(i, values, at, inPull);
    else if (typeof node.value === 'string' && node.value.includes('{{')) {
        const laterSecret = !inPull && (0,templates/* templatesIn */.bU)(node.value).some((t) => /^prefect\.(variables|blocks)\./.test(t.expr));
        const { value, errors, secret } = (0,templates/* resolveTemplates */.en)(node.value, values);
        node.value = value;
        if (secret || laterSecret)
            node.secret = true;
        for (const e of errors)
            at(node.pos, e);
    }
}
/** Where a value names something (shown in every plan, summary and comment), a secret-bearing template is refused. */
const NAMING_FIELDS = [['name'], ['entrypoint'], ['work_pool', 'name'], ['work_pool', 'work_queue_name']];
function checkNamingFields(d, at) {
    const refuse = (node, what) => {
        if (node && (0,yaml/* holdsSecret */.hK)(node))
            at(node.pos, `${what} cannot come from the environment, a Prefect variable or a block: names are shown in every plan and pull request comment`);
    };
    for (const [first, ...rest] of NAMING_FIELDS) {
        const node = rest.reduce((n, key) => (0,yaml/* child */.jf)(n, key), (0,yaml/* child */.jf)(d.node, first));
        refuse(node, [first, ...rest].join('.'));
    }
    for (const s of d.schedules)
        refuse((0,yaml/* child */.jf)(s.node, 'slug'), 'a schedule slug');
}
/** A message about a secret-bearing value, with the value itself replaced by `***`. */
function validate_hidden(node, message) {
    return node.kind === 'scalar' && node.secret && node.value !== null && String(node.value) !== '' ? message.split(String(node.value)).join('***') : message;
}
function checkSchedule(node, at) {
    const kinds = ['cron', 'interval', 'rrule'].filter((k) => (0,yaml/* entry */.f_)(node, k));
    if (kinds.length === 0)
        at(node.pos, 'a schedule needs one of cron, interval or rrule');
    if (kinds.length > 1)
        at((0,yaml/* entry */.f_)(node, kinds[1]).keyPos, `a schedule takes one of cron, interval or rrule, not ${kinds.join(' and ')}; use a list of schedules`);
    const value = (key) => {
        const n = (0,yaml/* child */.jf)(node, key);
        return n?.kind === 'scalar' ? n.value : undefined;
    };
    const cron = value('cron');
    if (typeof cron === 'string')
        report(at, (0,yaml/* child */.jf)(node, 'cron'), cronError(cron));
    const rrule = value('rrule');
    if (typeof rrule === 'string')
        report(at, (0,yaml/* child */.jf)(node, 'rrule'), rruleError(rrule));
    const tz = value('timezone');
    if (typeof tz === 'string')
        report(at, (0,yaml/* child */.jf)(node, 'timezone'), timezoneError(tz));
    if ((0,yaml/* entry */.f_)(node, 'anchor_date') && (0,yaml/* entry */.f_)(node, 'anchor-date'))
        at((0,yaml/* entry */.f_)(node, 'anchor-date').keyPos, "use either anchor_date or anchor-date, not both");
    for (const key of ['anchor_date', 'anchor-date']) {
        const v = value(key);
        if (typeof v === 'string')
            report(at, (0,yaml/* child */.jf)(node, key), dateError(v));
        if ((0,yaml/* entry */.f_)(node, key) && !(0,yaml/* entry */.f_)(node, 'interval'))
            at((0,yaml/* entry */.f_)(node, key).keyPos, `${key} applies to interval schedules only`);
    }
    if ((0,yaml/* entry */.f_)(node, 'day_or') && !(0,yaml/* entry */.f_)(node, 'cron'))
        at((0,yaml/* entry */.f_)(node, 'day_or').keyPos, 'day_or applies to cron schedules only');
}
function report(at, node, message) {
    if (message)
        at(node.pos, validate_hidden(node, message));
}
function checkParameters(d, flow, at) {
    const schema = flow.parameterSchema;
    const names = Object.keys(schema.properties);
    const check = (paramsNode) => {
        if (paramsNode?.kind !== 'map')
            return;
        const known = paramsNode.entries.filter((e) => schema.properties[e.key]);
        // Checked together, as Prefect's server checks them: against the whole schema.
        const secret = new Set(known.filter((e) => (0,yaml/* holdsSecret */.hK)(e.value)).map((e) => e.key));
        const errors = (0,values/* parameterErrors */.VL)(schema, Object.fromEntries(known.map((e) => [e.key, (0,yaml/* plain */.pj)(e.value)])), (name) => secret.has(name));
        for (const e of paramsNode.entries) {
            if (!schema.properties[e.key]) {
                if (flow.acceptsAnyParameter)
                    continue;
                const hint = (0,src_text/* closest */.k)(e.key, names);
                at(e.keyPos, `flow '${flow.name}' (${flow.file}) has no parameter '${e.key}'${hint ? ` (did you mean '${hint}'?)` : names.length ? `; its parameters: ${names.join(', ')}` : '; it takes no parameters'}`);
                continue;
            }
            const error = errors.get(e.key);
            if (error)
                at(e.value.pos, `parameter '${e.key}' of flow '${flow.name}': ${error}`);
        }
    };
    check((0,yaml/* child */.jf)(d.node, 'parameters'));
    d.schedules.forEach((s) => check((0,yaml/* child */.jf)(s.node, 'parameters')));
    const required = schema.required ?? [];
    const missing = (extra) => required.filter((r) => !(r in d.parameters) && !(r in extra));
    const namePos = (0,yaml/* entry */.f_)(d.node, 'name')?.value.pos ?? d.node.pos;
    const active = d.schedules.filter((s) => s.active);
    for (const s of active) {
        const m = missing(s.parameters);
        if (m.length)
            at(s.node.pos, `scheduled runs of '${d.name}' would fail: required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value`);
    }
    if (!active.length) {
        const m = missing({});
        if (m.length)
            at(namePos, `required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value; every run must pass ${m.length > 1 ? 'them' : 'it'}`, 'warning');
    }
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   hK: () => (/* binding */ holdsSecret),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/**
 * YAML with positions: the file becomes a tree of located nodes, with anchors,
 * aliases and `<<:` merge keys resolved the way PyYAML (YAML 1.1) resolves them
 * for Prefect, so every later error can point at its line and column.
 */

function parseYaml(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, version: '1.1', uniqueKeys: true, prettyErrors: false, merge: true });
    const diagnostics = [];
    const posOf = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    for (const e of [...doc.errors, ...doc.warnings]) {
        const { line, column } = posOf(e.pos[0]);
        const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        diagnostics.push({ file, line, column, message: `YAML: ${message}`, severity: doc.errors.includes(e) ? 'error' : 'warning' });
    }
    if (doc.errors.length)
        return { root: undefined, diagnostics };
    // Aliases are expanded here, so their cost is bounded here: an alias bomb of a few
    // hundred bytes would otherwise expand to billions of values.
    let budget = MAX_VALUES;
    const convert = (node, depth) => {
        const pos = posOf(node?.range?.[0]);
        if (--budget < 0)
            throw new TooLarge(pos, `aliases expand to more than ${MAX_VALUES.toLocaleString('en-US')} values`);
        if (depth > MAX_DEPTH)
            throw new TooLarge(pos, `values are nested more than ${MAX_DEPTH} levels deep`);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return convert(node.resolve(doc), depth + 1);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const entries = [];
            const merged = [];
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const keyNode = pair.key;
                const keyValue = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? keyNode.value : keyNode;
                const key = String(keyValue);
                const keyPos = posOf(keyNode?.range?.[0]);
                // The yaml library marks a plain `<<` key with a symbol when merge keys are on.
                if (typeof keyValue === 'symbol') {
                    // Merge keys: explicit keys win over merged ones; earlier merges win over later ones.
                    const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value) ? pair.value.items : [pair.value];
                    for (const src of sources) {
                        const m = convert(src, depth + 1);
                        if (m.kind === 'map')
                            merged.push(...m.entries);
                        else
                            diagnostics.push({ file, ...m.pos, message: 'a merge key (<<) takes a mapping or a list of mappings', severity: 'error' });
                    }
                    continue;
                }
                entries.push({ key, keyPos, value: pair.value == null ? { kind: 'scalar', value: null, pos: keyPos } : convert(pair.value, depth + 1) });
            }
            for (const m of merged)
                if (!entries.some((e) => e.key === m.key))
                    entries.push(m);
            return { kind: 'map', entries, pos };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return { kind: 'seq', items: node.items.map((i) => convert(i, depth + 1)), pos };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const v = node.value;
            const value = v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v;
            return { kind: 'scalar', value, pos };
        }
        return { kind: 'scalar', value: null, pos };
    };
    try {
        return { root: doc.contents == null ? undefined : convert(doc.contents, 0), diagnostics };
    }
    catch (e) {
        if (!(e instanceof TooLarge))
            throw e;
        diagnostics.push({ file, ...e.pos, message: `YAML: ${e.message}`, severity: 'error' });
        return { root: undefined, diagnostics };
    }
}
/** The most values a file may expand to (aliases included), and the deepest nesting. */
const MAX_VALUES = 500_000;
const MAX_DEPTH = 100;
class TooLarge extends Error {
    pos;
    constructor(pos, message) {
        super(message);
        this.pos = pos;
    }
}
/** The entry of a mapping, if present. */
function entry(map, key) {
    return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}
/** The value node at a key. */
function child(map, key) {
    return entry(map, key)?.value;
}
/** True when the node, or anything under it, holds a secret-bearing value. */
function holdsSecret(node) {
    if (!node)
        return false;
    if (node.kind === 'scalar')
        return node.secret === true;
    return node.kind === 'seq' ? node.items.some(holdsSecret) : node.entries.some((e) => holdsSecret(e.value));
}
/** A located node as a plain JavaScript value. */
function plain(node) {
    if (!node)
        return undefined;
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(plain);
        case 'map':
            return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    }
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   o9: () => (/* binding */ InvalidInput),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony export rebase */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** Problems found in the user's input, each at its place in a file. */

/** `path:line:col: message`, the form editors and CI logs link to. */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}
/** Paths relative to `root` made relative to `base` (the workspace, where GitHub attaches annotations to the diff). */
function rebase(list, root, base) {
    return list.map((d) => ({ ...d, file: path.relative(base, path.resolve(root, d.file)).split(path.sep).join('/') }));
}
/** Sorted by place, with duplicates (the same anchor merged into many deployments) removed. */
function sortDiagnostics(list) {
    const seen = new Set();
    return list
        .filter((d) => {
        const key = `${d.severity}|${d.file}|${d.line}|${d.column}|${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
/** Thrown when the input is invalid: the CLI exits 2 and prints every diagnostic, and every problem not at a place. */
class InvalidInput extends Error {
    diagnostics;
    problems;
    constructor(diagnostics, 
    /** Problems with the settings found by the same checks (no place in a file). */
    problems = []) {
        super(`${diagnostics.filter((d) => d.severity === 'error').length + problems.length} error(s) in the input`);
        this.diagnostics = diagnostics;
        this.problems = problems;
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ Failure),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The one helper that turns anything thrown into a message. */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}
/** Bad flags, inputs or a missing file: exit code 2, like invalid input. */
class UsageError extends Error {
}
/** An operation that failed for a reason outside this program (an API, the registry): exit 1, its message as is. */
class Failure extends Error {
}


/***/ }),

/***/ 7749:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ PythonSyntaxError)
/* harmony export */ });
/** The Python syntax tree the reader needs: module-level structure, signatures, literals. */
class PythonSyntaxError extends Error {
    line;
    col;
    file;
    constructor(message, line, col, 
    /** The file, when it is not the one being parsed (a string annotation in an imported module). */
    file) {
        super(message);
        this.line = line;
        this.col = col;
        this.file = file;
    }
}


/***/ }),

/***/ 8963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NM: () => (/* binding */ flowOfDefinition),
/* harmony export */   hd: () => (/* binding */ optionExpr),
/* harmony export */   t8: () => (/* binding */ flowOfValue)
/* harmony export */ });
const FLOW = new Set(['prefect.flow', 'prefect.flows.flow', 'prefect.Flow', 'prefect.flows.Flow']);
const WRAPS = new Set(['functools.wraps', 'functools.update_wrapper']);
const MAX_CALLS = 20;
/** The flow a module-level `def` becomes with its decorators, or why it is none. */
function flowOfDefinition(fn, scope) {
    const value = decorate({ kind: 'function', fn, scope }, fn.decorators, scope, undefined, 0);
    return value.kind === 'flow' ? value : { why: whyNot(value) };
}
/** The flow a module-level value is (`etl = flow(run, name="etl")`), or why it is none. */
function flowOfValue(expr, scope) {
    const value = evaluateValue(expr, scope, undefined, 0);
    return value.kind === 'flow' ? value : { why: whyNot(value) };
}
function whyNot(value) {
    if (value.kind === 'unknown')
        return `is not a flow this reader can follow: ${value.why}`;
    if (value.kind === 'not-flow')
        return `is not decorated with @flow (${value.why})`;
    return 'is not decorated with @flow';
}
function decorate(value, decorators, scope, locals, depth) {
    // The decorator nearest the function applies first.
    for (const d of [...decorators].reverse())
        value = call(d, [value], [], scope, locals, depth);
    return value;
}
/** `target(*args, **keywords)`, for the targets this reader follows. */
function call(target, args, keywords, scope, locals, depth) {
    if (depth > MAX_CALLS)
        return { kind: 'unknown', why: 'decorators nest too deeply to follow' };
    if (target.k === 'call') {
        // `@deco(options)`: what the call returns is applied.
        const made = evaluateValue(target, scope, locals, depth + 1);
        return apply(made, args, keywords, depth + 1);
    }
    return apply(evaluateValue(target, scope, locals, depth + 1), args, keywords, depth + 1);
}
function apply(fn, args, keywords, depth) {
    if (fn.kind === 'unknown' || fn.kind === 'not-flow')
        return fn;
    if (fn.kind === 'expr') {
        const sym = resolveLocal(fn.expr, fn.scope, fn.locals);
        if (sym.kind === 'external' && FLOW.has(sym.qualname))
            return makeFlow(args, keywords);
        if (sym.kind === 'external')
            return { kind: 'not-flow', why: `it is decorated with ${sym.qualname}` };
        return { kind: 'unknown', why: `${describe(fn.expr)} is not a decorator this reader can follow` };
    }
    if (fn.kind === 'flow-options')
        return makeFlow(args, [...fn.keywords, ...keywords]);
    if (fn.kind === 'flow')
        return { kind: 'unknown', why: 'a flow object is called as a decorator' };
    if (fn.kind === 'function')
        return callFunction(fn, args, keywords, depth);
    return { kind: 'unknown', why: 'a mapping is called' };
}
/** `flow(fn, **options)` or `flow(**options)(fn)`. */
function makeFlow(args, keywords) {
    const target = args[0];
    if (!target)
        return { kind: 'flow-options', keywords };
    if (target.kind === 'function')
        return { kind: 'flow', fn: target.fn, scope: target.scope, options: keywords };
    if (target.kind === 'unknown' || target.kind === 'not-flow')
        return target;
    return { kind: 'unknown', why: 'flow() is given something that is not a function of the repository' };
}
/** Runs a repository function statically: binds its parameters, follows its first `return`. */
function callFunction(f, args, keywords, depth) {
    const locals = new Map(f.locals ?? []);
    let i = 0;
    const extra = [];
    const used = new Set();
    for (const p of f.fn.params) {
        if (p.kind === 'vararg') {
            i = args.length;
            continue;
        }
        if (p.kind === 'varkw') {
            extra.push(...keywords.filter((k) => !used.has(k.name)));
            locals.set(p.name, { kind: 'keywords', keywords: extra });
            continue;
        }
        const kw = keywords.find((k) => k.name === p.name);
        if (p.kind !== 'kwonly' && i < args.length && !kw)
            locals.set(p.name, args[i++]);
        else if (kw) {
            used.add(kw.name);
            locals.set(p.name, { kind: 'expr', expr: kw.value, scope: kw.scope, locals: kw.locals });
        }
        else if (p.default)
            locals.set(p.name, { kind: 'expr', expr: p.default, scope: f.scope, locals: f.locals });
    }
    for (const s of f.fn.body) {
        if (s.kind === 'def')
            locals.set(s.name, defValue(s, f.scope, locals, depth));
        if (s.kind === 'return')
            return s.value ? evaluateValue(s.value, f.scope, locals, depth + 1) : { kind: 'unknown', why: `${f.fn.name}() returns None` };
    }
    return { kind: 'unknown', why: `${f.fn.name}() has no return this reader can follow` };
}
/** A nested `def`: a wrapper made with `functools.wraps(fn)` stands for fn. */
function defValue(def, scope, locals, depth) {
    for (const d of def.decorators) {
        if (d.k !== 'call' || d.args.length !== 1)
            continue;
        const sym = resolveLocal(d.func, scope, locals);
        if (sym.kind === 'external' && WRAPS.has(sym.qualname)) {
            const wrapped = evaluateValue(d.args[0], scope, locals, depth + 1);
            const others = def.decorators.filter((x) => x !== d);
            return others.length ? decorate(wrapped, others, scope, locals, depth + 1) : wrapped;
        }
    }
    return decorate({ kind: 'function', fn: def, scope, locals }, def.decorators, scope, locals, depth + 1);
}
function evaluateValue(e, scope, locals, depth) {
    if (depth > MAX_CALLS * 4)
        return { kind: 'unknown', why: 'decorators nest too deeply to follow' };
    if (e.k === 'name' && locals?.has(e.id))
        return locals.get(e.id);
    if (e.k === 'call') {
        const args = e.args.map((a) => evaluateValue(a, scope, locals, depth + 1));
        const keywords = [];
        for (const k of e.kwargs) {
            if (k.name !== null)
                keywords.push({ name: k.name, value: k.value, scope, locals });
            else {
                const spread = evaluateValue(k.value, scope, locals, depth + 1);
                if (spread.kind !== 'keywords')
                    return { kind: 'unknown', why: `flow options passed as **${describe(k.value)} are not read` };
                keywords.push(...spread.keywords);
            }
        }
        if (e.func.k === 'attr' && e.func.attr === 'with_options') {
            const base = evaluateValue(e.func.value, scope, locals, depth + 1);
            if (base.kind === 'flow')
                return { ...base, options: [...base.options.filter((o) => !keywords.some((k) => k.name === o.name)), ...keywords] };
        }
        return apply(evaluateValue(e.func, scope, locals, depth + 1), args, keywords, depth + 1);
    }
    if (e.k === 'name' || e.k === 'attr') {
        const sym = resolveLocal(e, scope, locals);
        if (sym.kind === 'function')
            return defValue(sym.def, sym.scope, new Map(), depth + 1);
        if (sym.kind === 'value')
            return evaluateValue(sym.expr, sym.scope, undefined, depth + 1);
    }
    return { kind: 'expr', expr: e, scope, locals };
}
function resolveLocal(e, scope, locals) {
    if (e.k === 'name' && locals?.has(e.id)) {
        const v = locals.get(e.id);
        if (v.kind === 'expr')
            return resolveLocal(v.expr, v.scope, v.locals);
        return { kind: 'unknown' };
    }
    return scope.resolve(e);
}
function describe(e) {
    if (e.k === 'name')
        return e.id;
    if (e.k === 'attr')
        return `${describe(e.value)}.${e.attr}`;
    if (e.k === 'call')
        return `${describe(e.func)}(...)`;
    return 'an expression';
}
/** An option's value expression, with a factory's parameters replaced by what its call passed. */
function optionExpr(o) {
    let expr = o.value;
    let scope = o.scope;
    let locals = o.locals;
    for (let i = 0; i < MAX_CALLS && expr.k === 'name' && locals?.has(expr.id); i++) {
        const v = locals.get(expr.id);
        if (v.kind !== 'expr')
            break;
        expr = v.expr;
        scope = v.scope;
        locals = v.locals;
    }
    return { expr, scope };
}


/***/ }),

/***/ 5438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ cleandoc),
/* harmony export */   n: () => (/* binding */ parameterDocs)
/* harmony export */ });
/** Docstrings as Prefect reads them: `inspect.cleandoc`, and Google-style `Args:` sections. */
/** Python's `str.expandtabs()` with the default tab size of 8. */
function expandTabs(line) {
    let out = '';
    for (const c of line)
        out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
    return out;
}
/** `inspect.cleandoc`: the description `prefect deploy` uses when the file gives none. */
function cleandoc(doc) {
    const lines = doc.split('\n').map(expandTabs);
    let margin = Infinity;
    for (const line of lines.slice(1)) {
        const content = line.trimStart();
        if (content)
            margin = Math.min(margin, line.length - content.length);
    }
    lines[0] = lines[0].trimStart();
    if (margin < Infinity)
        for (let i = 1; i < lines.length; i++)
            lines[i] = lines[i].slice(margin);
    while (lines.length && !lines[lines.length - 1])
        lines.pop();
    while (lines.length && !lines[0])
        lines.shift();
    return lines.join('\n');
}
const PARAMETER_SECTIONS = new Set(['args', 'arguments', 'params', 'parameters']);
const SECTIONS = new Set([
    ...PARAMETER_SECTIONS, 'keyword args', 'keyword arguments', 'other args', 'other arguments', 'other params', 'other parameters',
    'type args', 'type arguments', 'type params', 'type parameters', 'raises', 'exceptions', 'returns', 'yields', 'receives',
    'examples', 'attributes', 'functions', 'methods', 'classes', 'type aliases', 'modules', 'warns', 'warnings',
]);
const ADMONITION = /^([\w][\s\w-]*):(\s+([^\s].*))?\s*$/;
const blank = (line) => line !== undefined && line.trim() === '';
/**
 * Parameter descriptions from a Google-style docstring, as griffe's Google parser
 * gives them to Prefect: the `Args:` (or Arguments / Params / Parameters) section's
 * items, each `name (type): text`, continuation lines kept with the item's own
 * indentation removed; the last such section wins.
 */
function parameterDocs(doc) {
    let docs = {};
    if (!doc)
        return docs;
    // griffe's Docstring: `inspect.cleandoc(value.rstrip())`.
    const lines = cleandoc(doc.replace(/\s+$/, '')).split('\n');
    let inCode = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = line.replace(/^ +/, '').startsWith('```');
        if (inCode || fence) {
            if (fence)
                inCode = !inCode;
            continue;
        }
        const m = line.includes(':') ? ADMONITION.exec(line) : null;
        if (!m)
            continue;
        const kind = m[1].toLowerCase();
        const next = lines[i + 1];
        const after = lines[i + 2];
        const indentedBelow = next !== undefined && !blank(next) && next.startsWith(' ');
        const indentedBelow2 = after !== undefined && !blank(after) && after.startsWith(' ');
        if (!(indentedBelow || indentedBelow2))
            continue;
        const blankAbove = i === 0 || blank(lines[i - 1]);
        if (!blankAbove || (indentedBelow2 && blank(next)))
            continue;
        const { items, end } = blockItems(lines, i + 1);
        if (PARAMETER_SECTIONS.has(kind)) {
            docs = {};
            for (const item of items) {
                const colon = item[0].indexOf(':');
                if (colon < 0)
                    continue;
                const nameWithType = item[0].slice(0, colon);
                const description = [item[0].slice(colon + 1).replace(/^\s+/, ''), ...item.slice(1)].join('\n').replace(/\n+$/, '');
                const name = nameWithType.includes('(') && nameWithType.endsWith(')') ? nameWithType.slice(0, nameWithType.indexOf('(')).trim() : nameWithType;
                docs[name] = description;
            }
        }
        if (SECTIONS.has(kind) || items.length)
            i = end;
    }
    return docs;
}
/** griffe's block of items: lines at the first line's indent start items, deeper lines continue them. */
function blockItems(lines, offset) {
    let i = offset;
    while (i < lines.length && blank(lines[i]))
        i++;
    if (i >= lines.length)
        return { items: [], end: offset };
    const indent = lines[i].length - lines[i].trimStart().length;
    if (indent === 0)
        return { items: [], end: i - 1 };
    const items = [[lines[i].slice(indent)]];
    for (i++; i < lines.length; i++) {
        const line = lines[i];
        const current = items[items.length - 1];
        if (blank(line) || line === '')
            current.push('');
        else if (line.startsWith(' '.repeat(indent * 2)))
            current.push(line.slice(indent * 2));
        else if (line.startsWith(' '.repeat(indent + 1)))
            current.push(line.trimStart());
        else if (line.startsWith(' '.repeat(indent)))
            items.push([line.slice(indent)]);
        else
            break;
    }
    return { items, end: i - 1 };
}


/***/ }),

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   du: () => (/* binding */ fallbackReading)
/* harmony export */ });
/* unused harmony export PREFECT_ENVIRONMENT */
/** Python 3.11's standard library (`sys.stdlib_module_names`, public names). */
const STDLIB = `abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins
bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent
configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis
distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib
functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib
imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox
mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path
numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib
posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re
readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd
smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string
stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap
this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types
typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml
xmlrpc zipapp zipfile zipimport zlib zoneinfo`;
/** The top-level modules of prefect 3.8.8 and its dependencies (with the extras it asks for: sqlalchemy[asyncio], httpx[http2]). */
const PREFECT = `aiosqlite alembic amplitude annotated_doc annotated_types anyio apprise asgi_lifespan asyncpg attr
attrs beartype burner_redis cachetools certifi cffi charset_normalizer click cloudpickle colorama coolname cronsim
cryptography cyclopts dateparser dateutil docker docket docstring_parser dotenv exceptiongroup fastapi fsspec graphviz
greenlet griffe h11 h2 hpack httpcore httpx humanize hyperframe idna jinja2 jinja2_humanize_extension jsonpatch
jsonpointer jsonschema jsonschema_specifications key_value mako markdown markdown_it markupsafe mdurl oauthlib
opentelemetry orjson packaging pathspec pendulum pluggy prefect prometheus_client pycparser pydantic pydantic_core
pydantic_extra_types pydantic_settings pygments pythonjsonlogger pytz readchar redis referencing regex requests
requests_oauthlib rfc3339_validator rich rich_rst rpds ruamel semver shellingham six slugify sniffio sqlalchemy
starlette text_unidecode toml typer typing_extensions typing_inspection tzdata tzlocal uncalled_for urllib3 uvicorn
websockets yaml`;
const PREFECT_ENVIRONMENT = new Set([...STDLIB.split(/\s+/), ...PREFECT.split(/\s+/), '__future__']);
const BUILTIN_NAMES = new Set([
    'int', 'float', 'str', 'bool', 'bytes', 'complex', 'list', 'dict', 'tuple', 'set', 'frozenset', 'object', 'type', 'None',
    'True', 'False', 'Ellipsis', 'len', 'range', 'min', 'max', 'abs', 'round', 'sum', 'sorted', 'callable', '__import__',
    'bytearray', 'print', 'isinstance', 'getattr', 'setattr', 'hasattr', 'property', 'staticmethod', 'classmethod', 'super',
    'Exception', 'ValueError', 'TypeError', 'KeyError', 'RuntimeError', 'NotImplementedError', 'open', 'iter', 'next', 'map',
    'filter', 'zip', 'enumerate', 'reversed', 'any', 'all', 'repr', 'hash', 'id', 'vars', 'dir', 'format', 'ord', 'chr', '__name__', '__file__',
]);
/**
 * How Prefect reads the flow module where only Prefect is installed, or undefined
 * when the module imports there (then both readings are the same).
 */
function fallbackReading(scope, find) {
    const missing = missingImports(scope, find, new Set());
    if (!missing.length)
        return undefined;
    const bound = new Set(BUILTIN_NAMES);
    for (const stmt of scope.module.body) {
        if (stmt.guarded)
            continue;
        switch (stmt.kind) {
            case 'import':
                for (const { module, asname } of stmt.names)
                    if (importable(module, 0, scope, find))
                        bound.add(asname ?? module.split('.')[0]);
                break;
            case 'from':
                if (importable(stmt.module, stmt.level, scope, find))
                    for (const { name, asname } of stmt.names)
                        if (name !== '*')
                            bound.add(asname ?? name);
                break;
            case 'class':
                if (classNames(stmt, scope.module).every((n) => bound.has(n)))
                    bound.add(stmt.name);
                break;
            case 'def':
                if (defNames(stmt, scope.module).every((n) => bound.has(n)))
                    bound.add(stmt.name);
                break;
            case 'assign':
                // `x: T = v` is not run (only plain assignments are).
                if (!stmt.annotation && stmt.value && names(stmt.value).every((n) => bound.has(n)))
                    for (const t of stmt.targets)
                        bound.add(t);
                break;
        }
    }
    return { missing, bound, futureAnnotations: scope.module.futureAnnotations };
}
/** The names an expression needs bound (the first name of each dotted chain). */
function names(e) {
    if (!e)
        return [];
    switch (e.k) {
        case 'name':
            return [e.id];
        case 'attr':
            return names(e.value);
        case 'subscript':
            return [...names(e.value), ...names(e.index)];
        case 'call':
            return [...names(e.func), ...e.args.flatMap(names), ...e.kwargs.flatMap((k) => names(k.value))];
        case 'tuple':
        case 'list':
        case 'set':
            return e.elts.flatMap(names);
        case 'dict':
            return [...e.keys.flatMap(names), ...e.values.flatMap(names)];
        case 'unary':
            return names(e.operand);
        case 'binop':
            return [...names(e.left), ...names(e.right)];
        default:
            return [];
    }
}
function annotationNames(e, module) {
    // With `from __future__ import annotations`, annotations are strings, not run at definition.
    return module.futureAnnotations || e?.k === 'str' ? [] : names(e);
}
function defNames(def, module) {
    return [...def.decorators.flatMap(names), ...def.params.flatMap((p) => [...names(p.default), ...annotationNames(p.annotation, module)])];
}
function classNames(def, module) {
    const own = new Set();
    const needed = [...def.decorators.flatMap(names), ...def.bases.flatMap(names), ...def.keywords.flatMap((k) => names(k.value))];
    for (const s of def.body) {
        if (s.kind === 'assign') {
            needed.push(...annotationNames(s.annotation, module), ...names(s.value).filter((n) => !own.has(n)));
            for (const t of s.targets)
                own.add(t);
        }
        else if (s.kind === 'def') {
            needed.push(...defNames(s, module));
            own.add(s.name);
        }
        else if (s.kind === 'class') {
            needed.push(...classNames(s, module));
            own.add(s.name);
        }
    }
    return needed;
}
function importable(module, level, scope, find) {
    const local = find(module, level, scope.file);
    if (local)
        return missingImports(local, find, new Set()).length === 0;
    return level === 0 && PREFECT_ENVIRONMENT.has(module.split('.')[0]);
}
/** The top-level packages a module (and the repository modules it imports) needs beyond Prefect's environment. */
function missingImports(scope, find, seen) {
    if (seen.has(scope.file))
        return [];
    seen.add(scope.file);
    const out = new Set();
    // Guarded imports count too: `try: import a / except ImportError: import b` fails when both do.
    for (const stmt of scope.module.body) {
        const targets = stmt.kind === 'import' ? stmt.names.map((n) => ({ module: n.module, level: 0 })) : stmt.kind === 'from' ? [{ module: stmt.module, level: stmt.level }] : [];
        for (const { module, level } of targets) {
            const local = find(module, level, scope.file);
            if (local)
                for (const m of missingImports(local, find, seen))
                    out.add(m);
            else if (level === 0 && !PREFECT_ENVIRONMENT.has(module.split('.')[0]))
                out.add(module.split('.')[0]);
        }
    }
    return [...out];
}


/***/ }),

/***/ 8434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ Factory),
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   QJ: () => (/* binding */ evaluateJson),
/* harmony export */   Zm: () => (/* binding */ isDict),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   hL: () => (/* binding */ Rich),
/* harmony export */   mw: () => (/* binding */ REQUIRED),
/* harmony export */   ph: () => (/* binding */ FieldInfo),
/* harmony export */   pp: () => (/* binding */ enumMembers)
/* harmony export */ });
/* unused harmony exports PyDate, PyDateTime, PyTime, PyDuration, PyTimezone, EnumMember, Instance, DeployTime, isoDuration */
/** A value Python would compute at import time that this reader cannot. */
const UNKNOWN = Symbol('unknown');
/** `...` as a default: required. */
const REQUIRED = Symbol('required');
/** Values that are not plain JSON. */
class Rich {
}
class PyDate extends Rich {
    days;
    constructor(days) {
        super();
        this.days = days;
    }
}
/** A datetime as microseconds since 0001-01-01 (naive) and its UTC offset in seconds, if aware. */
class PyDateTime extends Rich {
    micros;
    offset;
    constructor(micros, offset) {
        super();
        this.micros = micros;
        this.offset = offset;
    }
}
class PyTime extends Rich {
    micros;
    offset;
    constructor(micros, offset) {
        super();
        this.micros = micros;
        this.offset = offset;
    }
}
class PyDuration extends Rich {
    micros;
    constructor(micros) {
        super();
        this.micros = micros;
    }
}
class PyTimezone extends Rich {
    offset;
    constructor(offset) {
        super();
        this.offset = offset;
    }
}
class EnumMember extends Rich {
    cls;
    name;
    value;
    constructor(cls, name, value) {
        super();
        this.cls = cls;
        this.name = name;
        this.value = value;
    }
}
/** `Model(a=1)` / `Data(1, b=2)` for a class of the repository. */
class Instance extends Rich {
    cls;
    scope;
    args;
    kwargs;
    constructor(cls, scope, args, kwargs) {
        super();
        this.cls = cls;
        this.scope = scope;
        this.args = args;
        this.kwargs = kwargs;
    }
}
/** A callable given as `default_factory=`: a builtin container or a class of the repository. */
class Factory extends Rich {
    make;
    constructor(make) {
        super();
        this.make = make;
    }
}
/** pydantic's `Field(...)` (or dataclasses' `field(...)`): its default and options. */
class FieldInfo extends Rich {
    default_;
    factory;
    options;
    constructor(default_, factory, options) {
        super();
        this.default_ = default_;
        this.factory = factory;
        this.options = options;
    }
}
/** A value Prefect computes when it deploys (`date.today()`): computed now, with what it was. */
class DeployTime extends Rich {
    value;
    what;
    constructor(value, what) {
        super();
        this.value = value;
        this.what = what;
    }
}
function isDict(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Rich);
}
const DAY = 86_400_000_000;
const MAX_DEPTH = 60;
/** Evaluates an expression in a module's scope. */
function evaluate(e, scope, depth = 0) {
    if (depth > MAX_DEPTH)
        return UNKNOWN;
    const ev = (x) => evaluate(x, scope, depth + 1);
    switch (e.k) {
        case 'none':
            return null;
        case 'bool':
            return e.value;
        case 'num':
            return e.complex ? UNKNOWN : e.value;
        case 'str':
            return e.fstring ? UNKNOWN : e.value;
        case 'ellipsis':
            return REQUIRED;
        case 'tuple':
        case 'list':
        case 'set': {
            const out = [];
            for (const x of e.elts) {
                const v = ev(x);
                if (v === UNKNOWN || v === REQUIRED)
                    return UNKNOWN;
                out.push(v);
            }
            return out;
        }
        case 'dict': {
            const out = {};
            for (let i = 0; i < e.keys.length; i++) {
                const k = unwrapDeployTime(ev(e.keys[i]));
                const v = ev(e.values[i]);
                if (v === UNKNOWN || v === REQUIRED || !(k === null || ['string', 'number', 'boolean'].includes(typeof k)))
                    return UNKNOWN;
                out[jsonKey(k)] = v;
            }
            return out;
        }
        case 'unary':
            return unary(e.op, ev(e.operand));
        case 'binop':
            return binop(e.op, ev(e.left), ev(e.right));
        case 'name':
        case 'attr':
            return nameValue(e, scope, depth);
        case 'call':
            return call(e, scope, depth);
        default:
            return UNKNOWN;
    }
}
/** The JSON form pydantic gives a default (dates as ISO strings, enum members as their values). */
function toJson(v, instance, onDeployTime) {
    const sub = (x) => toJson(x, instance, onDeployTime);
    if (v === UNKNOWN || v === REQUIRED)
        return UNKNOWN;
    if (v === null || typeof v !== 'object')
        return v;
    if (Array.isArray(v)) {
        const out = [];
        for (const x of v) {
            const j = sub(x);
            if (j === UNKNOWN)
                return UNKNOWN;
            out.push(j);
        }
        return out;
    }
    if (v instanceof DeployTime) {
        onDeployTime?.(v.what);
        return sub(v.value);
    }
    if (v instanceof EnumMember)
        return sub(v.value);
    if (v instanceof PyDate)
        return isoDate(v.days);
    if (v instanceof PyDateTime)
        return isoDateTime(v.micros, v.offset);
    if (v instanceof PyTime)
        return isoTime(v.micros) + isoOffset(v.offset);
    if (v instanceof PyDuration)
        return isoDuration(v.micros);
    if (v instanceof Instance)
        return instance(v);
    if (v instanceof Rich)
        return UNKNOWN;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        const j = sub(x);
        if (j === UNKNOWN)
            return UNKNOWN;
        out[k] = j;
    }
    return out;
}
/** A JSON value, for names and descriptions (`@flow(name=...)`) and `Literal[...]`. */
function evaluateJson(e, scope) {
    return toJson(evaluate(e, scope), () => UNKNOWN);
}
function nameValue(e, scope, depth) {
    if (e.k === 'attr') {
        // `Color.RED.value`, `Color.RED.name`, `timezone.utc`.
        if (e.attr === 'value' || e.attr === 'name') {
            const base = evaluate(e.value, scope, depth + 1);
            if (base instanceof EnumMember)
                return e.attr === 'value' ? base.value : base.name;
        }
        const cls = scope.resolve(e.value);
        if (cls.kind === 'class')
            return enumMember(cls.def, cls.scope, e.attr, depth);
    }
    const sym = scope.resolve(e);
    if (sym.kind === 'value')
        return evaluate(sym.expr, sym.scope, depth + 1);
    if (sym.kind === 'external') {
        if (sym.qualname === 'datetime.timezone.utc' || sym.qualname === 'datetime.UTC')
            return new PyTimezone(0);
        if (sym.qualname === 'builtins.list' || sym.qualname === 'builtins.dict' || sym.qualname === 'builtins.set' || sym.qualname === 'builtins.tuple') {
            return new Factory(() => (sym.qualname === 'builtins.dict' ? {} : []));
        }
        for (const [name, value] of [['builtins.int', 0], ['builtins.float', 0], ['builtins.str', ''], ['builtins.bool', false]]) {
            if (sym.qualname === name)
                return new Factory(() => value);
        }
    }
    if (sym.kind === 'class')
        return new Factory(() => new Instance(sym.def, sym.scope, [], new Map()));
    return UNKNOWN;
}
/** The members of an Enum class, in order, with `auto()` values as Python assigns them. */
function enumMembers(def, scope, depth = 0) {
    const members = [];
    const strEnum = def.bases.some((b) => {
        const s = scope.resolve(b);
        return s.kind === 'external' && (s.qualname === 'enum.StrEnum' || s.qualname === 'builtins.str');
    });
    const lowerNames = def.bases.some((b) => {
        const s = scope.resolve(b);
        return s.kind === 'external' && s.qualname === 'enum.StrEnum';
    });
    let last = 0;
    for (const stmt of def.body) {
        if (stmt.kind !== 'assign' || !stmt.value || stmt.annotation || stmt.targets[0].startsWith('_'))
            continue;
        const v = stmt.value;
        let value;
        if (v.k === 'call' && v.args.length === 0 && isExternal(scope.resolve(v.func), 'enum.auto')) {
            value = lowerNames ? stmt.targets[0].toLowerCase() : strEnum ? String(last + 1) : last + 1;
            if (!lowerNames)
                last++;
        }
        else {
            value = evaluate(v, scope, depth + 1);
            if (typeof value === 'number')
                last = value;
        }
        for (const t of stmt.targets)
            members.push([t, value]);
    }
    return members;
}
function enumMember(def, scope, name, depth) {
    const member = enumMembers(def, scope, depth).find(([n]) => n === name);
    return member ? new EnumMember(def, name, member[1]) : UNKNOWN;
}
function isExternal(sym, qualname) {
    return sym.kind === 'external' && sym.qualname === qualname;
}
function call(e, scope, depth) {
    const ev = (x) => evaluate(x, scope, depth + 1);
    const kw = (name) => e.kwargs.find((k) => k.name === name)?.value;
    if (e.kwargs.some((k) => k.name === null) || e.args.some((a) => a.k === 'opaque'))
        return UNKNOWN;
    // `datetime.now(...)` and friends: what Prefect computes when it deploys.
    if (e.func.k === 'attr') {
        const owner = scope.resolve(e.func.value);
        if (owner.kind === 'external') {
            const made = deployTime(`${owner.qualname}.${e.func.attr}`, e.args.map(ev), kw('tz') ? ev(kw('tz')) : undefined);
            if (made !== undefined)
                return made;
        }
    }
    const sym = scope.resolve(e.func);
    if (sym.kind === 'class') {
        const kwargs = new Map();
        for (const k of e.kwargs)
            kwargs.set(k.name, ev(k.value));
        return new Instance(sym.def, sym.scope, e.args.map(ev), kwargs);
    }
    if (sym.kind !== 'external')
        return UNKNOWN;
    const args = e.args.map(ev);
    const keywords = Object.fromEntries(e.kwargs.map((k) => [k.name, ev(k.value)]));
    switch (sym.qualname) {
        case 'pydantic.Field':
        case 'pydantic.fields.Field':
        case 'dataclasses.field': {
            // A factory's value is made by the consumer; REQUIRED: no default (`Field(...)`, `field()`).
            const { default: def, default_factory: factory, ...options } = keywords;
            const positionalDefault = sym.qualname === 'dataclasses.field' ? undefined : args[0];
            const value = positionalDefault !== undefined ? positionalDefault : 'default' in keywords ? def : factory !== undefined ? UNKNOWN : REQUIRED;
            return new FieldInfo(value, factory, options);
        }
        case 'datetime.date':
            return dateOf(args, keywords);
        case 'datetime.datetime':
            return dateTimeOf(args, keywords);
        case 'datetime.time':
            return timeOf(args, keywords);
        case 'datetime.timedelta':
            return durationOf(args, keywords);
        case 'datetime.timezone': {
            const offset = args[0] ?? keywords.offset;
            return offset instanceof PyDuration ? new PyTimezone(offset.micros / 1e6) : UNKNOWN;
        }
        case 'builtins.list':
        case 'builtins.tuple':
        case 'builtins.set':
        case 'builtins.frozenset':
            if (args.length === 0)
                return [];
            return args.length === 1 ? asArray(args[0]) : UNKNOWN;
        case 'builtins.dict':
            if (args.length === 0) {
                if (Object.values(keywords).some((v) => v === UNKNOWN))
                    return UNKNOWN;
                return keywords;
            }
            return UNKNOWN;
        case 'builtins.str':
            return args.length === 0 ? '' : UNKNOWN;
        case 'builtins.int':
        case 'builtins.float':
            return args.length === 0 ? 0 : UNKNOWN;
        case 'pathlib.Path':
        case 'pathlib.PurePath':
        case 'pathlib.PosixPath': {
            if (!args.every((p) => typeof p === 'string'))
                return UNKNOWN;
            return joinPath(args);
        }
        default:
            return UNKNOWN;
    }
}
// --- dates and times -----------------------------------------------------------
function ints(values) {
    return values.every((v) => typeof v === 'number' && Number.isInteger(v)) ? values : undefined;
}
function positional(args, keywords, names, defaults) {
    const out = [];
    for (let i = 0; i < names.length; i++) {
        if (i < args.length)
            out.push(args[i]);
        else if (names[i] in keywords)
            out.push(keywords[names[i]]);
        else if (i < defaults.length && !Number.isNaN(defaults[i]))
            out.push(defaults[i]);
        else
            return undefined;
    }
    return out;
}
function daysFromCivil(y, m, d) {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return undefined;
    // Days since 0001-01-01.
    const epoch = new Date(0);
    epoch.setUTCFullYear(1, 0, 1);
    return Math.round((date.getTime() - epoch.getTime()) / 86_400_000);
}
function dateOf(args, keywords) {
    const v = ints(positional(args, keywords, ['year', 'month', 'day'], []) ?? ['x']);
    const days = v && daysFromCivil(v[0], v[1], v[2]);
    return days === undefined ? UNKNOWN : new PyDate(days);
}
function tzOf(v) {
    if (v === undefined || v === null)
        return null;
    return v instanceof PyTimezone ? v.offset : undefined;
}
function dateTimeOf(args, keywords) {
    const NaN_ = Number.NaN;
    const parts = positional(args.slice(0, 7), keywords, ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'], [NaN_, NaN_, NaN_, 0, 0, 0, 0]);
    const v = parts && ints(parts);
    const tz = tzOf(args[7] ?? keywords.tzinfo);
    if (!v || tz === undefined)
        return UNKNOWN;
    const days = daysFromCivil(v[0], v[1], v[2]);
    if (days === undefined || v[3] > 23 || v[4] > 59 || v[5] > 59 || v[6] > 999_999 || v.slice(3).some((x) => x < 0))
        return UNKNOWN;
    return new PyDateTime(days * DAY + ((v[3] * 60 + v[4]) * 60 + v[5]) * 1e6 + v[6], tz);
}
function timeOf(args, keywords) {
    const parts = positional(args.slice(0, 4), keywords, ['hour', 'minute', 'second', 'microsecond'], [0, 0, 0, 0]);
    const v = parts && ints(parts);
    const tz = tzOf(args[4] ?? keywords.tzinfo);
    if (!v || tz === undefined || v[0] > 23 || v[1] > 59 || v[2] > 59 || v[3] > 999_999)
        return UNKNOWN;
    return new PyTime(((v[0] * 60 + v[1]) * 60 + v[2]) * 1e6 + v[3], tz);
}
function durationOf(args, keywords) {
    const names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
    const scale = [DAY, 1e6, 1, 1e3, 60e6, 3600e6, 7 * DAY];
    let micros = 0;
    for (let i = 0; i < names.length; i++) {
        const v = i < args.length ? args[i] : keywords[names[i]];
        if (v === undefined)
            continue;
        if (typeof v !== 'number')
            return UNKNOWN;
        micros += v * scale[i];
    }
    if (Object.keys(keywords).some((k) => !names.includes(k)))
        return UNKNOWN;
    // timedelta rounds to whole microseconds (half to even).
    return new PyDuration(roundHalfEven(micros));
}
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** `date.today()`, `datetime.now(tz)`, `datetime.utcnow()`: Prefect calls them when it deploys. */
function deployTime(callee, args, tzArg) {
    const now = Date.now();
    const localOffset = -new Date(now).getTimezoneOffset() * 60;
    const epochDays = daysFromCivil(1970, 1, 1);
    const naive = (offsetSeconds) => epochDays * DAY + now * 1000 + offsetSeconds * 1e6;
    switch (callee) {
        case 'datetime.date.today':
            return new DeployTime(new PyDate(Math.floor(naive(localOffset) / DAY)), 'date.today()');
        case 'datetime.datetime.today':
            return new DeployTime(new PyDateTime(naive(localOffset), null), 'datetime.today()');
        case 'datetime.datetime.utcnow':
            return new DeployTime(new PyDateTime(naive(0), null), 'datetime.utcnow()');
        case 'datetime.datetime.now': {
            const tz = tzOf(args[0] ?? tzArg);
            if (tz === undefined)
                return UNKNOWN;
            return new DeployTime(new PyDateTime(naive(tz ?? localOffset), tz), tz === null ? 'datetime.now()' : 'datetime.now(tz)');
        }
    }
    return undefined;
}
function unwrapDeployTime(v) {
    return v instanceof DeployTime ? v.value : v;
}
function unary(op, v) {
    if (v instanceof DeployTime) {
        const r = unary(op, v.value);
        return r === UNKNOWN ? r : new DeployTime(r, v.what);
    }
    if (v instanceof PyDuration && (op === '-' || op === '+'))
        return new PyDuration(op === '-' ? -v.micros : v.micros);
    if (typeof v !== 'number' && typeof v !== 'boolean')
        return UNKNOWN;
    if (op === '-')
        return -Number(v);
    if (op === '+')
        return Number(v);
    if (op === 'not')
        return !v;
    return UNKNOWN;
}
function binop(op, a, b) {
    if (a instanceof DeployTime || b instanceof DeployTime) {
        const r = binop(op, unwrapDeployTime(a), unwrapDeployTime(b));
        const what = a instanceof DeployTime ? a.what : b.what;
        return r === UNKNOWN ? r : new DeployTime(r, what);
    }
    if (a instanceof PyDuration || b instanceof PyDuration)
        return timeArithmetic(op, a, b);
    if (typeof a === 'number' && typeof b === 'number') {
        switch (op) {
            case '+':
                return a + b;
            case '-':
                return a - b;
            case '*':
                return a * b;
            case '/':
                return b === 0 ? UNKNOWN : a / b;
            case '//':
                return b === 0 ? UNKNOWN : Math.floor(a / b);
            case '%':
                return b === 0 ? UNKNOWN : ((a % b) + b) % b;
            case '**':
                return a ** b;
        }
    }
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (op === '+' && Array.isArray(a) && Array.isArray(b))
        return [...a, ...b];
    if (op === '*' && typeof a === 'string' && typeof b === 'number')
        return a.repeat(Math.max(0, b));
    return UNKNOWN;
}
function timeArithmetic(op, a, b) {
    const sign = op === '-' ? -1 : op === '+' ? 1 : 0;
    if (b instanceof PyDuration && sign) {
        if (a instanceof PyDuration)
            return new PyDuration(a.micros + sign * b.micros);
        if (a instanceof PyDateTime)
            return new PyDateTime(a.micros + sign * b.micros, a.offset);
        if (a instanceof PyDate)
            return new PyDate(a.days + Math.floor((sign * b.micros) / DAY));
    }
    if (op === '+' && a instanceof PyDuration && (b instanceof PyDate || b instanceof PyDateTime))
        return timeArithmetic('+', b, a);
    if (op === '*' && a instanceof PyDuration && typeof b === 'number')
        return new PyDuration(roundHalfEven(a.micros * b));
    if (op === '*' && b instanceof PyDuration && typeof a === 'number')
        return new PyDuration(roundHalfEven(b.micros * a));
    return UNKNOWN;
}
function isoDate(days) {
    const epoch = new Date(0);
    epoch.setUTCFullYear(1, 0, 1);
    const d = new Date(epoch.getTime() + days * 86_400_000);
    return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
function isoTime(micros) {
    const us = micros % 1e6;
    const s = Math.floor(micros / 1e6);
    const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((x) => String(x).padStart(2, '0')).join(':');
    return us ? `${hms}.${String(us).padStart(6, '0')}` : hms;
}
function isoOffset(offset) {
    if (offset === null)
        return '';
    if (offset === 0)
        return 'Z';
    const minutes = Math.trunc(offset / 60);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
function isoDateTime(micros, offset) {
    const days = Math.floor(micros / DAY);
    return `${isoDate(days)}T${isoTime(micros - days * DAY)}${isoOffset(offset)}`;
}
/** pydantic's ISO 8601 duration: `P1Y35D`, `PT1H30M`, `-PT1H`, `PT0.000001S`, `PT0S`. */
function isoDuration(micros) {
    const sign = micros < 0 ? '-' : '';
    let rest = Math.abs(micros);
    const days = Math.floor(rest / DAY);
    rest -= days * DAY;
    const years = Math.floor(days / 365);
    let out = `${sign}P${years ? `${years}Y` : ''}${days % 365 ? `${days % 365}D` : ''}`;
    if (rest) {
        const seconds = Math.floor(rest / 1e6);
        const us = rest % 1e6;
        const h = Math.floor(seconds / 3600);
        const m = Math.floor(seconds / 60) % 60;
        const s = seconds % 60;
        out += `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
        if (s || us)
            out += `${s}${us ? `.${String(us).padStart(6, '0').replace(/0+$/, '')}` : ''}S`;
    }
    return out === 'P' || out === '-P' ? 'PT0S' : out;
}
// --- helpers -----------------------------------------------------------------
function asArray(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string')
        return [...v];
    if (isDict(v))
        return Object.keys(v);
    return UNKNOWN;
}
function joinPath(parts) {
    if (parts.length === 0)
        return '.';
    let out = '';
    for (const p of parts)
        out = p.startsWith('/') || out === '' ? p : out.endsWith('/') ? out + p : `${out}/${p}`;
    // Path normalizes repeated and trailing slashes, and `.` segments.
    const abs = out.startsWith('/');
    const segs = out.split('/').filter((s) => s !== '' && s !== '.');
    const joined = (abs ? '/' : '') + segs.join('/');
    return joined === '' ? (abs ? '/' : '.') : joined;
}
/** Python dict keys become JSON strings the way pydantic serializes them. */
function jsonKey(k) {
    if (k === null)
        return 'None';
    if (typeof k === 'boolean')
        return k ? 'True' : 'False';
    return String(k);
}


/***/ }),

/***/ 9134:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseModule),
/* harmony export */   Y: () => (/* binding */ parseExpression)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7749);
/* harmony import */ var _python_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6891);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(127);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2474);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_python_js__WEBPACK_IMPORTED_MODULE_1__, _syntax_js__WEBPACK_IMPORTED_MODULE_3__]);
([_python_js__WEBPACK_IMPORTED_MODULE_1__, _syntax_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** Expressions nested deeper than this (other than operator chains) are refused; CPython's compiler gives up a little further. */
const MAX_DEPTH = 1000;
function parseModule(source) {
    const tree = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTree */ .cZ)(source);
    try {
        const error = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_3__/* .firstSyntaxError */ .m)(tree.rootNode, source);
        if (error)
            throw error;
        const lines = new Lines(source);
        const body = [];
        const converter = new Converter(lines);
        converter.statements((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(tree.rootNode), body);
        return { body, futureAnnotations: converter.futureAnnotations };
    }
    finally {
        tree.delete();
    }
}
/**
 * Parses one expression, such as a string annotation (`"list[int]"`), as `eval`
 * would: leading spaces and tabs are ignored. Positions are those of `at`.
 */
function parseExpression(source, at) {
    const text = source.replace(/^[ \t]+/, '');
    const tree = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTree */ .cZ)(text);
    try {
        const root = tree.rootNode;
        const fail = (message) => {
            throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(message, at.line, at.col);
        };
        const error = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_3__/* .firstSyntaxError */ .m)(root, text);
        if (error)
            fail(error.message);
        const stmts = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(root).filter((n) => n.type !== 'comment');
        if (stmts.length !== 1 || stmts[0].type !== 'expression_statement' || stmts[0].namedChildCount !== 1)
            fail('invalid syntax');
        const e = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(stmts[0])[0];
        if (['assignment', 'augmented_assignment', 'yield'].includes(e.type))
            fail('invalid syntax');
        return new Converter(new Lines(text), at).expr(e);
    }
    finally {
        tree.delete();
    }
}
/** Character (not UTF-16) columns, as Python counts them. */
class Lines {
    source;
    starts = [0];
    constructor(source) {
        this.source = source;
        for (let i = 0; i < source.length; i++)
            if (source[i] === '\n')
                this.starts.push(i + 1);
    }
    pos(node) {
        const row = node.startPosition.row;
        const start = this.starts[row] ?? 0;
        const prefix = this.source.slice(start, start + node.startPosition.column);
        return { line: row + 1, col: [...prefix].length + 1 };
    }
}
class Converter {
    lines;
    fixed;
    futureAnnotations = false;
    constructor(lines, 
    /** For string annotations: every position is the string's own. */
    fixed) {
        this.lines = lines;
        this.fixed = fixed;
    }
    pos(n) {
        return this.fixed ?? this.lines.pos(n);
    }
    // --- statements -------------------------------------------------------------
    statements(nodes, out) {
        for (const n of nodes)
            this.statement(n, out);
    }
    /** The statements of an `if` / `try` / `with` body, marked as guarded. */
    guarded(nodes, out) {
        const inner = [];
        this.statements(nodes, inner);
        for (const s of inner)
            out.push({ ...s, guarded: true });
    }
    statement(n, out) {
        switch (n.type) {
            case 'import_statement':
                out.push({ kind: 'import', names: (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(n, 'name').map((c) => importName(c, (d) => d.text.replace(/\s+/g, ''))).map(({ name, asname }) => ({ module: name, asname })) });
                return;
            case 'future_import_statement':
                if ((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(n, 'name').some((c) => importName(c, (d) => d.text).name === 'annotations'))
                    this.futureAnnotations = true;
                return;
            case 'import_from_statement':
                return this.importFrom(n, out);
            case 'expression_statement':
                return this.assignment(n, out);
            case 'decorated_definition': {
                const decorators = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).filter((c) => c.type === 'decorator').map((d) => this.expr((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(d)[0]));
                const def = n.childForFieldName('definition');
                if (def)
                    this.definition(def, decorators, out);
                return;
            }
            case 'function_definition':
            case 'class_definition':
                return this.definition(n, [], out);
            case 'return_statement': {
                const value = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)[0];
                out.push({ kind: 'return', value: value ? this.expr(value) : undefined });
                return;
            }
            case 'if_statement':
                return this.ifStatement(n, out);
            case 'try_statement': {
                // The handlers first: the try body, when it runs through, binds last.
                for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)) {
                    if (c.type === 'except_clause' || c.type === 'except_group_clause')
                        this.guarded(blockOf(c), out);
                }
                this.guarded(blockOf(n), out);
                for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n))
                    if (c.type === 'else_clause' || c.type === 'finally_clause')
                        this.guarded(blockOf(c), out);
                return;
            }
            case 'with_statement':
                this.guarded(blockOf(n), out);
                return;
        }
    }
    ifStatement(n, out) {
        const condition = n.childForFieldName('condition');
        const text = condition?.text.replace(/\s+/g, '') ?? '';
        if (/^__name__==(['"])__main__\1$/.test(text))
            return;
        const alternatives = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(n, 'alternative');
        if (/^(typing\.)?TYPE_CHECKING$/.test(text)) {
            for (const alt of alternatives)
                if (alt.type === 'else_clause')
                    this.guarded(blockOf(alt), out);
            return;
        }
        for (const alt of [...alternatives].reverse())
            this.guarded(blockOf(alt), out);
        this.guarded(blockOf(n), out);
    }
    importFrom(n, out) {
        const moduleNode = n.childForFieldName('module_name');
        let level = 0;
        let module = '';
        if (moduleNode?.type === 'relative_import') {
            for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(moduleNode)) {
                if (c.type === 'import_prefix')
                    level = c.text.length;
                else
                    module = c.text.replace(/\s+/g, '');
            }
        }
        else if (moduleNode) {
            module = moduleNode.text.replace(/\s+/g, '');
        }
        const names = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).some((c) => c.type === 'wildcard_import')
            ? [{ name: '*' }]
            : (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(n, 'name').map((c) => importName(c, (d) => d.text));
        out.push({ kind: 'from', module, level, names });
    }
    assignment(n, out) {
        let a = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)[0];
        if (a?.type !== 'assignment')
            return;
        const targets = [];
        const pos = this.pos(a);
        const annotationNode = a.childForFieldName('type');
        for (;;) {
            const left = a.childForFieldName('left');
            if (left?.type === 'identifier')
                targets.push(left.text);
            const right = a.childForFieldName('right');
            if (right?.type !== 'assignment') {
                if (!targets.length)
                    return;
                out.push({
                    kind: 'assign',
                    targets,
                    annotation: annotationNode ? this.expr(annotationNode) : undefined,
                    value: right && right.type !== 'yield' ? this.expr(right) : undefined,
                    ...pos,
                });
                return;
            }
            a = right;
        }
    }
    definition(n, decorators, out) {
        const name = n.childForFieldName('name')?.text ?? '';
        const body = n.childForFieldName('body');
        const statements = body ? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(body) : [];
        const docstring = docstringOf(statements);
        const stmts = [];
        this.statements(statements, stmts);
        const pos = this.pos(n.childForFieldName('name') ?? n);
        if (n.type === 'class_definition') {
            const bases = [];
            const keywords = [];
            const supers = n.childForFieldName('superclasses');
            if (supers) {
                const call = this.callArguments(supers);
                bases.push(...call.args);
                keywords.push(...call.kwargs);
            }
            out.push({ kind: 'class', name, bases, keywords, decorators, docstring, body: stmts, ...pos });
            return;
        }
        const isAsync = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(n).some((c) => c.type === 'async');
        const paramsNode = n.childForFieldName('parameters');
        out.push({
            kind: 'def',
            name,
            async: isAsync,
            decorators,
            params: paramsNode ? this.parameters(paramsNode) : [],
            docstring,
            body: stmts,
            ...pos,
        });
    }
    parameters(n) {
        const params = [];
        let kind = 'normal';
        for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)) {
            switch (c.type) {
                case 'positional_separator':
                    for (const p of params)
                        if (p.kind === 'normal')
                            p.kind = 'posonly';
                    continue;
                case 'keyword_separator':
                    kind = 'kwonly';
                    continue;
                case 'comment':
                    continue;
            }
            let nameNode = c.type === 'identifier' ? c : c.childForFieldName('name') ?? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(c)[0];
            let paramKind = kind;
            if (nameNode?.type === 'list_splat_pattern' || c.type === 'list_splat_pattern') {
                paramKind = 'vararg';
                kind = 'kwonly';
                nameNode = (c.type === 'list_splat_pattern' ? c : nameNode).namedChildren[0];
            }
            else if (nameNode?.type === 'dictionary_splat_pattern' || c.type === 'dictionary_splat_pattern') {
                paramKind = 'varkw';
                nameNode = (c.type === 'dictionary_splat_pattern' ? c : nameNode).namedChildren[0];
            }
            if (!nameNode)
                continue;
            const param = { name: nameNode.text, kind: paramKind, ...this.pos(nameNode) };
            const type = c.childForFieldName('type');
            if (type)
                param.annotation = this.expr(type);
            const value = c.childForFieldName('value');
            if (value)
                param.default = this.expr(value);
            params.push(param);
        }
        return params;
    }
    // --- expressions ------------------------------------------------------------
    expr(n, depth = 0) {
        if (depth > MAX_DEPTH)
            throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K('expression nested too deeply', this.pos(n).line, this.pos(n).col);
        const e = this.exprKind(n, depth + 1);
        if (!e.pos)
            e.pos = this.pos(n);
        return e;
    }
    exprKind(n, depth) {
        const sub = (c) => this.expr(c, depth);
        const items = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).filter((c) => c.type !== 'comment');
        switch (n.type) {
            case 'identifier':
                return { k: 'name', id: n.text };
            case 'true':
                return { k: 'bool', value: true };
            case 'false':
                return { k: 'bool', value: false };
            case 'none':
                return { k: 'none' };
            case 'ellipsis':
                return { k: 'ellipsis' };
            case 'integer':
            case 'float':
                return numberLiteral(n.text);
            case 'string':
            case 'concatenated_string':
                return this.string(n);
            case 'attribute':
                return { k: 'attr', value: sub(n.childForFieldName('object')), attr: n.childForFieldName('attribute').text };
            case 'subscript': {
                const indexes = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(n, 'subscript');
                const trailingComma = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(n).some((c, i) => c.type === ',' && (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(n)[i + 1]?.type === ']');
                const index = indexes.length === 1 && !trailingComma ? sub(indexes[0]) : { k: 'tuple', elts: indexes.map(sub) };
                return { k: 'subscript', value: sub(n.childForFieldName('value')), index };
            }
            case 'call': {
                const args = n.childForFieldName('arguments');
                if (args.type !== 'argument_list')
                    return { k: 'call', func: sub(n.childForFieldName('function')), args: [opaque(args)], kwargs: [] };
                return { k: 'call', func: sub(n.childForFieldName('function')), ...this.callArguments(args, depth) };
            }
            case 'unary_operator':
                return { k: 'unary', op: n.childForFieldName('operator').text, operand: sub(n.childForFieldName('argument')) };
            case 'not_operator':
                return { k: 'unary', op: 'not', operand: sub(n.childForFieldName('argument')) };
            case 'binary_operator': {
                // `a + b + c ...` nests to the left, thousands deep in generated code: walk the spine without recursion.
                const spine = [];
                let left = n;
                while (left.type === 'binary_operator') {
                    spine.push(left);
                    left = left.childForFieldName('left');
                }
                let e = sub(left);
                for (const b of spine.reverse())
                    e = { k: 'binop', op: b.childForFieldName('operator').text, left: e, right: sub(b.childForFieldName('right')), pos: this.pos(b) };
                return e;
            }
            case 'parenthesized_expression':
                return items.length === 1 && items[0].type !== 'yield' ? sub(items[0]) : opaque(n);
            case 'tuple':
            case 'expression_list':
                return { k: 'tuple', elts: items.map(sub) };
            case 'list':
                return { k: 'list', elts: items.map(sub) };
            case 'set':
                return { k: 'set', elts: items.map(sub) };
            case 'dictionary': {
                if (items.some((c) => c.type !== 'pair'))
                    return opaque(n);
                return { k: 'dict', keys: items.map((p) => sub(p.childForFieldName('key'))), values: items.map((p) => sub(p.childForFieldName('value'))) };
            }
            // Annotations: tree-sitter's type forms.
            case 'type':
                return items.length === 1 ? sub(items[0]) : opaque(n);
            case 'generic_type': {
                const params = items[1]?.type === 'type_parameter' ? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(items[1]).filter((c) => c.type !== 'comment') : [];
                const index = params.length === 1 ? sub(params[0]) : { k: 'tuple', elts: params.map(sub) };
                return { k: 'subscript', value: sub(items[0]), index };
            }
            case 'union_type':
                return { k: 'binop', op: '|', left: sub(items[0]), right: sub(items[1]) };
            case 'member_type':
                return { k: 'attr', value: sub(items[0]), attr: items[1].text };
            default:
                return opaque(n);
        }
    }
    callArguments(n, depth = 0) {
        const args = [];
        const kwargs = [];
        for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)) {
            if (c.type === 'comment')
                continue;
            if (c.type === 'keyword_argument')
                kwargs.push({ name: c.childForFieldName('name').text, value: this.expr(c.childForFieldName('value'), depth) });
            else if (c.type === 'dictionary_splat')
                kwargs.push({ name: null, value: this.expr((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(c)[0], depth) });
            else if (c.type === 'list_splat')
                args.push(opaque(c));
            else
                args.push(this.expr(c, depth));
        }
        return { args, kwargs };
    }
    string(n) {
        const parts = n.type === 'concatenated_string' ? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).filter((c) => c.type === 'string') : [n];
        let value = '';
        let bytes = false;
        let fstring = false;
        for (const p of parts) {
            const fields = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(p).some((c) => c.type === 'interpolation');
            const lit = (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStringLiteral */ .l)(p.text, fields);
            value += lit.value;
            bytes = lit.bytes;
            fstring ||= lit.fstring;
        }
        return { k: 'str', value, bytes, fstring };
    }
}
function opaque(n) {
    return { k: 'opaque', text: n.type };
}
/** The statements of a compound statement's (or clause's) block. */
function blockOf(n) {
    const block = n.childForFieldName('body') ?? n.childForFieldName('consequence') ?? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).find((c) => c.type === 'block');
    return block ? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(block) : [];
}
function docstringOf(statements) {
    const first = statements.find((s) => s.type !== 'comment');
    if (first?.type !== 'expression_statement' || first.namedChildCount !== 1)
        return undefined;
    const e = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(first)[0];
    if (e.type !== 'string' && e.type !== 'concatenated_string')
        return undefined;
    const parts = e.type === 'concatenated_string' ? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(e).filter((c) => c.type === 'string') : [e];
    let value = '';
    for (const p of parts) {
        const lit = (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStringLiteral */ .l)(p.text, (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(p).some((c) => c.type === 'interpolation'));
        if (lit.bytes || lit.fstring || /^[a-z]*f/i.test(p.text))
            return undefined;
        value += lit.value;
    }
    return value;
}
/** `a.b as c` in an import: the dotted name and its alias. */
function importName(n, text) {
    if (n.type === 'aliased_import')
        return { name: text(n.childForFieldName('name')).replace(/\s+/g, ''), asname: n.childForFieldName('alias')?.text };
    return { name: text(n).replace(/\s+/g, '') };
}
function numberLiteral(text) {
    const clean = text.replace(/_/g, '');
    if (/[jJ]$/.test(clean))
        return { k: 'num', value: Number(clean.slice(0, -1)), int: false, complex: true };
    if (/^0[xXoObB]/.test(clean))
        return { k: 'num', value: Number(clean), int: true, complex: false };
    const isInt = /^[0-9]+$/.test(clean);
    return { k: 'num', value: Number(clean), int: isInt, complex: false };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6891:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ named),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   aw: () => (/* binding */ kids),
/* harmony export */   cZ: () => (/* binding */ parseTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The Python grammar: tree-sitter's Python grammar (PEP 695 generics and `type`
 * statements, PEP 701 f-strings), loaded once when this module is imported.
 *
 * The bundles ship web-tree-sitter's ESM build and both WebAssembly files beside
 * them (`npm run bundle` copies them) and import it at run time: bundled, its
 * `await import('module')` loses `createRequire`. From src/, the installed packages.
 */




const here = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
function asset(name, installed) {
    const beside = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, name);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : installed();
}
const runtime = asset('tree-sitter.js', () => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(require.resolve('web-tree-sitter')), 'tree-sitter.js'));
const ts = (await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(runtime).href));
await ts.Parser.init({ wasmBinary: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(asset('tree-sitter.wasm', () => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(runtime), 'tree-sitter.wasm'))) });
const language = await ts.Language.load((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(asset('tree-sitter-python.wasm', () => require.resolve('tree-sitter-python/tree-sitter-python.wasm'))));
const parser = new ts.Parser();
parser.setLanguage(language);
/** Parses a whole module; the caller deletes the tree when done with it. */
function parseTree(source) {
    const tree = parser.parse(source);
    if (!tree)
        throw new Error('the Python parser returned no tree');
    return tree;
}
/** A node's named children (web-tree-sitter types them as possibly null). */
function named(n) {
    return n.namedChildren.filter((c) => c !== null);
}
/** All children, tokens included. */
function kids(n) {
    return n.children.filter((c) => c !== null);
}
/** The children in a field (`name` of an import may repeat). */
function fields(n, field) {
    return n.childrenForFieldName(field).filter((c) => c !== null);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5661:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ FlowReader)
/* harmony export */ });
/* unused harmony export MAX_SOURCE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7749);
/* harmony import */ var _decorators_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8963);
/* harmony import */ var _docstring_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5438);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9134);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8434);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(1837);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3450);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(5540);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(7968);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(8992);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_parse_js__WEBPACK_IMPORTED_MODULE_5__, _schema_js__WEBPACK_IMPORTED_MODULE_8__]);
([_parse_js__WEBPACK_IMPORTED_MODULE_5__, _schema_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * Reads a flow from its entrypoint without Python: the flow name and description
 * Prefect computes, and its parameter schema. Each file is read and parsed once.
 *
 * Files are read only when they are regular files of at most MAX_SOURCE_BYTES
 * whose real path (symlinks resolved) is inside the repository's real path.
 */












/** Flow files and block scripts larger than this are refused (real flow modules are a few KB). */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];
class FlowReader {
    root;
    modules = new Map();
    results = new Map();
    /** Module lookups by (level, name, importing folder): each probes the disk once. */
    moduleFiles = new Map();
    realRoot;
    constructor(root) {
        this.root = root;
        this.realRoot = realOrSelf(root);
    }
    read(entrypoint) {
        let result = this.results.get(entrypoint);
        if (!result) {
            result = this.readUncached(entrypoint);
            this.results.set(entrypoint, result);
        }
        return result;
    }
    readUncached(entrypoint) {
        const located = this.locate(entrypoint);
        if ('message' in located)
            return { ok: false, message: located.message };
        const { file, functionName } = located;
        const rel = this.relative(file);
        const loaded = this.load(file);
        if ('message' in loaded)
            return { ok: false, message: loaded.message };
        const scope = loaded.scope;
        const sym = scope.lookup(functionName);
        const defs = scope.module.body.filter((s) => s.kind === 'def');
        let flow;
        if (sym.kind === 'function')
            flow = (0,_decorators_js__WEBPACK_IMPORTED_MODULE_3__/* .flowOfDefinition */ .NM)(sym.def, sym.scope);
        else if (sym.kind === 'value')
            flow = (0,_decorators_js__WEBPACK_IMPORTED_MODULE_3__/* .flowOfValue */ .t8)(sym.expr, sym.scope);
        else {
            const flows = defs.filter((d) => 'fn' in (0,_decorators_js__WEBPACK_IMPORTED_MODULE_3__/* .flowOfDefinition */ .NM)(d, scope)).map((d) => d.name);
            const hint = (0,_text_js__WEBPACK_IMPORTED_MODULE_11__/* .closest */ .k)(functionName, defs.map((d) => d.name));
            const suggestion = hint ? ` (did you mean '${hint}'?)` : flows.length ? ` (flows in it: ${flows.join(', ')})` : '';
            const what = sym.kind === 'class' ? `'${functionName}' in ${rel} is a class, not a flow` : `function '${functionName}' not found in ${rel}`;
            return { ok: false, message: `${what}${suggestion}` };
        }
        if ('why' in flow) {
            const what = sym.kind === 'function' ? `function '${functionName}' in ${rel}:${sym.def.line}` : `'${functionName}' in ${rel}`;
            return { ok: false, message: `${what} ${flow.why}` };
        }
        return this.describe(flow, rel, functionName);
    }
    describe(flow, rel, functionName) {
        const fn = flow.fn;
        let name = fn.name.replace(/_/g, '-');
        let description = fn.docstring === undefined ? null : (0,_docstring_js__WEBPACK_IMPORTED_MODULE_4__/* .cleandoc */ .M)(fn.docstring) || null;
        const notes = [];
        for (const o of flow.options) {
            if (o.name !== 'name' && o.name !== 'description')
                continue;
            const { expr, scope } = (0,_decorators_js__WEBPACK_IMPORTED_MODULE_3__/* .optionExpr */ .hd)(o);
            const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateJson */ .QJ)(expr, scope);
            if (o.name === 'name') {
                if (v === null)
                    continue;
                if (typeof v !== 'string') {
                    return { ok: false, message: `the flow name of '${functionName}' in ${rel}:${fn.line} is computed at import time and cannot be read; use a string literal in @flow(name=...)` };
                }
                if (v)
                    name = v;
            }
            else if (typeof v === 'string') {
                if (v)
                    description = v;
            }
            else if (v !== null) {
                notes.push({ param: '', message: `the description of flow '${name}' is computed at import time; it is registered as the docstring's` });
            }
        }
        const banned = BANNED_NAME_CHARACTERS.filter((c) => name.includes(c));
        if (banned.length) {
            return { ok: false, message: `flow name '${name}' (${rel}:${fn.line}) contains ${banned.map((c) => `'${c}'`).join(', ')}; Prefect rejects names with any of / % & > <` };
        }
        let schema;
        try {
            schema = (0,_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .parameterSchema */ .R)(fn, flow.scope);
        }
        catch (e) {
            if (!(e instanceof _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .PythonSyntaxError */ .K))
                throw e;
            return { ok: false, message: `${this.relative(e.file ?? flow.scope.file)}:${e.line}:${e.col}: ${e.message}` };
        }
        notes.push(...this.fallbackNotes(flow, schema.schema, rel));
        return {
            ok: true,
            flow: {
                name,
                description,
                parameterSchema: schema.schema,
                notes: [...notes, ...schema.notes],
                acceptsAnyParameter: fn.params.some((p) => p.kind === 'varkw'),
                file: rel,
                functionName,
            },
        };
    }
    /** Where Prefect's reading differs when the flow's dependencies are not installed (see environment.ts). */
    fallbackNotes(flow, schema, rel) {
        const reading = (0,_environment_js__WEBPACK_IMPORTED_MODULE_10__/* .fallbackReading */ .du)(flow.scope, (m, l, f) => this.loadModule(m, l, f));
        if (!reading)
            return [];
        const where = `where only Prefect is installed (${rel} imports ${reading.missing.slice(0, 3).join(', ')}), \`prefect deploy\` reads this flow from source and`;
        const unbound = (e) => (0,_environment_js__WEBPACK_IMPORTED_MODULE_10__/* .names */ .Dy)(e).filter((n) => !reading.bound.has(n));
        // A string annotation is evaluated too (`inspect.signature(eval_str=True)`).
        const unboundAnnotation = (e) => unbound(e?.k === 'str' && !e.fstring ? safeParse(e.value) : e);
        const decorator = flow.fn.decorators.flatMap((d) => unbound(d));
        if (decorator.length)
            return [{ param: '', message: `${where} cannot load it (${decorator.join(', ')} is not defined there)` }];
        const out = [];
        for (const p of flow.fn.params) {
            const prop = schema.properties[p.name];
            if (!prop)
                continue;
            const typed = Object.keys(prop).some((k) => !['title', 'position', 'default', 'description'].includes(k));
            const missing = unboundAnnotation(p.annotation);
            if (typed && missing.length)
                out.push({ param: p.name, message: `${where} registers '${p.name}' without its type (${missing.join(', ')} is not defined there)` });
            if (p.default && unbound(p.default).length && prop.default !== null)
                out.push({ param: p.name, message: `${where} registers '${p.name}' with the default null` });
        }
        return out;
    }
    /** Why a script path (relative to the root, like `infrastructure/ecs-task-dev.py`) cannot be run, if it cannot. */
    scriptError(script) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, script);
        if (!isInside(this.root, file))
            return `block script '${script}' points outside the repository`;
        if (!script.endsWith('.py'))
            return `block script '${script}' is not a Python file (.py)`;
        const problem = this.readError(file);
        return problem ? `block script '${script}' ${problem}` : undefined;
    }
    /**
     * Prefect's forms (`load_flow_from_entrypoint`): `path/to/file.py:function`, and
     * modules found from the root: `package.module:function`, `package.module.function`.
     */
    locate(entrypoint) {
        const colon = entrypoint.lastIndexOf(':');
        const [target, functionName] = colon >= 0 ? [entrypoint.slice(0, colon), entrypoint.slice(colon + 1)] : [entrypoint.slice(0, entrypoint.lastIndexOf('.')), entrypoint.slice(entrypoint.lastIndexOf('.') + 1)];
        if (functionName.includes('.')) {
            return { message: `entrypoint '${entrypoint}' names a method ('${functionName}'); this reader reads flows defined at module level` };
        }
        if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(functionName) || !target || (colon < 0 && functionName === 'py')) {
            return { message: `entrypoint '${entrypoint}' must be 'path/to/file.py:function', 'package.module:function' or 'package.module.function'` };
        }
        if (entrypoint.includes('.py:')) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, target);
            if (!isInside(this.root, file))
                return { message: `entrypoint '${entrypoint}' points outside the repository` };
            const problem = this.readError(file);
            if (problem)
                return { message: `entrypoint file ${target} ${problem}` };
            return { file, functionName };
        }
        if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(target)) {
            return { message: `entrypoint '${entrypoint}': '${target}' is neither a .py file nor a module name (Prefect imports it as a module)` };
        }
        const file = this.moduleFile(target, 0, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, '__main__.py'));
        if (!file)
            return { message: `module '${target}' of entrypoint '${entrypoint}' not found in the repository` };
        return { file, functionName };
    }
    relative(file) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.root, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    }
    /** Why a file cannot be read as source, or undefined. */
    readError(file) {
        let st;
        let real;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
        }
        catch {
            return 'does not exist';
        }
        if (!st.isFile())
            return `is not a regular file (${st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'a special file'})`;
        if (!isInside(this.realRoot, real))
            return 'is a link to a file outside the repository';
        if (st.size > MAX_SOURCE_BYTES)
            return `is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB (${(st.size / 1024 / 1024).toFixed(1)} MB); flow sources are read whole`;
        return undefined;
    }
    load(file) {
        let loaded = this.modules.get(file);
        if (!loaded) {
            loaded = this.loadUncached(file);
            this.modules.set(file, loaded);
        }
        return loaded;
    }
    loadUncached(file) {
        const rel = this.relative(file);
        const problem = this.readError(file);
        if (problem)
            return { message: `${rel} ${problem}` };
        let bytes;
        try {
            bytes = readRegularFile(file);
        }
        catch (e) {
            return { message: `${rel} cannot be read: ${e.message}` };
        }
        try {
            const module = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseModule */ .F)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .decodeSource */ .E)(bytes));
            return { scope: new _scope_js__WEBPACK_IMPORTED_MODULE_7__/* .Scope */ .H(module, file, (name, level, from) => this.loadModule(name, level, from)) };
        }
        catch (e) {
            if (!(e instanceof _ast_js__WEBPACK_IMPORTED_MODULE_2__/* .PythonSyntaxError */ .K))
                throw e;
            return { message: `${rel}:${e.line}:${e.col}: Python syntax error: ${e.message}` };
        }
    }
    loadModule(name, level, fromFile) {
        const file = level === -1 ? name : this.moduleFile(name, level, fromFile);
        if (!file)
            return undefined;
        const loaded = this.load(file);
        return 'scope' in loaded ? loaded.scope : undefined;
    }
    /** Where Python would find a module of the repository: relative imports, the script's folder, the root. */
    moduleFile(name, level, fromFile) {
        const key = `${level}|${name}|${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(fromFile)}`;
        if (!this.moduleFiles.has(key))
            this.moduleFiles.set(key, this.findModuleFile(name, level, fromFile));
        return this.moduleFiles.get(key);
    }
    findModuleFile(name, level, fromFile) {
        const parts = name ? name.split('.') : [];
        const bases = [];
        if (level > 0) {
            let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(fromFile);
            for (let i = 1; i < level; i++)
                dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
            bases.push(dir);
        }
        else {
            bases.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(fromFile), this.root);
        }
        for (const base of bases) {
            const stem = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, ...parts);
            if (!isInside(this.root, stem))
                continue;
            for (const candidate of [`${stem}.py`, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(stem, '__init__.py')])
                if (exists(candidate))
                    return candidate;
        }
        return undefined;
    }
}
/** Reads a file that must stay a regular file while it is opened (no FIFO can block the read). */
function readRegularFile(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile() || st.size > MAX_SOURCE_BYTES)
            throw new Error('it changed while being read');
        const buffer = Buffer.alloc(st.size);
        let offset = 0;
        while (offset < st.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, offset, st.size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return buffer.subarray(0, offset);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** A module candidate: anything but a directory (a special file is found, then refused when read). */
function safeParse(text) {
    try {
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExpression */ .Y)(text, { line: 1, col: 1 });
    }
    catch {
        return undefined;
    }
}
function exists(p) {
    try {
        return !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function realOrSelf(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    }
}
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3450:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parameterSchema)
/* harmony export */ });
/* unused harmony export pyTitle */
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7749);
/* harmony import */ var _docstring_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5438);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8434);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9134);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_parse_js__WEBPACK_IMPORTED_MODULE_3__]);
_parse_js__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * The parameter schema Prefect computes for a flow (`parameter_schema(fn)`: a
 * pydantic v2 model of the signature, JSON schema with `#/definitions/` refs),
 * produced from the source alone. Annotations Prefect could not evaluate either
 * (names from packages outside the repository) become `{}`, as in Prefect.
 * Everything this reader cannot reproduce exactly is a note naming the parameter.
 */




/** Types whose schema this reader cannot reproduce exactly; they become `{}` with a warning. */
class Unsupported extends Error {
}
/**
 * A name Python could not evaluate either (from a package outside the repository):
 * Prefect then drops the whole annotation, so the parameter's schema is `{}`.
 */
class Unevaluable extends Error {
}
class Context {
    notes;
    definitions = {};
    building = new Set();
    constructor(notes) {
        this.notes = notes;
    }
    /** Adds a class's definition once and returns its `$ref`. */
    ref(def, build) {
        const name = def.name;
        if (!this.definitions[name] && !this.building.has(name)) {
            this.building.add(name);
            this.definitions[name] = build();
            this.building.delete(name);
        }
        return { $ref: `#/definitions/${name}` };
    }
}
/** The pydantic constraint keywords and their JSON schema keys, by the kind of schema they apply to. */
const NUMERIC = { ge: 'minimum', gt: 'exclusiveMinimum', le: 'maximum', lt: 'exclusiveMaximum', multiple_of: 'multipleOf' };
const LENGTH = {
    string: { min_length: 'minLength', max_length: 'maxLength', pattern: 'pattern' },
    array: { min_length: 'minItems', max_length: 'maxItems' },
    object: { min_length: 'minProperties', max_length: 'maxProperties' },
};
/** Every keyword pydantic's Field() takes (any other one goes into the schema as is). */
const FIELD_PARAMETERS = new Set([
    'default', 'default_factory', 'alias', 'alias_priority', 'validation_alias', 'serialization_alias', 'title', 'title_generator',
    'field_title_generator', 'description', 'examples', 'exclude', 'exclude_if', 'discriminator', 'deprecated', 'json_schema_extra',
    'frozen', 'validate_default', 'repr', 'init', 'init_var', 'kw_only', 'pattern', 'strict', 'coerce_numbers_to_str', 'gt', 'ge', 'lt',
    'le', 'multiple_of', 'allow_inf_nan', 'max_digits', 'decimal_places', 'min_length', 'max_length', 'union_mode', 'fail_fast',
    'hash', 'compare', 'metadata',
]);
const CONSTRAINTS = new Set([...Object.keys(NUMERIC), 'min_length', 'max_length', 'pattern']);
/** Field options that change nothing in the JSON schema. */
const NO_SCHEMA_EFFECT = new Set(['repr', 'init', 'init_var', 'kw_only', 'compare', 'hash', 'exclude', 'frozen', 'validate_default', 'strict', 'coerce_numbers_to_str', 'fail_fast', 'metadata', 'serialization_alias', 'union_mode', 'allow_inf_nan', 'discriminator']);
function parameterSchema(fn, scope) {
    const notes = [];
    const ctx = new Context(notes);
    const docs = (0,_docstring_js__WEBPACK_IMPORTED_MODULE_1__/* .parameterDocs */ .n)(fn.docstring === undefined ? undefined : (0,_docstring_js__WEBPACK_IMPORTED_MODULE_1__/* .cleandoc */ .M)(fn.docstring));
    const properties = {};
    const required = [];
    fn.params.forEach((param, position) => {
        if (param.name === 'self' || param.name === 'cls')
            return;
        const note = (message) => notes.push({ param: param.name, message });
        let description = docs[param.name];
        let hasDefault = param.default !== undefined;
        let def = _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
        let extra = {};
        if (param.default) {
            def = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(param.default, scope);
            // A Field default: Prefect keeps its default, description and json_schema_extra only.
            if (def instanceof _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldInfo */ .ph) {
                const field = def;
                if (typeof field.options.description === 'string')
                    description = field.options.description;
                const schemaExtra = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(field.options.json_schema_extra ?? null, () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
                if (schemaExtra !== null && schemaExtra !== _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV && typeof schemaExtra === 'object' && !Array.isArray(schemaExtra))
                    extra = schemaExtra;
                hasDefault = field.default_ !== _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .REQUIRED */ .mw && field.factory === undefined;
                def = field.factory === undefined ? field.default_ : _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
            }
        }
        let json = _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
        if (hasDefault) {
            json = defaultJson(def, ctx, (what) => note(`the default of '${param.name}' is ${what}, which Prefect computes when it deploys; it is registered as computed now`));
            if (json === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                note(`the default of '${param.name}' is computed when the module is imported; it is registered without a default value`);
        }
        let typeSchema;
        const definitionsBefore = new Set(Object.keys(ctx.definitions));
        try {
            typeSchema = param.annotation ? annotationSchema(param.annotation, scope, ctx, 0) : {};
        }
        catch (e) {
            if (e instanceof _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K)
                throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(e.message.replace(/^the string annotation "[^]*?" is/, `the string annotation of '${param.name}' is`), e.line, e.col, e.file);
            if (!(e instanceof Unevaluable || e instanceof Unsupported))
                throw e;
            if (e instanceof Unsupported)
                note(`the type of '${param.name}' (${e.message}) is not read statically; its schema accepts any value`);
            for (const name of Object.keys(ctx.definitions))
                if (!definitionsBefore.has(name))
                    delete ctx.definitions[name];
            typeSchema = {};
        }
        // Prefect's Field: the title, then json_schema_extra over it, with the position unless it gives one.
        const prop = { ...typeSchema, title: param.name, position, ...extra };
        if (description !== undefined)
            prop.description = description;
        else
            delete prop.description;
        if (hasDefault && json !== _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
            prop.default = json;
        properties[param.name] = prop;
        if (!hasDefault)
            required.push(param.name);
    });
    const schema = { title: 'Parameters', type: 'object', properties };
    if (required.length)
        schema.required = required;
    if (Object.keys(ctx.definitions).length)
        schema.definitions = ctx.definitions;
    return { schema, notes };
}
/** A default as pydantic serializes it; model and dataclass instances become their fields. */
function defaultJson(v, ctx, onDeployTime) {
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(v, (i) => instanceJson(i, ctx, onDeployTime), onDeployTime);
}
function instanceJson(i, ctx, onDeployTime) {
    const kind = classKind(i.cls, i.scope, new Set());
    if (kind !== 'model' && kind !== 'dataclass')
        return _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
    let fields;
    try {
        fields = modelFields(i.cls, i.scope, new Set());
    }
    catch {
        return _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
    }
    const names = [...fields.keys()];
    if (kind === 'model' && i.args.length)
        return _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
    const out = {};
    for (const [index, name] of names.entries()) {
        const field = fields.get(name);
        const given = index < i.args.length ? i.args[index] : i.kwargs.has(name) ? i.kwargs.get(name) : field.alias !== undefined ? i.kwargs.get(field.alias) : undefined;
        let value;
        if (given !== undefined)
            value = given;
        else if (field.factory !== undefined)
            value = field.factory instanceof _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .Factory */ .$7 ? field.factory.make() : _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
        else if (field.hasDefault)
            value = field.default;
        else
            return _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
        const j = defaultJson(value, ctx, onDeployTime);
        if (j === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
            return _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV;
        out[name] = j;
    }
    return out;
}
const FORMATS = {
    'datetime.datetime': { type: 'string', format: 'date-time' },
    'datetime.date': { type: 'string', format: 'date' },
    'datetime.time': { type: 'string', format: 'time' },
    'datetime.timedelta': { type: 'string', format: 'duration' },
    'uuid.UUID': { type: 'string', format: 'uuid' },
    'pathlib.Path': { type: 'string', format: 'path' },
    'pathlib.PurePath': { type: 'string', format: 'path' },
    'pathlib.PosixPath': { type: 'string', format: 'path' },
    'decimal.Decimal': { anyOf: [{ type: 'number' }, { type: 'string' }] },
    'ipaddress.IPv4Address': { type: 'string', format: 'ipv4' },
    'ipaddress.IPv6Address': { type: 'string', format: 'ipv6' },
    'ipaddress.IPv4Network': { type: 'string', format: 'ipv4network' },
    'ipaddress.IPv6Network': { type: 'string', format: 'ipv6network' },
    'ipaddress.IPv4Interface': { type: 'string', format: 'ipv4interface' },
    'ipaddress.IPv6Interface': { type: 'string', format: 'ipv6interface' },
    're.Pattern': { type: 'string', format: 'regex' },
    'typing.Pattern': { type: 'string', format: 'regex' },
    'builtins.int': { type: 'integer' },
    'builtins.float': { type: 'number' },
    'builtins.str': { type: 'string' },
    'builtins.bool': { type: 'boolean' },
    'builtins.bytes': { type: 'string', format: 'binary' },
    'builtins.complex': { type: 'string' },
    'builtins.object': {},
    'builtins.bytearray': {},
    'typing.Any': {},
    'typing.Hashable': {},
    'builtins.callable': {},
    'typing.Type': {},
    'builtins.type': {},
    // pydantic's types (the schemas Prefect 3.8.8's pydantic gives them).
    'pydantic.SecretStr': { type: 'string', format: 'password', writeOnly: true },
    'pydantic.SecretBytes': { type: 'string', format: 'password', writeOnly: true },
    'pydantic.HttpUrl': { type: 'string', format: 'uri', minLength: 1, maxLength: 2083 },
    'pydantic.AnyUrl': { type: 'string', format: 'uri', minLength: 1 },
    'pydantic.AnyHttpUrl': { type: 'string', format: 'uri', minLength: 1 },
    'pydantic.FileUrl': { type: 'string', format: 'uri', minLength: 1 },
    'pydantic.RedisDsn': { type: 'string', format: 'uri', minLength: 1 },
    'pydantic.PostgresDsn': { type: 'string', format: 'multi-host-uri', minLength: 1 },
    'pydantic.PositiveInt': { type: 'integer', exclusiveMinimum: 0 },
    'pydantic.NegativeInt': { type: 'integer', exclusiveMaximum: 0 },
    'pydantic.NonNegativeInt': { type: 'integer', minimum: 0 },
    'pydantic.NonPositiveInt': { type: 'integer', maximum: 0 },
    'pydantic.PositiveFloat': { type: 'number', exclusiveMinimum: 0 },
    'pydantic.NegativeFloat': { type: 'number', exclusiveMaximum: 0 },
    'pydantic.NonNegativeFloat': { type: 'number', minimum: 0 },
    'pydantic.NonPositiveFloat': { type: 'number', maximum: 0 },
    'pydantic.FiniteFloat': { type: 'number' },
    'pydantic.StrictInt': { type: 'integer' },
    'pydantic.StrictStr': { type: 'string' },
    'pydantic.StrictBool': { type: 'boolean' },
    'pydantic.StrictFloat': { type: 'number' },
    'pydantic.StrictBytes': { type: 'string', format: 'binary' },
    'pydantic.FilePath': { type: 'string', format: 'file-path' },
    'pydantic.DirectoryPath': { type: 'string', format: 'directory-path' },
    'pydantic.NewPath': { type: 'string', format: 'path' },
    'pydantic.UUID1': { type: 'string', format: 'uuid1' },
    'pydantic.UUID3': { type: 'string', format: 'uuid3' },
    'pydantic.UUID4': { type: 'string', format: 'uuid4' },
    'pydantic.UUID5': { type: 'string', format: 'uuid5' },
    'pydantic.PastDate': { type: 'string', format: 'date' },
    'pydantic.FutureDate': { type: 'string', format: 'date' },
    'pydantic.AwareDatetime': { type: 'string', format: 'date-time' },
    'pydantic.NaiveDatetime': { type: 'string', format: 'date-time' },
    'pydantic.PastDatetime': { type: 'string', format: 'date-time' },
    'pydantic.FutureDatetime': { type: 'string', format: 'date-time' },
    'pydantic.IPvAnyAddress': { type: 'string', format: 'ipvanyaddress' },
    'pydantic.IPvAnyInterface': { type: 'string', format: 'ipvanyinterface' },
    'pydantic.IPvAnyNetwork': { type: 'string', format: 'ipvanynetwork' },
    'pydantic.Base64Str': { type: 'string', format: 'base64' },
    'pydantic.Base64Bytes': { type: 'string', format: 'base64' },
    'pydantic.ImportString': { type: 'string' },
    // prefect.types
    'prefect.types.DateTime': { type: 'string', format: 'date-time' },
    'prefect.types.Date': { type: 'string', format: 'date' },
    'prefect.types.Interval': { type: 'string', format: 'duration' },
    'prefect.types.PositiveInterval': { type: 'string', format: 'duration' },
    'prefect.types.NonNegativeTimeDelta': { type: 'string', format: 'duration' },
    'prefect.types.NonNegativeInteger': { type: 'integer', minimum: 0 },
    'prefect.types.PositiveInteger': { type: 'integer', exclusiveMinimum: 0 },
    'prefect.types.NonNegativeFloat': { type: 'number', minimum: 0 },
    'prefect.types.Name': { type: 'string', pattern: '^[^/%&><]+$' },
    'prefect.types.NameOrEmpty': { type: 'string', pattern: '^[^/%&><]*$' },
    'prefect.types.NonEmptyishName': { type: 'string', pattern: '^[^/%&><]+$' },
    'prefect.types.LogLevel': { type: 'string', enum: ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] },
    'prefect.types.KeyValueLabels': { type: 'object', additionalProperties: { anyOf: [{ type: 'boolean' }, { type: 'integer' }, { type: 'number' }, { type: 'string' }] } },
    'prefect.types.SecretDict': { type: 'object', additionalProperties: true },
    'prefect.types.LaxUrl': { type: 'string' },
    'prefect.types.ListOfNonEmptyStrings': { type: 'array', items: { type: 'string' } },
};
const LIST_LIKE = {
    'builtins.list': { type: 'array' },
    'typing.List': { type: 'array' },
    'typing.Sequence': { type: 'array' },
    'typing.MutableSequence': { type: 'array' },
    'typing.Iterable': { type: 'array' },
    'typing.Collection': { type: 'array' },
    'typing.Deque': { type: 'array' },
    'collections.deque': { type: 'array' },
    'builtins.set': { type: 'array', uniqueItems: true },
    'typing.Set': { type: 'array', uniqueItems: true },
    'typing.MutableSet': { type: 'array', uniqueItems: true },
    'typing.AbstractSet': { type: 'array', uniqueItems: true },
    'builtins.frozenset': { type: 'array', uniqueItems: true },
    'typing.FrozenSet': { type: 'array', uniqueItems: true },
};
const DICT_LIKE = new Set(['builtins.dict', 'typing.Dict', 'typing.Mapping', 'typing.MutableMapping', 'typing.OrderedDict', 'typing.DefaultDict', 'collections.OrderedDict', 'collections.defaultdict']);
const TUPLE_LIKE = new Set(['builtins.tuple', 'typing.Tuple']);
const ANNOTATED = new Set(['typing.Annotated']);
const CONSTRAINED = { 'pydantic.conint': { type: 'integer' }, 'pydantic.confloat': { type: 'number' }, 'pydantic.constr': { type: 'string' } };
/** Qualified names that are external but whose module Prefect would fail to import are unknown. */
const KNOWN_MODULES = ['builtins', 'typing', 'typing_extensions', 'datetime', 'uuid', 'pathlib', 'enum', 'pydantic', 'collections', 'decimal', 'dataclasses', 'ipaddress', 're', 'prefect', 'annotated_types'];
function annotationSchema(e, scope, ctx, depth) {
    if (depth > 30)
        throw new Unsupported('deeply nested');
    const sub = (x) => annotationSchema(x, scope, ctx, depth + 1);
    switch (e.k) {
        case 'none':
            return { type: 'null' };
        case 'str': {
            // A string annotation is a forward reference: evaluate it like Python would.
            if (e.bytes || e.fstring)
                throw new Unsupported('string annotation');
            return sub(parseAnnotationString(e, scope));
        }
        case 'binop':
            if (e.op === '|')
                return union([e.left, e.right].flatMap(flattenOr), scope, ctx, depth);
            throw new Unsupported(`operator ${e.op}`);
        case 'subscript':
            return generic(e, scope, ctx, depth);
        case 'call':
            return constrainedType(e, scope);
        case 'name':
        case 'attr': {
            const sym = scope.resolve(e);
            if (sym.kind === 'class')
                return classSchema(sym.def, sym.scope, ctx);
            if (sym.kind === 'external') {
                const q = normalize(sym.qualname);
                if (q in FORMATS)
                    return structuredClone(FORMATS[q]);
                if (q in LIST_LIKE)
                    return { ...LIST_LIKE[q], items: {} };
                if (DICT_LIKE.has(q))
                    return { type: 'object', additionalProperties: true };
                if (TUPLE_LIKE.has(q))
                    return { type: 'array', items: {} };
                if (q === 'typing.Optional' || q === 'typing.Union')
                    throw new Unsupported(q);
                // pydantic cannot make a JSON schema of a callable: Prefect drops the whole annotation.
                if (q === 'typing.Callable')
                    throw new Unevaluable(q);
                if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:'))
                    throw new Unevaluable(q);
                throw new Unsupported(q.replace(/^builtins\./, ''));
            }
            if (sym.kind === 'value') {
                // `T = TypeVar("T", bound=...)`: pydantic uses the bound, else the constraints, else any value.
                const v = sym.expr;
                if (v.k === 'call') {
                    const callee = sym.scope.resolve(v.func);
                    if (callee.kind === 'external' && normalize(callee.qualname) === 'typing.TypeVar') {
                        const bound = v.kwargs.find((k) => k.name === 'bound')?.value;
                        if (bound)
                            return annotationSchema(bound, sym.scope, ctx, depth + 1);
                        return v.args.length > 1 ? union(v.args.slice(1), sym.scope, ctx, depth) : {};
                    }
                }
                // A type alias: `Numbers = list[int]`.
                return annotationSchema(v, sym.scope, ctx, depth + 1);
            }
            if (sym.kind === 'unknown')
                throw new Unevaluable(describe(e));
            throw new Unsupported(describe(e));
        }
        default:
            throw new Unsupported(describe(e));
    }
}
/** `conint(ge=1)`, `constr(max_length=5)`: the type with its constraints. */
function constrainedType(e, scope) {
    const sym = scope.resolve(e.func);
    const q = sym.kind === 'external' ? normalize(sym.qualname) : '';
    if (!(q in CONSTRAINED) || e.args.length)
        throw new Unsupported(describe(e));
    const options = {};
    for (const k of e.kwargs)
        if (k.name)
            options[k.name] = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(k.value, scope);
    return constrain(structuredClone(CONSTRAINED[q]), options, 'constrained type');
}
function generic(e, scope, ctx, depth) {
    const sub = (x) => annotationSchema(x, scope, ctx, depth + 1);
    const base = scope.resolve(e.value);
    if (base.kind !== 'external') {
        if (base.kind === 'unknown')
            throw new Unevaluable(describe(e.value));
        throw new Unsupported(describe(e.value));
    }
    const q = normalize(base.qualname);
    const args = e.index.k === 'tuple' ? e.index.elts : [e.index];
    if (q === 'typing.Callable')
        throw new Unevaluable(q);
    if (q in LIST_LIKE)
        return { ...LIST_LIKE[q], items: sub(args[0]) };
    if (DICT_LIKE.has(q) || q === 'typing.Counter' || q === 'collections.Counter') {
        const value = q.endsWith('Counter') ? { type: 'integer' } : sub(args[1] ?? { k: 'name', id: 'Any' });
        const key = sub(args[0]);
        if (Object.keys(key).length && !(key.type === 'string' && Object.keys(key).length === 1)) {
            if (!(key.type === 'integer' && Object.keys(key).length === 1))
                throw new Unsupported('dict key type');
        }
        return { type: 'object', additionalProperties: Object.keys(value).length ? value : true };
    }
    if (TUPLE_LIKE.has(q)) {
        if (args.length === 2 && args[1].k === 'ellipsis')
            return { type: 'array', items: sub(args[0]) };
        if (e.index.k === 'tuple' && e.index.elts.length === 0)
            return { type: 'array', maxItems: 0 };
        const items = args.map(sub);
        return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    switch (q) {
        case 'typing.Optional':
            return union([args[0], { k: 'none' }], scope, ctx, depth);
        case 'typing.Union':
            return union(args, scope, ctx, depth);
        case 'typing.Literal':
            return literal(args.flatMap((a) => (a.k === 'subscript' ? [] : [a])), scope);
        case 'typing.Type':
            return {};
    }
    if (ANNOTATED.has(q))
        return annotated(sub(args[0]), args.slice(1), scope, ctx);
    if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:'))
        throw new Unevaluable(q);
    throw new Unsupported(describe(e));
}
/** `Annotated[T, Field(ge=1), Gt(0), ...]`: the constraints pydantic applies to T's schema. */
function annotated(base, metadata, scope, ctx, field = false) {
    let out = base;
    for (const m of metadata) {
        const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(m, scope);
        if (v instanceof _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldInfo */ .ph) {
            const { options } = v;
            if (typeof options.discriminator === 'string')
                out = discriminated(out, options.discriminator, ctx);
            // On a flow parameter, Prefect's own Field sets the title, description and json_schema_extra.
            const kept = Object.fromEntries(Object.entries(options).filter(([k]) => (field || CONSTRAINTS.has(k) || k === 'examples') && k !== 'discriminator'));
            out = constrain(out, kept, 'Annotated');
            if ('examples' in options) {
                const examples = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(options.examples, () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
                if (examples === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                    throw new Unsupported('Annotated examples');
                out.examples = examples;
            }
            continue;
        }
        if (m.k === 'call') {
            const sym = scope.resolve(m.func);
            const q = sym.kind === 'external' ? sym.qualname : '';
            const bound = /^annotated_types\.(Gt|Ge|Lt|Le|MultipleOf|MinLen|MaxLen)$/.exec(q);
            if (bound && m.args.length === 1) {
                const keyword = { Gt: 'gt', Ge: 'ge', Lt: 'lt', Le: 'le', MultipleOf: 'multiple_of', MinLen: 'min_length', MaxLen: 'max_length' }[bound[1]];
                out = constrain(out, { [keyword]: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(m.args[0], scope) }, 'Annotated');
                continue;
            }
            if (/^pydantic\.(functional_validators\.)?(AfterValidator|BeforeValidator|WrapValidator|PlainSerializer|WrapSerializer)$/.test(q))
                continue;
            if (q === 'pydantic.StringConstraints' || q === 'pydantic.types.StringConstraints') {
                const options = Object.fromEntries(m.kwargs.filter((k) => k.name).map((k) => [k.name, (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(k.value, scope)]));
                out = constrain(out, options, 'StringConstraints');
                continue;
            }
            throw new Unsupported(`Annotated with ${describe(m)}`);
        }
        // Plain strings and other markers: pydantic keeps them as metadata, without effect on the schema.
        if (m.k === 'str' || m.k === 'num')
            continue;
        throw new Unsupported(`Annotated with ${describe(m)}`);
    }
    return out;
}
/** `Field(discriminator="kind")` on a union of models: pydantic's `oneOf` with a mapping of each model's Literal. */
function discriminated(s, property, ctx) {
    const refs = Array.isArray(s.anyOf) ? s.anyOf : [];
    if (!refs.length || refs.some((r) => typeof r.$ref !== 'string'))
        throw new Unsupported('discriminator on something else than a union of models');
    const mapping = {};
    for (const r of refs) {
        const def = ctx.definitions[String(r.$ref).replace('#/definitions/', '')];
        const prop = def?.properties?.[property];
        const values = prop && ('const' in prop ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : []);
        if (!values?.length)
            throw new Unsupported(`discriminator ${property}`);
        for (const v of values)
            mapping[String(v)] = r.$ref;
    }
    const { anyOf: _, ...rest } = s;
    return { ...rest, oneOf: refs, discriminator: { mapping, propertyName: property } };
}
/** Applies pydantic constraint keywords to a schema (to each non-null branch of an `anyOf`). */
function constrain(s, options, where) {
    const keys = Object.keys(options).filter((k) => CONSTRAINTS.has(k));
    if (!keys.length)
        return s;
    if (Array.isArray(s.anyOf)) {
        return { ...s, anyOf: s.anyOf.map((b) => (b.type === 'null' ? b : constrain({ ...b }, options, where))) };
    }
    const type = typeof s.type === 'string' ? s.type : '';
    const out = { ...s };
    for (const k of keys) {
        const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(options[k], () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
        if (v === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
            throw new Unsupported(`${where} ${k} computed at import time`);
        const key = k in NUMERIC ? (type === 'integer' || type === 'number' ? NUMERIC[k] : undefined) : LENGTH[type]?.[k];
        if (!key)
            throw new Unsupported(`${where} ${k} on ${type || 'this type'}`);
        out[key] = v;
    }
    return out;
}
function union(options, scope, ctx, depth) {
    const flat = options.flatMap((o) => flattenUnion(o, scope));
    const schemas = [];
    const seen = new Set();
    for (const o of flat) {
        const s = annotationSchema(o, scope, ctx, depth + 1);
        const key = JSON.stringify(s);
        if (seen.has(key))
            continue;
        seen.add(key);
        schemas.push(s);
    }
    if (schemas.length === 1)
        return schemas[0];
    return { anyOf: schemas };
}
/** Flattens nested Optional/Union/`|` the way typing does. */
function flattenUnion(e, scope) {
    if (e.k === 'binop' && e.op === '|')
        return [...flattenUnion(e.left, scope), ...flattenUnion(e.right, scope)];
    if (e.k === 'str' && !e.bytes && !e.fstring)
        return flattenUnion(parseAnnotationString(e, scope), scope);
    if (e.k === 'subscript') {
        const base = scope.resolve(e.value);
        if (base.kind === 'external') {
            const q = normalize(base.qualname);
            const args = e.index.k === 'tuple' ? e.index.elts : [e.index];
            if (q === 'typing.Union')
                return args.flatMap((a) => flattenUnion(a, scope));
            if (q === 'typing.Optional')
                return [...flattenUnion(args[0], scope), { k: 'none' }];
        }
    }
    return [e];
}
function flattenOr(e) {
    return e.k === 'binop' && e.op === '|' ? [...flattenOr(e.left), ...flattenOr(e.right)] : [e];
}
function literal(args, scope) {
    const values = [];
    for (const a of args) {
        const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(a, scope), () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
        if (v === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV || (v !== null && typeof v === 'object'))
            throw new Unsupported('Literal value');
        values.push(v);
    }
    const types = new Set(values.map(jsonType));
    const out = values.length === 1 ? { const: values[0] } : { enum: values };
    if (types.size === 1 && !types.has('null'))
        out.type = [...types][0];
    return out;
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    if (typeof v === 'string')
        return 'string';
    return Array.isArray(v) ? 'array' : 'object';
}
// --- classes: Enum, pydantic BaseModel, dataclass ------------------------------
function classSchema(def, scope, ctx) {
    const kind = classKind(def, scope, new Set());
    if (kind === 'enum')
        return ctx.ref(def, () => enumSchema(def, scope));
    if (kind === 'model' || kind === 'dataclass')
        return ctx.ref(def, () => modelSchema(def, scope, ctx, kind));
    // Other classes validate by isinstance, which Prefect's schema shows as `{}`.
    return {};
}
function classKind(def, scope, seen) {
    if (seen.has(def))
        return 'plain';
    seen.add(def);
    for (const d of def.decorators) {
        const target = d.k === 'call' ? d.func : d;
        const sym = scope.resolve(target);
        if (sym.kind === 'external' && ['dataclasses.dataclass', 'pydantic.dataclasses.dataclass'].includes(sym.qualname))
            return 'dataclass';
    }
    for (const base of def.bases) {
        const sym = scope.resolve(base);
        if (sym.kind === 'external') {
            if (/^enum\.(Enum|IntEnum|StrEnum|Flag|IntFlag)$/.test(sym.qualname))
                return 'enum';
            if (sym.qualname === 'pydantic.BaseModel' || sym.qualname === 'pydantic.main.BaseModel')
                return 'model';
        }
        else if (sym.kind === 'class') {
            const k = classKind(sym.def, sym.scope, seen);
            if (k !== 'plain')
                return k;
        }
    }
    return 'plain';
}
function enumSchema(def, scope) {
    const values = [];
    for (const [, value] of (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .enumMembers */ .pp)(def, scope)) {
        const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(value, () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
        if (v === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
            throw new Unsupported(`enum ${def.name}`);
        values.push(v);
    }
    const out = { enum: values, title: def.name };
    const types = new Set(values.map(jsonType));
    if (types.size === 1 && !types.has('null'))
        out.type = [...types][0];
    else if ([...types].every((t) => t === 'integer' || t === 'number') && types.size)
        out.type = 'number';
    if (def.docstring)
        out.description = (0,_docstring_js__WEBPACK_IMPORTED_MODULE_1__/* .cleandoc */ .M)(def.docstring);
    return out;
}
function modelSchema(def, scope, ctx, kind) {
    const properties = {};
    const required = [];
    const config = kind === 'model' ? modelConfig(def, scope, new Set()) : {};
    for (const [name, field] of modelFields(def, scope, new Set())) {
        let annotation = annotationSchema(field.annotation, field.scope, ctx, 0);
        annotation = constrain(annotation, field.options, `field ${def.name}.${name}`);
        const prop = { ...annotation };
        // pydantic leaves the generated title off a field whose schema is a `$ref` or `anyOf` of refs.
        const title = typeof field.options.title === 'string' ? field.options.title : annotation.$ref === undefined ? pyTitle(name) : undefined;
        if (title !== undefined && !(annotation.anyOf && refOnly(annotation) && field.options.title === undefined))
            prop.title = title;
        for (const key of Object.keys(field.options)) {
            if (CONSTRAINTS.has(key) || key === 'title' || key === 'alias' || key === 'validation_alias' || NO_SCHEMA_EFFECT.has(key))
                continue;
            const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(field.options[key], () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
            if (v === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                throw new Unsupported(`${key} of ${def.name}.${name}`);
            if (key === 'json_schema_extra') {
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    throw new Unsupported(`json_schema_extra of ${def.name}.${name}`);
                Object.assign(prop, v);
            }
            else if (key === 'description' || key === 'examples' || key === 'deprecated') {
                if (key !== 'deprecated' || v === true)
                    prop[key] = v;
            }
            else if (FIELD_PARAMETERS.has(key)) {
                throw new Unsupported(`${key}= of ${def.name}.${name}`);
            }
            else {
                // A keyword Field() does not know (a typo, or pydantic 1's extras): pydantic adds it to the schema.
                prop[key] = v;
            }
        }
        if (field.factory !== undefined) {
            // pydantic does not call a default_factory for the schema.
        }
        else if (field.hasDefault) {
            const json = defaultJson(field.default, ctx, () => {
                throw new Unsupported(`default of ${def.name}.${name} computed when Prefect deploys`);
            });
            if (json === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                throw new Unsupported(`default of ${def.name}.${name}`);
            prop.default = json;
        }
        else {
            required.push(field.alias ?? name);
        }
        properties[field.alias ?? name] = prop;
    }
    const title = typeof config.title === 'string' ? config.title : def.name;
    const out = { properties, title, type: 'object' };
    if (required.length)
        out.required = required;
    if (def.docstring)
        out.description = (0,_docstring_js__WEBPACK_IMPORTED_MODULE_1__/* .cleandoc */ .M)(def.docstring);
    if (config.extra === 'forbid')
        out.additionalProperties = false;
    else if (config.extra === 'allow')
        out.additionalProperties = true;
    if (config.json_schema_extra !== undefined) {
        const extra = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(config.json_schema_extra, () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
        if (extra === null || extra === _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV || typeof extra !== 'object' || Array.isArray(extra))
            throw new Unsupported(`json_schema_extra of ${def.name}`);
        Object.assign(out, extra);
    }
    return out;
}
/** Model configuration keys that change the JSON schema and that this reader reproduces. */
const CONFIG_KEYS = new Set(['extra', 'title', 'json_schema_extra']);
const CONFIG_WITHOUT_SCHEMA_EFFECT = new Set([
    'arbitrary_types_allowed', 'from_attributes', 'orm_mode', 'populate_by_name', 'allow_population_by_field_name', 'validate_assignment',
    'use_enum_values', 'frozen', 'str_strip_whitespace', 'anystr_strip_whitespace', 'validate_default', 'revalidate_instances',
    'protected_namespaces', 'strict', 'json_encoders', 'ser_json_timedelta', 'ser_json_bytes', 'validate_by_name', 'validate_by_alias',
    'serialize_by_alias', 'defer_build', 'hide_input_in_errors', 'coerce_numbers_to_str', 'regex_engine', 'cache_strings', 'str_to_lower', 'str_to_upper',
]);
/** `model_config = ConfigDict(...)` / `{...}`, or a `class Config:`, merged from the bases. */
function modelConfig(def, scope, seen) {
    if (seen.has(def))
        return {};
    seen.add(def);
    let config = {};
    for (const base of def.bases) {
        const sym = scope.resolve(base);
        if (sym.kind === 'class')
            config = { ...config, ...modelConfig(sym.def, sym.scope, seen) };
    }
    for (const stmt of def.body) {
        if (stmt.kind === 'assign' && stmt.targets.includes('model_config') && stmt.value) {
            const v = stmt.value;
            if (v.k === 'call' && isConfigDict(v.func, scope))
                for (const k of v.kwargs)
                    config[k.name ?? '**'] = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(k.value, scope);
            else if (v.k === 'dict') {
                const d = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(v, scope);
                if (!(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .isDict */ .Zm)(d))
                    throw new Unsupported(`model_config of ${def.name}`);
                config = { ...config, ...d };
            }
            else
                throw new Unsupported(`model_config of ${def.name}`);
        }
        if (stmt.kind === 'class' && stmt.name === 'Config') {
            for (const s of stmt.body)
                if (s.kind === 'assign' && s.value)
                    for (const t of s.targets)
                        config[t] = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(s.value, scope);
        }
    }
    for (const [k, v] of Object.entries(config)) {
        // `extra = Extra.forbid` (pydantic v1 style) is the string's enum member.
        if (k === 'extra' && v instanceof _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .Rich */ .hL)
            config[k] = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .toJson */ .aB)(v, () => _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV);
        if (!CONFIG_KEYS.has(k) && !CONFIG_WITHOUT_SCHEMA_EFFECT.has(k))
            throw new Unsupported(`model_config ${k} of ${def.name}`);
    }
    if (config.extra !== undefined && !['forbid', 'allow', 'ignore'].includes(config.extra))
        throw new Unsupported(`model_config extra of ${def.name}`);
    return config;
}
function isConfigDict(e, scope) {
    const sym = scope.resolve(e);
    return sym.kind === 'external' && (sym.qualname === 'pydantic.ConfigDict' || sym.qualname === 'pydantic.config.ConfigDict' || sym.qualname === 'builtins.dict');
}
function refOnly(s) {
    return Array.isArray(s.anyOf) && s.anyOf.some((x) => x !== null && typeof x === 'object' && '$ref' in x);
}
function modelFields(def, scope, seen) {
    const fields = new Map();
    if (seen.has(def))
        return fields;
    seen.add(def);
    for (const base of def.bases) {
        const sym = scope.resolve(base);
        if (sym.kind === 'class')
            for (const [k, v] of modelFields(sym.def, sym.scope, seen))
                fields.set(k, v);
    }
    for (const stmt of def.body) {
        if (stmt.kind !== 'assign' || !stmt.annotation || stmt.targets[0].startsWith('_'))
            continue;
        let ann = stmt.annotation;
        const annSym = ann.k === 'subscript' ? scope.resolve(ann.value) : scope.resolve(ann);
        if (annSym.kind === 'external' && (annSym.qualname === 'typing.ClassVar' || annSym.qualname === 'dataclasses.InitVar'))
            continue;
        const field = { annotation: ann, scope, hasDefault: stmt.value !== undefined, default: _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV, options: {} };
        // `Annotated[T, Field(...)]` on a model field: the Field's options are the field's.
        if (ann.k === 'subscript' && annSym.kind === 'external' && ANNOTATED.has(normalize(annSym.qualname)) && ann.index.k === 'tuple') {
            const [base, ...metadata] = ann.index.elts;
            const others = [];
            for (const m of metadata) {
                const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(m, scope);
                if (v instanceof _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldInfo */ .ph) {
                    Object.assign(field.options, v.options);
                    if (v.default_ !== _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .REQUIRED */ .mw && v.default_ !== _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV) {
                        field.hasDefault = true;
                        field.default = v.default_;
                    }
                    if (v.factory !== undefined)
                        field.factory = v.factory;
                }
                else
                    others.push(m);
            }
            ann = others.length ? { ...ann, index: { k: 'tuple', elts: [base, ...others] } } : base;
            field.annotation = ann;
        }
        if (stmt.value) {
            const v = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)(stmt.value, scope);
            if (v instanceof _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldInfo */ .ph) {
                Object.assign(field.options, v.options);
                field.hasDefault = v.default_ !== _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .REQUIRED */ .mw && v.factory === undefined;
                field.default = v.default_;
                field.factory = v.factory;
            }
            else {
                field.default = v;
            }
        }
        const alias = field.options.validation_alias ?? field.options.alias;
        if (typeof alias === 'string')
            field.alias = alias;
        else if (alias !== undefined)
            throw new Unsupported(`alias of ${def.name}.${stmt.targets[0]}`);
        fields.set(stmt.targets[0], field);
    }
    return fields;
}
/** Python's `str.title()` with `_` turned into spaces, as pydantic titles fields. */
function pyTitle(name) {
    const titled = name.replace(/[\p{L}]+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
    return titled.replace(/_/g, ' ');
}
function normalize(qualname) {
    return qualname
        .replace(/^typing_extensions\./, 'typing.')
        .replace(/^collections\.abc\.(Sequence|Mapping|MutableSequence|MutableMapping|Iterable|Collection|Set|MutableSet|Callable)$/, 'typing.$1')
        .replace(/^typing\.Set$/, 'typing.Set')
        .replace(/^pydantic\.(main|types|networks|fields|functional_validators)\./, 'pydantic.')
        .replace(/^prefect\.types\.[\w.]*\.(\w+)$/, 'prefect.types.$1');
}
function describe(e) {
    switch (e.k) {
        case 'name':
            return e.id;
        case 'attr':
            return `${describe(e.value)}.${e.attr}`;
        case 'subscript':
            return `${describe(e.value)}[...]`;
        case 'call':
            return `${describe(e.func)}(...)`;
        default:
            return e.k;
    }
}
function parseAnnotationString(e, scope) {
    try {
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseExpression */ .Y)(e.value, e.pos ?? { line: 1, col: 1 });
    }
    catch (error) {
        if (!(error instanceof _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K))
            throw error;
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`the string annotation ${JSON.stringify(e.value)} is not valid Python: ${error.message}`, error.line, error.col, scope.file);
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ Scope)
/* harmony export */ });
class Scope {
    module;
    file;
    load;
    bindings = new Map();
    constructor(module, file, load) {
        this.module = module;
        this.file = file;
        this.load = load;
        for (const stmt of module.body) {
            switch (stmt.kind) {
                case 'import':
                    for (const { module: name, asname } of stmt.names) {
                        // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
                        if (asname)
                            this.bindings.set(asname, { kind: 'module', module: name, level: 0 });
                        else
                            this.bindings.set(name.split('.')[0], { kind: 'module', module: name.split('.')[0], level: 0 });
                    }
                    break;
                case 'from':
                    for (const { name, asname } of stmt.names) {
                        if (name === '*')
                            continue;
                        this.bindings.set(asname ?? name, { kind: 'from', module: stmt.module, level: stmt.level, name });
                    }
                    break;
                case 'class':
                    this.bindings.set(stmt.name, { kind: 'class', def: stmt });
                    break;
                case 'def':
                    this.bindings.set(stmt.name, { kind: 'function', def: stmt });
                    break;
                case 'assign':
                    if (stmt.value)
                        for (const t of stmt.targets)
                            this.bindings.set(t, { kind: 'value', expr: stmt.value });
                    break;
            }
        }
    }
    /** Looks up a module-level name. */
    lookup(name, seen = new Set()) {
        const b = this.bindings.get(name);
        if (!b)
            return BUILTINS.has(name) ? { kind: 'external', qualname: `builtins.${name}` } : { kind: 'unknown' };
        switch (b.kind) {
            case 'class':
                return { kind: 'class', def: b.def, scope: this };
            case 'function':
                return { kind: 'function', def: b.def, scope: this };
            case 'value':
                return { kind: 'value', expr: b.expr, scope: this };
            case 'module':
                return this.moduleSymbol(b.module, b.level);
            case 'from': {
                const key = `${this.file}:${name}`;
                if (seen.has(key))
                    return { kind: 'unknown' };
                seen.add(key);
                const target = this.load(b.module, b.level, this.file);
                if (target)
                    return target.lookup(b.name, seen);
                // `from pkg import submodule` is a module too; a name we cannot read stays qualified.
                const sub = this.load(b.module ? `${b.module}.${b.name}` : b.name, b.level, this.file);
                if (sub)
                    return { kind: 'external', qualname: `repo:${sub.file}` };
                return { kind: 'external', qualname: `${b.module}.${b.name}` };
            }
        }
    }
    moduleSymbol(module, level) {
        const local = this.load(module, level, this.file);
        return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname: module };
    }
    /** Resolves a name or a dotted attribute chain (`typing.List`, `pydantic.BaseModel`). */
    resolve(e) {
        if (e.k === 'name')
            return this.lookup(e.id);
        // `__import__("prefect").flow`
        if (e.k === 'call' && e.args.length === 1 && e.args[0].k === 'str' && !e.kwargs.length) {
            const fn = this.resolve(e.func);
            if (fn.kind === 'external' && fn.qualname === 'builtins.__import__') {
                const local = this.load(e.args[0].value, 0, this.file);
                return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname: e.args[0].value.split('.')[0] };
            }
        }
        if (e.k === 'attr') {
            const base = this.resolve(e.value);
            if (base.kind === 'external') {
                if (base.qualname.startsWith('repo:')) {
                    const scope = this.load(base.qualname.slice(5), -1, this.file);
                    return scope ? scope.lookup(e.attr) : { kind: 'unknown' };
                }
                const qualname = `${base.qualname}.${e.attr}`;
                const local = this.load(qualname, 0, this.file);
                return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname };
            }
            if (base.kind === 'class') {
                const member = base.def.body.find((s) => s.kind === 'assign' && s.targets.includes(e.attr));
                if (member && member.kind === 'assign' && member.value) {
                    return { kind: 'value', expr: { k: 'attr', value: e.value, attr: e.attr }, scope: this };
                }
            }
        }
        return { kind: 'unknown' };
    }
}
const BUILTINS = new Set([
    'int', 'float', 'str', 'bool', 'bytes', 'complex', 'list', 'dict', 'tuple', 'set', 'frozenset', 'object', 'type',
    'Ellipsis', 'len', 'range', 'min', 'max', 'abs', 'round', 'sum', 'sorted', 'callable', '__import__', 'bytearray',
]);


/***/ }),

/***/ 5540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ decodeSource)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7749);
/**
 * A Python file's bytes -> its text, as CPython reads a source file: a UTF-8 BOM,
 * a `# -*- coding: ... -*-` cookie on one of the first two lines, UTF-8 otherwise,
 * and universal newlines (`\r\n` and a lone `\r` are line ends).
 */

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BOM = [0xef, 0xbb, 0xbf];
function decodeSource(bytes) {
    let start = 0;
    const bom = BOM.every((b, i) => bytes[i] === b);
    if (bom)
        start = 3;
    const encoding = cookie(bytes, start);
    let text;
    if (encoding === undefined || isUtf8(encoding)) {
        if (bom && encoding !== undefined && !isUtf8(encoding))
            throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`encoding problem: ${encoding} with BOM`, 1, 1);
        text = utf8(bytes.subarray(start));
    }
    else {
        if (bom)
            throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`encoding problem: ${encoding} with BOM`, 1, 1);
        text = decodeWith(encoding, bytes);
    }
    return text.replace(/\r\n?/g, '\n');
}
/** The encoding a cookie names (only on line 1, or on line 2 after a blank or comment line). */
function cookie(bytes, start) {
    const head = Buffer.from(bytes.subarray(start, start + 400)).toString('latin1');
    const [first, second] = head.split(/\r\n|\r|\n/);
    const m = COOKIE.exec(first ?? '');
    if (m)
        return m[1];
    if (first !== undefined && /^[ \t\f]*(#.*)?$/.test(first))
        return COOKIE.exec(second ?? '')?.[1];
    return undefined;
}
function isUtf8(encoding) {
    return /^utf[-_]?8([-_]sig)?$/i.test(encoding) || /^utf-8-/i.test(encoding);
}
function utf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        const line = Buffer.from(bytes.subarray(0, at)).toString('latin1').split('\n').length;
        const byte = bytes[at].toString(16).padStart(2, '0');
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`Non-UTF-8 code starting with '\\x${byte}' on line ${line}, but no encoding declared`, line, 1);
    }
}
function firstInvalidUtf8(b) {
    for (let i = 0; i < b.length;) {
        const c = b[i];
        const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
        if (n < 0)
            return i;
        for (let k = 1; k <= n; k++)
            if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80)
                return i;
        i += n + 1;
    }
    return b.length - 1;
}
/** Python's codec names -> the WHATWG labels Node's decoder knows; latin-1 is ISO-8859-1 proper. */
function decodeWith(encoding, bytes) {
    const name = encoding.toLowerCase().replace(/_/g, '-');
    if (['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', '8859', 'cp819', 'iso-ir-100'].includes(name))
        return Buffer.from(bytes).toString('latin1');
    if (name === 'ascii' || name === 'us-ascii') {
        const bad = bytes.findIndex((b) => b > 0x7f);
        if (bad >= 0)
            throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`(unicode error) 'ascii' codec can't decode byte 0x${bytes[bad].toString(16)} in position ${bad}: ordinal not in range(128)`, 1, 1);
        return Buffer.from(bytes).toString('latin1');
    }
    const label = name.replace(/^cp(\d+)$/, 'windows-$1').replace(/^iso8859-/, 'iso-8859-');
    let decoder;
    try {
        decoder = new TextDecoder(label, { fatal: true });
    }
    catch {
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`unknown encoding: ${encoding}`, 1, 1);
    }
    try {
        return decoder.decode(bytes);
    }
    catch {
        throw new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(`(unicode error) '${encoding}' codec can't decode the file`, 1, 1);
    }
}


/***/ }),

/***/ 127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ decodeStringLiteral)
/* harmony export */ });
/* harmony import */ var _unicode_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8103);
/** Python string literal decoding: prefixes, triple quotes and escape sequences. */

const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\n': '',
};
/** Decodes one literal (`rb'...'`, `f"""..."""`); `fields` says an f-string has replacement fields. */
function decodeStringLiteral(token, fields) {
    const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(token);
    const prefix = m[1].toLowerCase();
    const quote = m[2];
    const body = token.slice(m[0].length, token.length - quote.length);
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const isF = prefix.includes('f');
    let value = raw ? body : unescape(body, bytes);
    // `{{` and `}}` are literal braces in an f-string without fields.
    if (isF && !fields)
        value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    return { value, bytes, fstring: isF && fields };
}
function unescape(body, bytes) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\' || i + 1 >= body.length) {
            out += c;
            continue;
        }
        const d = body[i + 1];
        if (d in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[d];
            i++;
        }
        else if (/[0-7]/.test(d)) {
            const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))[0];
            out += String.fromCodePoint(parseInt(oct, 8));
            i += oct.length;
        }
        else if (d === 'x' && /^[0-9a-fA-F]{2}/.test(body.slice(i + 2))) {
            out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 4), 16));
            i += 3;
        }
        else if (!bytes && d === 'u' && /^[0-9a-fA-F]{4}/.test(body.slice(i + 2))) {
            out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 6), 16));
            i += 5;
        }
        else if (!bytes && d === 'N' && /^\{[^}]+\}/.test(body.slice(i + 2))) {
            const name = /^\{([^}]+)\}/.exec(body.slice(i + 2))[1];
            const cp = (0,_unicode_names_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupName */ .Q)(name);
            // An unknown name is a syntax error (syntax.ts); the text is kept meanwhile.
            out += cp === undefined ? `\\N{${name}}` : String.fromCodePoint(cp);
            i += name.length + 3;
        }
        else if (!bytes && d === 'U' && /^[0-9a-fA-F]{8}/.test(body.slice(i + 2))) {
            out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16));
            i += 9;
        }
        else {
            // Unknown escapes keep their backslash, as in Python.
            out += c;
        }
    }
    return out;
}


/***/ }),

/***/ 2474:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ firstSyntaxError)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7749);
/* harmony import */ var _python_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6891);
/* harmony import */ var _unicode_names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8103);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_python_js__WEBPACK_IMPORTED_MODULE_1__]);
_python_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Where CPython rejects a file: tree-sitter's grammar is tolerant (it recovers
 * from errors and accepts some code CPython refuses), so the first error is
 * looked for in three passes, in the order CPython meets them: the tokenizer's
 * (brackets, strings, indentation), the grammar's (tree-sitter's error nodes),
 * then the rules CPython applies after parsing (assignment targets, argument
 * order, `return` outside a function, ...). Messages are CPython's.
 */



const MAX_PARENS = 200;
const MAX_INDENT = 100;
/** CPython's compiler fails with a RecursionError on longer `a + b + ...` chains. */
const MAX_OPERATOR_CHAIN = 2900;
const HARD_KEYWORDS = new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
    'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
]);
const FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);
const OPEN = { '(': ')', '[': ']', '{': '}' };
const CLOSE = { ')': '(', ']': '[', '}': '{' };
function firstSyntaxError(root, source) {
    const pos = new Positions(source);
    if (source.includes('\0'))
        return pos.error('source code cannot contain null bytes', { row: 0, column: 0 });
    const strings = [];
    const tokens = leaves(root, strings);
    const stray = strayCharacter(tokens, strings, source, pos);
    if (stray)
        return stray;
    const brackets = bracketError(tokens, pos);
    const failed = root.hasError ? (stringError(root, pos) ?? grammarError(root, pos)) : undefined;
    const grammar = failed?.error;
    // An error inside a bracket that is never closed is reported as that bracket, as CPython does
    // (except at a ':', where CPython keeps its generic error).
    if (brackets?.unclosed && (!failed || ((!before(failed.error, brackets.error) || failed.end > (brackets.index ?? 0)) && pos.char(failed.error) !== ':')))
        return brackets.error;
    const indentation = indentationError(tokens, source, pos, root);
    // The tokenizer's limits: tree-sitter's own recovery gives up earlier on such nesting.
    const limit = [brackets?.error, indentation].find((e) => e && /^too many /.test(e.message));
    if (limit)
        return limit;
    const found = [brackets?.unclosed ? undefined : brackets?.error, grammar, indentation].filter((e) => e !== undefined);
    if (found.length)
        return found.reduce((a, b) => (before(b, a) ? b : a));
    return new Rules(pos).check(root);
}
function before(a, b) {
    return a.line < b.line || (a.line === b.line && a.col < b.col);
}
class Positions {
    source;
    starts = [0];
    constructor(source) {
        this.source = source;
        for (let i = 0; i < source.length; i++)
            if (source[i] === '\n')
                this.starts.push(i + 1);
    }
    /** 1-based line and character column of a tree-sitter point (UTF-16 columns). */
    error(message, at) {
        const start = this.starts[at.row] ?? this.source.length;
        const col = [...this.source.slice(start, start + at.column)].length + 1;
        return new _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K(message, at.row + 1, col);
    }
    /** The character an error points at. */
    char(e) {
        return [...this.line(e.line - 1)][e.col - 1] ?? '';
    }
    line(row) {
        const start = this.starts[row] ?? this.source.length;
        const end = this.starts[row + 1] ?? this.source.length + 1;
        return this.source.slice(start, end - 1);
    }
}
/** Every leaf, in order, without recursion (a file may nest thousands deep); `strings` gets the strings' spans. */
function leaves(root, strings) {
    const out = [];
    const parents = [];
    const cursor = root.walk();
    for (;;) {
        const type = cursor.nodeType;
        if (type === 'string')
            strings.push([cursor.startIndex, cursor.endIndex]);
        if (type !== 'string_content' && type !== 'comment' && cursor.gotoFirstChild()) {
            parents.push(type);
            continue;
        }
        const missing = cursor.nodeIsMissing;
        if (cursor.startIndex !== cursor.endIndex || missing) {
            const start = cursor.startPosition;
            out.push({ type, parent: parents[parents.length - 1] ?? '', start: cursor.startIndex, end: cursor.endIndex, row: start.row, column: start.column, endRow: cursor.endPosition.row, missing });
        }
        while (!cursor.gotoNextSibling()) {
            if (!cursor.gotoParent()) {
                cursor.delete();
                return out;
            }
            parents.pop();
        }
    }
}
/** A character between tokens that is not blank: CPython's tokenizer refuses it (tree-sitter may skip it). */
function strayCharacter(tokens, strings, source, pos) {
    let end = 0;
    let s = 0;
    for (const t of [...tokens, undefined]) {
        const start = t ? t.start : source.length;
        // Between the tokens of an f-string's fields: format specs are text.
        while (s < strings.length && strings[s][1] <= end)
            s++;
        const inString = s < strings.length && strings[s][0] <= end && start <= strings[s][1];
        const gap = inString ? '' : source.slice(end, start);
        const bad = /[^ \t\f\n\r\\]/u.exec(gap);
        if (bad) {
            const c = String.fromCodePoint(gap.codePointAt(bad.index));
            const code = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
            const [row, column] = rowColumn(source, end + bad.index);
            return pos.error(/[\p{C}\p{Z}]/u.test(c) ? `invalid non-printable character ${code}` : `invalid character '${c}' (${code})`, { row, column });
        }
        if (t)
            end = Math.max(end, t.end);
    }
    return undefined;
}
function rowColumn(source, index) {
    const before = source.slice(0, index);
    const row = before.split('\n').length - 1;
    return [row, index - (before.lastIndexOf('\n') + 1)];
}
function bracketError(tokens, pos) {
    const stack = [];
    for (const t of tokens) {
        if (t.missing)
            continue;
        if (t.type in OPEN) {
            stack.push(t);
            if (stack.length > MAX_PARENS)
                return { error: pos.error('too many nested parentheses', t), unclosed: false };
        }
        else if (t.type in CLOSE) {
            const open = stack.pop();
            if (!open)
                return { error: pos.error(`unmatched '${t.type}'`, t), unclosed: false };
            if (open.type !== CLOSE[t.type]) {
                const where = open.row === t.row ? '' : ` on line ${open.row + 1}`;
                return { error: pos.error(`closing parenthesis '${t.type}' does not match opening parenthesis '${open.type}'${where}`, t), unclosed: false };
            }
        }
    }
    const open = stack[stack.length - 1];
    if (open)
        return { error: pos.error(`'${open.type}' was never closed`, open), unclosed: true, index: open.start };
    return undefined;
}
/** Unterminated strings: tree-sitter marks their end as missing. */
function stringError(root, pos) {
    let found;
    visitErrors(root, (n) => {
        if (found || n.type !== 'string_end' || !n.isMissing || !n.parent)
            return;
        const start = n.parent.childForFieldName('string_start') ?? n.parent.firstChild;
        const triple = /("""|''')$/.test(start?.text ?? '');
        found = { error: pos.error(`unterminated ${triple ? 'triple-quoted ' : ''}string literal (detected at line ${n.startPosition.row + 1})`, n.parent.startPosition), end: n.parent.startIndex };
    });
    return found;
}
/**
 * CPython's tokenizer on indentation: every logical line's indent against the
 * stack of open blocks, with tabs as 8 columns and as 1 (TabError when they disagree).
 */
function indentationError(tokens, source, pos, root) {
    const stack = [[0, 0]];
    let depth = 0;
    let previous;
    let header;
    for (const t of tokens) {
        if (t.type === 'comment' || t.missing)
            continue;
        const startsLine = !previous || (t.row > previous.endRow && depth === 0 && !continued(source.slice(previous.end, t.start)) && !insideString(t));
        if (startsLine) {
            const line = pos.line(t.row);
            const [col, alt] = indentWidth(line);
            const [top, altTop] = stack[stack.length - 1];
            if (header && col <= top) {
                return pos.error(`expected an indented block after ${describeHeader(header, root)} on line ${header.row + 1}`, t);
            }
            if (col > top) {
                if (!header)
                    return pos.error('unexpected indent', t);
                if (alt <= altTop)
                    return pos.error('inconsistent use of tabs and spaces in indentation', { row: t.row, column: 0 });
                stack.push([col, alt]);
                if (stack.length > MAX_INDENT)
                    return pos.error('too many levels of indentation', { row: t.row, column: 0 });
            }
            else {
                while (col < stack[stack.length - 1][0])
                    stack.pop();
                if (col !== stack[stack.length - 1][0])
                    return pos.error('unindent does not match any outer indentation level', { row: t.row, column: line.length });
                if (alt !== stack[stack.length - 1][1])
                    return pos.error('inconsistent use of tabs and spaces in indentation', { row: t.row, column: 0 });
            }
            header = undefined;
        }
        if (t.type in OPEN)
            depth++;
        else if (t.type in CLOSE)
            depth = Math.max(0, depth - 1);
        // A ':' ending a logical line opens a block on the next one.
        // A ':' ending a logical line opens a block on the next one; any token after it on its line does not.
        header = t.type === ':' && depth === 0 && t.parent !== 'lambda' ? t : undefined;
        previous = t;
    }
    if (header)
        return pos.error(`expected an indented block after ${describeHeader(header, root)} on line ${header.row + 1}`, { row: header.row, column: header.column + 1 });
    return undefined;
}
/** Whether the text between two tokens (blanks and comments only) has a `\` line continuation. */
function continued(gap) {
    return /\\\n/.test(gap.replace(/#[^\n]*/g, ''));
}
function insideString(t) {
    return t.type === 'string_content' || t.type === 'string_end' || t.type === 'escape_sequence' || t.parent === 'interpolation';
}
function indentWidth(line) {
    let col = 0;
    let alt = 0;
    for (const c of line) {
        if (c === ' ') {
            col++;
            alt++;
        }
        else if (c === '\t') {
            col = (Math.floor(col / 8) + 1) * 8;
            alt++;
        }
        else if (c === '\f') {
            col = alt = 0;
        }
        else
            break;
    }
    return [col, alt];
}
function describeHeader(colon, root) {
    let owner = root.descendantForIndex(colon.start, colon.end)?.parent ?? null;
    while (owner && owner.type === 'ERROR')
        owner = owner.parent;
    const kinds = {
        if_statement: "'if' statement", elif_clause: "'elif' statement", else_clause: "'else' statement", for_statement: "'for' statement",
        while_statement: "'while' statement", with_statement: "'with' statement", try_statement: "'try' statement",
        except_clause: "'except' statement", finally_clause: "'finally' statement", function_definition: 'function definition',
        class_definition: 'class definition', match_statement: "'match' statement", case_clause: "'case' statement",
    };
    const kind = owner ? kinds[owner.type] : undefined;
    if (owner?.type === 'function_definition' || owner?.type === 'class_definition') {
        return `${kind} on line ${owner.startPosition.row + 1}`.replace(/ on line \d+$/, '');
    }
    return kind ?? 'a statement';
}
function visitErrors(n, visit) {
    const stack = [n];
    while (stack.length) {
        const x = stack.pop();
        visit(x);
        if (!x.hasError && !x.isMissing)
            continue;
        for (let i = x.childCount - 1; i >= 0; i--)
            stack.push(x.child(i));
    }
}
/**
 * The first error node tree-sitter's recovery left, as CPython's generic message;
 * undefined when every error node is a PEP 696 type parameter default, which the
 * grammar does not know.
 */
function grammarError(root, pos) {
    let first;
    const excused = new Set();
    visitErrors(root, (n) => {
        if (first || !(n.type === 'ERROR' || n.isMissing))
            return;
        const list = typeParameterList(n);
        if (list && (excused.has(list.id) || validTypeParameters(list)))
            excused.add(list.id);
        else
            first = n;
    });
    if (!first)
        return undefined;
    if (first.isMissing)
        return { error: pos.error(first.type === ':' ? "expected ':'" : 'invalid syntax', first.startPosition), end: first.endIndex };
    // Recovery wraps whole statements it could parse; the error is where they end.
    let at = first;
    for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(first)) {
        if (c.type.endsWith('_statement') || c.type.endsWith('_definition') || c.type === 'comment')
            continue;
        at = c;
        break;
    }
    return { error: pos.error('invalid syntax', at.startPosition), end: first.endIndex };
}
/** The `[T, *Ts, **P]` list of a generic function, class or `type` alias that holds `n`. */
function typeParameterList(n) {
    for (let p = n.parent; p; p = p.parent) {
        const owner = p.parent?.type === 'generic_type' ? p.parent.parent?.parent : p.parent;
        if (p.type === 'type_parameter' && owner && ['function_definition', 'class_definition', 'type_alias_statement'].includes(owner.type)) {
            return p.text.startsWith('[') ? p : undefined;
        }
        if (p.type.endsWith('_statement') || p.type.endsWith('_definition'))
            return undefined;
    }
    return undefined;
}
/** PEP 696 (Python 3.13): `[T = int, *Ts = *tuple[int], **P = [str]]`, each bound and default an expression. */
function validTypeParameters(list) {
    const inner = list.text.slice(1, -1);
    const items = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if ('([{'.includes(c))
            depth++;
        else if (')]}'.includes(c))
            depth--;
        else if (c === ',' && depth === 0) {
            items.push(inner.slice(start, i));
            start = i + 1;
        }
    }
    items.push(inner.slice(start));
    return items.every((item, i) => {
        if (!item.trim())
            return i === items.length - 1 && i > 0;
        const m = /^\s*(\*{0,2})[A-Za-z_]\w*\s*(?::([^=]*))?(?:=(.*))?$/s.exec(item);
        if (!m)
            return false;
        return [m[2], m[3]].every((e) => e === undefined || isExpression(m[1] === '*' ? e.replace(/^\s*\*/, '') : e));
    });
}
function isExpression(text) {
    if (!text.trim())
        return false;
    const tree = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTree */ .cZ)(`(${text}\n)`);
    try {
        return !tree.rootNode.hasError;
    }
    finally {
        tree.delete();
    }
}
/** CPython's checks after parsing, on a tree without error nodes. */
class Rules {
    pos;
    futureAllowed = true;
    statements = 0;
    constructor(pos) {
        this.pos = pos;
    }
    /** Nodes still to visit (a stack: the tree may nest thousands deep), and what one visit adds. */
    stack = [];
    pending = [];
    check(root) {
        try {
            const ctx = { loop: false, module: true };
            for (const stmt of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(root))
                this.future(stmt);
            for (const stmt of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(root).reverse())
                this.stack.push([stmt, ctx]);
            while (this.stack.length) {
                const [n, c] = this.stack.pop();
                this.pending = [];
                this.node(n, c);
                for (let i = this.pending.length - 1; i >= 0; i--)
                    this.stack.push(this.pending[i]);
            }
            return undefined;
        }
        catch (e) {
            if (e instanceof _ast_js__WEBPACK_IMPORTED_MODULE_0__/* .PythonSyntaxError */ .K)
                return e;
            throw e;
        }
    }
    fail(message, n) {
        throw this.pos.error(message, 'startPosition' in n ? n.startPosition : n);
    }
    /** `from __future__` imports come first (after the docstring); only known features. */
    future(stmt) {
        if (stmt.type === 'comment')
            return;
        const index = this.statements++;
        if (stmt.type === 'future_import_statement') {
            if (!this.futureAllowed)
                this.fail('from __future__ imports must occur at the beginning of the file', stmt);
            for (const name of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(stmt, 'name')) {
                const feature = (name.childForFieldName('name') ?? name).text;
                if (feature === 'braces')
                    this.fail('not a chance', stmt);
                if (!FUTURE_FEATURES.has(feature))
                    this.fail(`future feature ${feature} is not defined`, stmt);
            }
            return;
        }
        const docstring = index === 0 && stmt.type === 'expression_statement' && stmt.namedChildCount === 1 && (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(stmt)[0].type === 'string';
        if (!docstring)
            this.futureAllowed = false;
    }
    visit(n, ctx) {
        this.pending.push([n, ctx]);
    }
    children(n, ctx) {
        for (let i = 0; i < n.namedChildCount; i++)
            this.visit(n.namedChild(i), ctx);
    }
    node(n, ctx) {
        switch (n.type) {
            case 'identifier':
                if (HARD_KEYWORDS.has(n.text))
                    this.fail('invalid syntax', n);
                return;
            case 'print_statement':
                this.fail("Missing parentheses in call to 'print'. Did you mean print(...)?", n);
                break;
            case 'exec_statement':
                this.fail("Missing parentheses in call to 'exec'. Did you mean exec(...)?", n);
                break;
            case 'function_definition': {
                const isAsync = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(n).some((c) => c.type === 'async');
                for (const field of ['name', 'type_parameters', 'return_type']) {
                    const c = n.childForFieldName(field);
                    if (c)
                        this.visit(c, ctx);
                }
                const params = n.childForFieldName('parameters');
                if (params)
                    this.parameters(params, ctx);
                const body = n.childForFieldName('body');
                const fn = { async: isAsync, generator: false };
                if (body)
                    this.visit(body, { fn, loop: false, module: false });
                return;
            }
            case 'lambda': {
                const params = n.childForFieldName('parameters');
                if (params)
                    this.parameters(params, ctx);
                const body = n.childForFieldName('body');
                if (body)
                    this.visit(body, { fn: { async: false, generator: false }, loop: false, module: false });
                return;
            }
            case 'class_definition': {
                for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n))
                    if (c.type !== 'block')
                        this.visit(c, ctx);
                const body = n.childForFieldName('body');
                if (body)
                    this.visit(body, { loop: false, module: false });
                return;
            }
            case 'for_statement':
            case 'while_statement': {
                if (n.type === 'for_statement')
                    this.target(n.childForFieldName('left'), 'assign');
                const body = n.childForFieldName('body');
                for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)) {
                    const inner = c.id === body?.id ? { ...ctx, loop: true } : ctx;
                    this.visit(c, inner);
                }
                return;
            }
            case 'return_statement':
                if (!ctx.fn)
                    this.fail("'return' outside function", n);
                if (ctx.fn.async && ctx.fn.generator && n.namedChildCount > 0)
                    this.fail("'return' with value in async generator", n);
                break;
            case 'yield':
                if (ctx.comprehension)
                    this.fail(`'yield' inside ${ctx.comprehension}`, n);
                if (!ctx.fn)
                    this.fail("'yield' outside function", n);
                ctx.fn.generator = true;
                break;
            case 'await':
                if (!ctx.fn)
                    this.fail("'await' outside function", n);
                if (!ctx.fn.async)
                    this.fail("'await' outside async function", n);
                break;
            case 'break_statement':
                if (!ctx.loop)
                    this.fail("'break' outside loop", n);
                return;
            case 'continue_statement':
                if (!ctx.loop)
                    this.fail("'continue' not properly in loop", n);
                return;
            case 'nonlocal_statement':
                if (ctx.module)
                    this.fail('nonlocal declaration not allowed at module level', n);
                break;
            case 'import_from_statement':
                if (n.lastChild?.type === ',')
                    this.fail('trailing comma not allowed without surrounding parentheses', n.lastChild);
                if (!ctx.module && (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).some((c) => c.type === 'wildcard_import'))
                    this.fail('import * only allowed at module level', n);
                break;
            case 'try_statement': {
                if (!(0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).some((c) => ['except_clause', 'except_group_clause', 'finally_clause'].includes(c.type))) {
                    this.fail("expected 'except' or 'finally' block", n.lastChild ?? n);
                }
                const handlers = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).filter((c) => c.type === 'except_clause');
                handlers.forEach((h, i) => {
                    if (i < handlers.length - 1 && (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(h).every((c) => c.type === 'block' || c.type === 'comment'))
                        this.fail("default 'except:' must be last", h);
                });
                break;
            }
            case 'list_comprehension':
            case 'set_comprehension':
            case 'dictionary_comprehension':
            case 'generator_expression': {
                const what = { list_comprehension: 'list comprehension', set_comprehension: 'set comprehension', dictionary_comprehension: 'dict comprehension', generator_expression: 'generator expression' }[n.type];
                for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)) {
                    if (c.type === 'for_in_clause') {
                        // `f(x for x in y, 1)`: the grammar takes `y, 1` as the iterable; CPython does not.
                        const comma = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(c).find((x) => x.type === ',');
                        if (comma) {
                            if (n.type === 'generator_expression' && n.parent?.type === 'call')
                                this.fail('Generator expression must be parenthesized', (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)[0]);
                            this.fail('invalid syntax', comma);
                        }
                        if ((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .kids */ .aw)(c).some((x) => x.type === 'async') && !ctx.fn?.async && n.type !== 'generator_expression')
                            this.fail('asynchronous comprehension outside of an asynchronous function', c);
                        this.target(c.childForFieldName('left'), 'assign');
                    }
                }
                this.children(n, { ...ctx, comprehension: what });
                return;
            }
            case 'assignment': {
                const left = n.childForFieldName('left');
                if (n.childForFieldName('type') && left.type !== 'identifier' && left.type !== 'attribute' && left.type !== 'subscript') {
                    this.fail('only single target (not tuple) can be annotated', left);
                }
                this.target(left, 'assign');
                break;
            }
            case 'augmented_assignment': {
                const left = n.childForFieldName('left');
                if (!['identifier', 'attribute', 'subscript'].includes(left.type))
                    this.fail(`'${describe(left)}' is an illegal expression for augmented assignment`, left);
                break;
            }
            case 'named_expression': {
                const name = n.childForFieldName('name');
                if (name.type !== 'identifier')
                    this.fail(`cannot use assignment expressions with ${describe(name)}`, name);
                break;
            }
            case 'delete_statement':
                for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n))
                    this.target(c, 'delete');
                break;
            case 'as_pattern':
                if (n.parent?.type === 'with_item') {
                    const target = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).find((c) => c.type === 'as_pattern_target');
                    if (target?.namedChildren[0])
                        this.target((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(target)[0], 'assign');
                }
                break;
            case 'argument_list':
                this.arguments(n);
                break;
            case 'interpolation': {
                const conversion = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).find((c) => c.type === 'type_conversion');
                if (conversion && !['!s', '!r', '!a'].includes(conversion.text)) {
                    this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", conversion);
                }
                break;
            }
            case 'binary_operator':
                if (n.parent?.type !== 'binary_operator') {
                    let length = 0;
                    for (let x = n; x?.type === 'binary_operator'; x = x.childForFieldName('left'))
                        length++;
                    if (length > MAX_OPERATOR_CHAIN)
                        this.fail('expression nested too deeply (CPython cannot compile it either)', n);
                }
                break;
            case 'integer':
                if (/^0[0-9_]*[1-9]/.test(n.text) && !/[jJ.eE]/.test(n.text)) {
                    this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', n);
                }
                return;
            case 'string':
                this.string(n);
                break;
        }
        this.children(n, ctx);
    }
    parameters(params, ctx) {
        const seen = new Set();
        let sawDefault = false;
        let kwonly = false;
        let bareStar;
        let varkw = false;
        let slash = false;
        for (const p of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(params)) {
            if (p.type === 'comment')
                continue;
            if (varkw)
                this.fail('arguments cannot follow var-keyword argument', p);
            if (p.type === 'keyword_separator') {
                if (kwonly)
                    this.fail('* argument may appear only once', p);
                kwonly = true;
                bareStar = p;
                continue;
            }
            if (p.type === 'positional_separator') {
                if (slash)
                    this.fail('/ may appear only once', p);
                if (kwonly)
                    this.fail('/ must be ahead of *', p);
                slash = true;
                continue;
            }
            let name = p.type === 'identifier' ? p : p.childForFieldName('name') ?? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(p)[0];
            const splat = name?.type === 'list_splat_pattern' || name?.type === 'dictionary_splat_pattern' ? name : p.type.endsWith('splat_pattern') ? p : undefined;
            if (splat)
                name = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(splat)[0];
            if (splat?.type === 'list_splat_pattern') {
                if (kwonly)
                    this.fail('* argument may appear only once', p);
                kwonly = true;
                bareStar = undefined;
            }
            else if (splat?.type === 'dictionary_splat_pattern') {
                if (bareStar)
                    this.fail('named arguments must follow bare *', bareStar);
                varkw = true;
            }
            else {
                bareStar = undefined;
                const hasDefault = p.type === 'default_parameter' || p.type === 'typed_default_parameter';
                if (hasDefault)
                    sawDefault = true;
                else if (sawDefault && !kwonly)
                    this.fail('non-default argument follows default argument', p);
            }
            if (name) {
                if (HARD_KEYWORDS.has(name.text))
                    this.fail('invalid syntax', name);
                if (seen.has(name.text))
                    this.fail(`duplicate argument '${name.text}' in function definition`, name);
                seen.add(name.text);
            }
            for (const field of ['type', 'value']) {
                const c = p.childForFieldName(field);
                if (c)
                    this.visit(c, ctx);
            }
        }
        if (bareStar)
            this.fail('named arguments must follow bare *', bareStar);
    }
    arguments(list) {
        const args = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(list).filter((c) => c.type !== 'comment');
        const bare = args.find((a) => a.type === 'generator_expression' && !a.text.startsWith('('));
        if (bare && args.length > 1)
            this.fail('Generator expression must be parenthesized', bare);
        let keyword = false;
        let kwUnpack = false;
        const names = new Set();
        for (const a of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(list)) {
            if (a.type === 'comment')
                continue;
            if (a.type === 'keyword_argument') {
                const name = a.childForFieldName('name').text;
                if (names.has(name))
                    this.fail(`keyword argument repeated: ${name}`, a);
                names.add(name);
                keyword = true;
            }
            else if (a.type === 'dictionary_splat') {
                kwUnpack = true;
            }
            else if (a.type === 'list_splat') {
                if (kwUnpack)
                    this.fail('iterable argument unpacking follows keyword argument unpacking', a);
            }
            else {
                if (kwUnpack)
                    this.fail('positional argument follows keyword argument unpacking', a);
                if (keyword)
                    this.fail('positional argument follows keyword argument', a);
            }
        }
    }
    /** What may be assigned to (or deleted). */
    target(n, how) {
        const verb = how === 'assign' ? 'assign to' : 'delete';
        switch (n.type) {
            case 'identifier':
                if (n.text === '__debug__')
                    this.fail(`cannot ${verb} __debug__`, n);
                return;
            case 'attribute':
            case 'subscript':
                return;
            case 'pattern_list':
            case 'tuple_pattern':
            case 'list_pattern':
            case 'tuple':
            case 'list':
            case 'expression_list': {
                const items = (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n).filter((c) => c.type !== 'comment');
                const starred = items.filter((c) => c.type === 'list_splat_pattern' || c.type === 'list_splat');
                if (starred.length > 1)
                    this.fail('multiple starred expressions in assignment', n);
                for (const c of items)
                    this.target(c.type === 'list_splat_pattern' || c.type === 'list_splat' ? (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(c)[0] : c, how);
                return;
            }
            case 'parenthesized_expression':
                if ((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)[0])
                    this.target((0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)[0], how);
                return;
            case 'list_splat_pattern':
            case 'list_splat':
                if (how === 'assign')
                    this.fail('starred assignment target must be in a list or tuple', n);
                this.fail('cannot delete starred', n);
                break;
            default:
                this.fail(`cannot ${verb} ${describe(n)}`, n);
        }
    }
    string(n) {
        const start = n.firstChild?.text ?? '';
        const prefix = start.replace(/['"]+$/, '').toLowerCase();
        const bytes = prefix.includes('b');
        const raw = prefix.includes('r');
        for (const c of (0,_python_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)(n)) {
            if (c.type !== 'string_content')
                continue;
            if (bytes && /[^\p{ASCII}]/u.test(c.text))
                this.fail('bytes can only contain ASCII literal characters', n);
            if (raw)
                continue;
            for (const m of c.text.matchAll(/\\(x|u|U|N)/g)) {
                const rest = c.text.slice(m.index + 2);
                const need = { x: 2, u: 4, U: 8, N: 0 }[m[1]];
                if (bytes && m[1] !== 'x')
                    continue;
                if (m[1] === 'N' && !precededByBackslash(c.text, m.index) && /^\{[^}]+\}/.test(rest) && (0,_unicode_names_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupName */ .Q)(/^\{([^}]+)\}/.exec(rest)[1]) === undefined) {
                    this.fail("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", n);
                }
                if (m[1] === 'N' ? !/^\{[^}]+\}/.test(rest) : !new RegExp(`^[0-9a-fA-F]{${need}}`).test(rest)) {
                    if (precededByBackslash(c.text, m.index))
                        continue;
                    const codec = bytes ? 'value error' : "(unicode error) 'unicodeescape' codec can't decode bytes";
                    const what = { x: 'truncated \\xXX escape', u: 'truncated \\uXXXX escape', U: 'truncated \\UXXXXXXXX escape', N: 'malformed \\N character escape' }[m[1]];
                    this.fail(bytes ? `(${codec}) invalid \\x escape` : `${codec}: ${what}`, n);
                }
            }
        }
    }
}
function precededByBackslash(text, at) {
    let count = 0;
    for (let i = at - 1; i >= 0 && text[i] === '\\'; i--)
        count++;
    return count % 2 === 1;
}
/** CPython's words for what an expression is, in "cannot assign to ...". */
function describe(n) {
    switch (n.type) {
        case 'call':
            return 'function call';
        case 'integer':
        case 'float':
        case 'string':
        case 'concatenated_string':
            return 'literal';
        case 'true':
            return 'True';
        case 'false':
            return 'False';
        case 'none':
            return 'None';
        case 'ellipsis':
            return 'ellipsis';
        case 'attribute':
            return 'attribute';
        case 'subscript':
            return 'subscript';
        case 'lambda':
            return 'lambda';
        case 'conditional_expression':
            return 'conditional expression';
        case 'comparison_operator':
            return 'comparison';
        case 'await':
            return 'await expression';
        case 'dictionary':
            return 'dict literal';
        case 'set':
            return 'set display';
        case 'list_comprehension':
            return 'list comprehension';
        case 'generator_expression':
            return 'generator expression';
        case 'tuple':
            return 'tuple';
        case 'named_expression':
            return 'named expression';
        default:
            return 'expression';
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ lookupName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Unicode character names for Python's `\N{...}` escapes (case-insensitive; names,
 * aliases, and the algorithmic CJK / Hangul / ideograph names), from the tables of
 * the `unicode-name` package. Loaded on first use only: few sources have `\N{`.
 */




let names;
/** The code point a name gives, or undefined for a name Python does not know. */
function lookupName(name) {
    const { byName, tables } = load();
    const key = name.toUpperCase();
    const direct = byName.get(key);
    if (direct !== undefined)
        return direct;
    for (const [prefix, ranges] of Object.entries(tables.CP_RANGES)) {
        if (!key.startsWith(prefix) || !/^[0-9A-F]{4,6}$/.test(key.slice(prefix.length)))
            continue;
        const cp = parseInt(key.slice(prefix.length), 16);
        if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi))
            return cp;
    }
    const hangul = /^HANGUL SYLLABLE ([A-Z]+)$/.exec(key);
    if (hangul)
        return hangulSyllable(hangul[1], tables.JAMO);
    return undefined;
}
function hangulSyllable(syllable, jamo) {
    for (let i = 0; i < jamo.INITIAL.length; i++) {
        if (!syllable.startsWith(jamo.INITIAL[i]))
            continue;
        const afterInitial = syllable.slice(jamo.INITIAL[i].length);
        for (let m = 0; m < jamo.MEDIAL.length; m++) {
            if (!afterInitial.startsWith(jamo.MEDIAL[m]))
                continue;
            const f = jamo.FINAL.indexOf(afterInitial.slice(jamo.MEDIAL[m].length));
            if (f >= 0)
                return 0xac00 + (i * jamo.MEDIAL.length + m) * jamo.FINAL.length + f;
        }
    }
    return undefined;
}
function load() {
    if (names)
        return names;
    // Beside the bundle (dist/), else the installed package's.
    const beside = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), 'unicode-names.js');
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve('unicode-name')), 'name.js');
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    const tables = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
    const byName = new Map();
    const words = tables.COMMON_WORDS;
    for (const [char, packed] of Object.entries(tables.NAMES)) {
        let name = '';
        for (const c of packed) {
            const code = c.codePointAt(0);
            name += code < tables.REPLACE_BASE ? c : `${words[code - tables.REPLACE_BASE]} `;
        }
        byName.set(name.trim(), char.codePointAt(0));
    }
    for (const [char, kinds] of Object.entries(tables.ALIASES)) {
        for (const list of Object.values(kinds))
            for (const alias of list)
                if (!byName.has(alias))
                    byName.set(alias, char.codePointAt(0));
    }
    names = { byName, tables };
    return names;
}


/***/ }),

/***/ 3238:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VL: () => (/* binding */ parameterErrors),
  ao: () => (/* binding */ valueError)
});

// UNUSED EXPORTS: preprocess

;// CONCATENATED MODULE: ./node_modules/@cfworker/json-schema/dist/esm/pointer.js
function encodePointer(p) {
    return encodeURI(escapePointer(p)).replace(/#/g, '%23');
}
function escapePointer(p) {
    return p.replace(/~/g, '~0').replace(/\//g, '~1');
}
//# sourceMappingURL=pointer.js.map
;// CONCATENATED MODULE: ./node_modules/@cfworker/json-schema/dist/esm/dereference.js

const uriFragmentCharacter = /^[A-Za-z0-9._~!$&'()*+,;=:@/?-]$/;
const uriPercentEncoding = /^%[0-9A-Fa-f]{2}$/;
const uriUnreservedCharacter = /^[A-Za-z0-9._~-]$/;
function normalizeURIFragment(fragment) {
    let normalized = '';
    for (let index = 0; index < fragment.length;) {
        const character = fragment[index];
        const encoded = fragment.slice(index, index + 3);
        if (character === '%' && uriPercentEncoding.test(encoded)) {
            const decoded = String.fromCharCode(parseInt(encoded.slice(1), 16));
            normalized += uriUnreservedCharacter.test(decoded)
                ? decoded
                : encoded.toUpperCase();
            index += 3;
            continue;
        }
        const codePoint = String.fromCodePoint(fragment.codePointAt(index));
        normalized += uriFragmentCharacter.test(codePoint)
            ? codePoint
            : encodeURIComponent(codePoint);
        index += codePoint.length;
    }
    return normalized;
}
function resolveURI(reference, baseURI) {
    const url = new URL(reference, baseURI.href);
    url.hash = url.hash ? normalizeURIFragment(url.hash.slice(1)) : '';
    return url;
}
const schemaKeyword = {
    additionalItems: true,
    unevaluatedItems: true,
    items: true,
    contains: true,
    additionalProperties: true,
    unevaluatedProperties: true,
    propertyNames: true,
    not: true,
    if: true,
    then: true,
    else: true
};
const schemaArrayKeyword = {
    prefixItems: true,
    items: true,
    allOf: true,
    anyOf: true,
    oneOf: true
};
const schemaMapKeyword = {
    $defs: true,
    definitions: true,
    properties: true,
    patternProperties: true,
    dependentSchemas: true
};
const ignoredKeyword = {
    id: true,
    $id: true,
    $ref: true,
    $schema: true,
    $anchor: true,
    $vocabulary: true,
    $comment: true,
    default: true,
    enum: true,
    const: true,
    required: true,
    dependentRequired: true,
    type: true,
    maximum: true,
    minimum: true,
    exclusiveMaximum: true,
    exclusiveMinimum: true,
    multipleOf: true,
    maxLength: true,
    minLength: true,
    pattern: true,
    format: true,
    maxItems: true,
    minItems: true,
    uniqueItems: true,
    maxProperties: true,
    minProperties: true
};
let initialBaseURI = typeof self !== 'undefined' &&
    self.location &&
    self.location.origin !== 'null'
    ?
        new URL(self.location.origin + self.location.pathname + location.search)
    : new URL('https://github.com/cfworker');
function dereference(schema, lookup = Object.create(null), baseURI = initialBaseURI, basePointer = '') {
    if (schema && typeof schema === 'object' && !Array.isArray(schema)) {
        const id = schema.$id || schema['id'];
        if (id) {
            const url = resolveURI(id, baseURI);
            if (url.hash.length > 1) {
                lookup[url.href] = schema;
            }
            else {
                url.hash = '';
                if (basePointer === '') {
                    baseURI = url;
                }
                else {
                    dereference(schema, lookup, baseURI);
                }
            }
        }
    }
    else if (schema !== true && schema !== false) {
        return lookup;
    }
    const schemaURI = baseURI.href + (basePointer ? '#' + basePointer : '');
    if (lookup[schemaURI] !== undefined && lookup[schemaURI] !== schema) {
        throw new Error(`Duplicate schema URI "${schemaURI}".`);
    }
    lookup[schemaURI] = schema;
    if (schema === true || schema === false) {
        return lookup;
    }
    if (schema.__absolute_uri__ === undefined) {
        Object.defineProperty(schema, '__absolute_uri__', {
            enumerable: false,
            value: schemaURI
        });
    }
    if (schema.$ref && schema.__absolute_ref__ === undefined) {
        const url = resolveURI(schema.$ref, baseURI);
        Object.defineProperty(schema, '__absolute_ref__', {
            enumerable: false,
            value: url.href
        });
    }
    if (schema.$recursiveRef && schema.__absolute_recursive_ref__ === undefined) {
        const url = resolveURI(schema.$recursiveRef, baseURI);
        Object.defineProperty(schema, '__absolute_recursive_ref__', {
            enumerable: false,
            value: url.href
        });
    }
    if (schema.$anchor) {
        const url = resolveURI('#' + schema.$anchor, baseURI);
        lookup[url.href] = schema;
    }
    for (let key in schema) {
        if (ignoredKeyword[key]) {
            continue;
        }
        const keyBase = `${basePointer}/${encodePointer(key)}`;
        const subSchema = schema[key];
        if (Array.isArray(subSchema)) {
            if (schemaArrayKeyword[key]) {
                const length = subSchema.length;
                for (let i = 0; i < length; i++) {
                    dereference(subSchema[i], lookup, baseURI, `${keyBase}/${i}`);
                }
            }
        }
        else if (schemaMapKeyword[key]) {
            for (let subKey in subSchema) {
                dereference(subSchema[subKey], lookup, baseURI, `${keyBase}/${encodePointer(subKey)}`);
            }
        }
        else {
            dereference(subSchema, lookup, baseURI, keyBase);
        }
    }
    return lookup;
}
//# sourceMappingURL=dereference.js.map
;// CONCATENATED MODULE: ./node_modules/@cfworker/json-schema/dist/esm/deep-compare-strict.js
function deepCompareStrict(a, b) {
    const typeofa = typeof a;
    if (typeofa !== typeof b) {
        return false;
    }
    const aIsArray = Array.isArray(a);
    const bIsArray = Array.isArray(b);
    if (aIsArray !== bIsArray) {
        return false;
    }
    if (aIsArray) {
        const length = a.length;
        if (length !== b.length) {
            return false;
        }
        for (let i = 0; i < length; i++) {
            if (!deepCompareStrict(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    if (typeofa === 'object') {
        if (!a || !b) {
            return a === b;
        }
        const aKeys = Object.keys(a);
        const bKeys = Object.keys(b);
        const length = aKeys.length;
        if (length !== bKeys.length) {
            return false;
        }
        for (const k of aKeys) {
            if (!Object.prototype.hasOwnProperty.call(b, k)) {
                return false;
            }
            if (!deepCompareStrict(a[k], b[k])) {
                return false;
            }
        }
        return true;
    }
    return a === b;
}
//# sourceMappingURL=deep-compare-strict.js.map
;// CONCATENATED MODULE: ./node_modules/@cfworker/json-schema/dist/esm/format.js
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|([+-])(\d\d):(\d\d))?$/i;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*$/i;
const URIREF = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const URITEMPLATE = /^(?:(?:[^\x00-\x20\x7f"<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?:\.(?:[a-z0-9_]|%[0-9a-f]{2})+)*(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?:\.(?:[a-z0-9_]|%[0-9a-f]{2})+)*(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
const URL_ = /^(?:(?:https?|ftp):\/\/)(?:\S+(?::\S*)?@)?(?:(?!10(?:\.\d{1,3}){3})(?!127(?:\.\d{1,3}){3})(?!169\.254(?:\.\d{1,3}){2})(?!192\.168(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z\u{00a1}-\u{ffff}0-9]+-?)*[a-z\u{00a1}-\u{ffff}0-9]+)(?:\.(?:[a-z\u{00a1}-\u{ffff}0-9]+-?)*[a-z\u{00a1}-\u{ffff}0-9]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu;
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const JSON_POINTER_URI_FRAGMENT = /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i;
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
const EMAIL_ADDRESS = /^("(?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"|[a-z0-9.!#$%&'*+/=?^_`{|}~-]+)@(.+)$/i;
const EMAIL = (input) => {
    const matches = input.match(EMAIL_ADDRESS);
    if (!matches)
        return false;
    const name = matches[1];
    const host = matches[2];
    if (!name || !host || name.length > 64 || host.length > 253)
        return false;
    if (name[0] !== '"' &&
        (name[0] === '.' || name.endsWith('.') || name.includes('..'))) {
        return false;
    }
    if (host.startsWith('[') && host.endsWith(']')) {
        const address = host.slice(1, -1);
        if (/^ipv6:/i.test(address))
            return IPV6.test(address.slice(5));
        return IPV4.test(address);
    }
    return HOSTNAME.test(host);
};
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/;
const IPV6 = /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
const DURATION = (input) => /^P(?:\d+W|(?:(?:\d+Y(?:\d+M(?:\d+D)?)?|\d+M(?:\d+D)?|\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)))$/.test(input);
function bind(r) {
    return r.test.bind(r);
}
const format = {
    date,
    time: time.bind(undefined, true),
    'date-time': date_time,
    duration: DURATION,
    uri,
    'uri-reference': bind(URIREF),
    'uri-template': bind(URITEMPLATE),
    url: bind(URL_),
    email: EMAIL,
    hostname: bind(HOSTNAME),
    ipv4: bind(IPV4),
    ipv6: bind(IPV6),
    regex: regex,
    uuid: bind(UUID),
    'json-pointer': bind(JSON_POINTER),
    'json-pointer-uri-fragment': bind(JSON_POINTER_URI_FRAGMENT),
    'relative-json-pointer': bind(RELATIVE_JSON_POINTER)
};
function isLeapYear(year) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function date(str) {
    const matches = str.match(DATE);
    if (!matches)
        return false;
    const yearPart = matches[1];
    const monthPart = matches[2];
    const dayPart = matches[3];
    if (!yearPart || !monthPart || !dayPart)
        return false;
    const year = +yearPart;
    const month = +monthPart;
    const day = +dayPart;
    const maxDay = month == 2 && isLeapYear(year) ? 29 : DAYS[month];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        maxDay !== undefined &&
        day <= maxDay);
}
function time(full, str) {
    const matches = str.match(TIME);
    if (!matches)
        return false;
    const hourPart = matches[1];
    const minutePart = matches[2];
    const secondPart = matches[3];
    if (!hourPart || !minutePart || !secondPart)
        return false;
    const hour = +hourPart;
    const minute = +minutePart;
    const second = +secondPart;
    const timeZone = matches[5];
    const offsetSign = matches[6];
    const offsetHour = +(matches[7] ?? 0);
    const offsetMinute = +(matches[8] ?? 0);
    if (hour > 23 ||
        minute > 59 ||
        second > 60 ||
        offsetHour > 23 ||
        offsetMinute > 59 ||
        (full && timeZone === undefined)) {
        return false;
    }
    if (second < 60)
        return true;
    const offsetDirection = offsetSign === '+' ? 1 : offsetSign === '-' ? -1 : 0;
    const utcMinute = (hour * 60 +
        minute -
        offsetDirection * (offsetHour * 60 + offsetMinute) +
        24 * 60) %
        (24 * 60);
    return utcMinute === 23 * 60 + 59;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function date_time(str) {
    const [datePart, timePart, extra] = str.split(DATE_TIME_SEPARATOR);
    return (datePart !== undefined &&
        timePart !== undefined &&
        extra === undefined &&
        date(datePart) &&
        time(true, timePart));
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI_PATTERN = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    return NOT_URI_FRAGMENT.test(str) && URI_PATTERN.test(str);
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str, 'u');
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./node_modules/@cfworker/json-schema/dist/esm/ucs2-length.js
function ucs2length(s) {
    let result = 0;
    let length = s.length;
    let index = 0;
    let charCode;
    while (index < length) {
        result++;
        charCode = s.charCodeAt(index++);
        if (charCode >= 0xd800 && charCode <= 0xdbff && index < length) {
            charCode = s.charCodeAt(index);
            if ((charCode & 0xfc00) == 0xdc00) {
                index++;
            }
        }
    }
    return result;
}
//# sourceMappingURL=ucs2-length.js.map
;// CONCATENATED MODULE: ./node_modules/@cfworker/json-schema/dist/esm/validate.js





function validate_hasOwnProperty(instance, key) {
    return Object.prototype.hasOwnProperty.call(instance, key);
}
function decimalInteger(value) {
    const coefficientAndExponent = Math.abs(value).toString().split('e');
    const coefficient = coefficientAndExponent[0];
    const exponent = coefficientAndExponent[1] ?? '0';
    const point = coefficient.indexOf('.');
    const fractionLength = point === -1 ? 0 : coefficient.length - point - 1;
    return [
        BigInt(coefficient.replace('.', '')),
        Number(exponent) - fractionLength
    ];
}
function isMultipleOf(instance, divisor) {
    if (!Number.isFinite(instance) || !Number.isFinite(divisor) || divisor <= 0) {
        return false;
    }
    const [instanceCoefficient, instanceExponent] = decimalInteger(instance);
    const [divisorCoefficient, divisorExponent] = decimalInteger(divisor);
    const exponentDifference = instanceExponent - divisorExponent;
    if (exponentDifference >= 0) {
        return ((instanceCoefficient * 10n ** BigInt(exponentDifference)) %
            divisorCoefficient ===
            0n);
    }
    return (instanceCoefficient %
        (divisorCoefficient * 10n ** BigInt(-exponentDifference)) ===
        0n);
}
function validate(instance, schema, draft = '2019-09', lookup = dereference(schema), shortCircuit = true, recursiveAnchor = null, instanceLocation = '#', schemaLocation = '#', evaluated = Object.create(null)) {
    if (schema === true) {
        return { valid: true, errors: [] };
    }
    if (schema === false) {
        return {
            valid: false,
            errors: [
                {
                    instanceLocation,
                    keyword: 'false',
                    keywordLocation: instanceLocation,
                    error: 'False boolean schema.'
                }
            ]
        };
    }
    const rawInstanceType = typeof instance;
    let instanceType;
    switch (rawInstanceType) {
        case 'boolean':
        case 'number':
        case 'string':
            instanceType = rawInstanceType;
            break;
        case 'object':
            if (instance === null) {
                instanceType = 'null';
            }
            else if (Array.isArray(instance)) {
                instanceType = 'array';
            }
            else {
                instanceType = 'object';
            }
            break;
        default:
            throw new Error(`Instances of "${rawInstanceType}" type are not supported.`);
    }
    const { $ref, $recursiveRef, $recursiveAnchor, type: $type, const: $const, enum: $enum, required: $required, not: $not, anyOf: $anyOf, allOf: $allOf, oneOf: $oneOf, if: $if, then: $then, else: $else, format: $format, properties: $properties, patternProperties: $patternProperties, additionalProperties: $additionalProperties, unevaluatedProperties: $unevaluatedProperties, minProperties: $minProperties, maxProperties: $maxProperties, propertyNames: $propertyNames, dependentRequired: $dependentRequired, dependentSchemas: $dependentSchemas, dependencies: $dependencies, prefixItems: $prefixItems, items: $items, additionalItems: $additionalItems, unevaluatedItems: $unevaluatedItems, contains: $contains, minContains: $minContains, maxContains: $maxContains, minItems: $minItems, maxItems: $maxItems, uniqueItems: $uniqueItems, minimum: $minimum, maximum: $maximum, exclusiveMinimum: $exclusiveMinimum, exclusiveMaximum: $exclusiveMaximum, multipleOf: $multipleOf, minLength: $minLength, maxLength: $maxLength, pattern: $pattern, __absolute_ref__, __absolute_recursive_ref__ } = schema;
    const errors = [];
    if ($recursiveAnchor === true && recursiveAnchor === null) {
        recursiveAnchor = schema;
    }
    if ($recursiveRef === '#') {
        const refSchema = recursiveAnchor === null
            ? lookup[__absolute_recursive_ref__]
            : recursiveAnchor;
        const keywordLocation = `${schemaLocation}/$recursiveRef`;
        const result = validate(instance, recursiveAnchor === null ? schema : recursiveAnchor, draft, lookup, shortCircuit, refSchema, instanceLocation, keywordLocation, evaluated);
        if (!result.valid) {
            errors.push({
                instanceLocation,
                keyword: '$recursiveRef',
                keywordLocation,
                error: 'A subschema had errors.'
            }, ...result.errors);
        }
    }
    if ($ref !== undefined) {
        const uri = __absolute_ref__ || $ref;
        const refSchema = lookup[uri];
        if (refSchema === undefined) {
            let message = `Unresolved $ref "${$ref}".`;
            if (__absolute_ref__ && __absolute_ref__ !== $ref) {
                message += `  Absolute URI "${__absolute_ref__}".`;
            }
            message += `\nKnown schemas:\n- ${Object.keys(lookup).join('\n- ')}`;
            throw new Error(message);
        }
        const keywordLocation = `${schemaLocation}/$ref`;
        const result = validate(instance, refSchema, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, keywordLocation, evaluated);
        if (!result.valid) {
            errors.push({
                instanceLocation,
                keyword: '$ref',
                keywordLocation,
                error: 'A subschema had errors.'
            }, ...result.errors);
        }
        if (draft === '4' || draft === '7') {
            return { valid: errors.length === 0, errors };
        }
    }
    if (Array.isArray($type)) {
        let length = $type.length;
        let valid = false;
        for (let i = 0; i < length; i++) {
            if (instanceType === $type[i] ||
                ($type[i] === 'integer' &&
                    instanceType === 'number' &&
                    instance % 1 === 0 &&
                    instance === instance)) {
                valid = true;
                break;
            }
        }
        if (!valid) {
            errors.push({
                instanceLocation,
                keyword: 'type',
                keywordLocation: `${schemaLocation}/type`,
                error: `Instance type "${instanceType}" is invalid. Expected "${$type.join('", "')}".`
            });
        }
    }
    else if ($type === 'integer') {
        if (instanceType !== 'number' || instance % 1 || instance !== instance) {
            errors.push({
                instanceLocation,
                keyword: 'type',
                keywordLocation: `${schemaLocation}/type`,
                error: `Instance type "${instanceType}" is invalid. Expected "${$type}".`
            });
        }
    }
    else if ($type !== undefined && instanceType !== $type) {
        errors.push({
            instanceLocation,
            keyword: 'type',
            keywordLocation: `${schemaLocation}/type`,
            error: `Instance type "${instanceType}" is invalid. Expected "${$type}".`
        });
    }
    if ($const !== undefined) {
        if (instanceType === 'object' || instanceType === 'array') {
            if (!deepCompareStrict(instance, $const)) {
                errors.push({
                    instanceLocation,
                    keyword: 'const',
                    keywordLocation: `${schemaLocation}/const`,
                    error: `Instance does not match ${JSON.stringify($const)}.`
                });
            }
        }
        else if (instance !== $const) {
            errors.push({
                instanceLocation,
                keyword: 'const',
                keywordLocation: `${schemaLocation}/const`,
                error: `Instance does not match ${JSON.stringify($const)}.`
            });
        }
    }
    if ($enum !== undefined) {
        if (instanceType === 'object' || instanceType === 'array') {
            if (!$enum.some(value => deepCompareStrict(instance, value))) {
                errors.push({
                    instanceLocation,
                    keyword: 'enum',
                    keywordLocation: `${schemaLocation}/enum`,
                    error: `Instance does not match any of ${JSON.stringify($enum)}.`
                });
            }
        }
        else if (!$enum.some(value => instance === value)) {
            errors.push({
                instanceLocation,
                keyword: 'enum',
                keywordLocation: `${schemaLocation}/enum`,
                error: `Instance does not match any of ${JSON.stringify($enum)}.`
            });
        }
    }
    if ($not !== undefined) {
        const keywordLocation = `${schemaLocation}/not`;
        const result = validate(instance, $not, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, keywordLocation);
        if (result.valid) {
            errors.push({
                instanceLocation,
                keyword: 'not',
                keywordLocation,
                error: 'Instance matched "not" schema.'
            });
        }
    }
    let subEvaluateds = [];
    if ($anyOf !== undefined) {
        const keywordLocation = `${schemaLocation}/anyOf`;
        const errorsLength = errors.length;
        let anyValid = false;
        for (const [i, subSchema] of $anyOf.entries()) {
            const subEvaluated = Object.create(evaluated);
            const result = validate(instance, subSchema, draft, lookup, shortCircuit, $recursiveAnchor === true ? recursiveAnchor : null, instanceLocation, `${keywordLocation}/${i}`, subEvaluated);
            errors.push(...result.errors);
            anyValid = anyValid || result.valid;
            if (result.valid) {
                subEvaluateds.push(subEvaluated);
            }
        }
        if (anyValid) {
            errors.length = errorsLength;
        }
        else {
            errors.splice(errorsLength, 0, {
                instanceLocation,
                keyword: 'anyOf',
                keywordLocation,
                error: 'Instance does not match any subschemas.'
            });
        }
    }
    if ($allOf !== undefined) {
        const keywordLocation = `${schemaLocation}/allOf`;
        const errorsLength = errors.length;
        let allValid = true;
        for (const [i, subSchema] of $allOf.entries()) {
            const subEvaluated = Object.create(evaluated);
            const result = validate(instance, subSchema, draft, lookup, shortCircuit, $recursiveAnchor === true ? recursiveAnchor : null, instanceLocation, `${keywordLocation}/${i}`, subEvaluated);
            errors.push(...result.errors);
            allValid = allValid && result.valid;
            if (result.valid) {
                subEvaluateds.push(subEvaluated);
            }
        }
        if (allValid) {
            errors.length = errorsLength;
        }
        else {
            errors.splice(errorsLength, 0, {
                instanceLocation,
                keyword: 'allOf',
                keywordLocation,
                error: `Instance does not match every subschema.`
            });
        }
    }
    if ($oneOf !== undefined) {
        const keywordLocation = `${schemaLocation}/oneOf`;
        const errorsLength = errors.length;
        const matches = $oneOf.filter((subSchema, i) => {
            const subEvaluated = Object.create(evaluated);
            const result = validate(instance, subSchema, draft, lookup, shortCircuit, $recursiveAnchor === true ? recursiveAnchor : null, instanceLocation, `${keywordLocation}/${i}`, subEvaluated);
            errors.push(...result.errors);
            if (result.valid) {
                subEvaluateds.push(subEvaluated);
            }
            return result.valid;
        }).length;
        if (matches === 1) {
            errors.length = errorsLength;
        }
        else {
            errors.splice(errorsLength, 0, {
                instanceLocation,
                keyword: 'oneOf',
                keywordLocation,
                error: `Instance does not match exactly one subschema (${matches} matches).`
            });
        }
    }
    if (instanceType === 'object' || instanceType === 'array') {
        Object.assign(evaluated, ...subEvaluateds);
    }
    if ($if !== undefined) {
        const keywordLocation = `${schemaLocation}/if`;
        const ifEvaluated = Object.create(null);
        const conditionResult = validate(instance, $if, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, keywordLocation, ifEvaluated).valid;
        if (conditionResult) {
            Object.assign(evaluated, ifEvaluated);
            if ($then !== undefined) {
                const thenResult = validate(instance, $then, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${schemaLocation}/then`, evaluated);
                if (!thenResult.valid) {
                    errors.push({
                        instanceLocation,
                        keyword: 'if',
                        keywordLocation,
                        error: `Instance does not match "then" schema.`
                    }, ...thenResult.errors);
                }
            }
        }
        else if ($else !== undefined) {
            const elseResult = validate(instance, $else, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${schemaLocation}/else`, evaluated);
            if (!elseResult.valid) {
                errors.push({
                    instanceLocation,
                    keyword: 'if',
                    keywordLocation,
                    error: `Instance does not match "else" schema.`
                }, ...elseResult.errors);
            }
        }
    }
    if (instanceType === 'object') {
        if ($required !== undefined) {
            for (const key of $required) {
                if (!validate_hasOwnProperty(instance, key)) {
                    errors.push({
                        instanceLocation,
                        keyword: 'required',
                        keywordLocation: `${schemaLocation}/required`,
                        error: `Instance does not have required property "${key}".`
                    });
                }
            }
        }
        const keys = Object.keys(instance);
        if ($minProperties !== undefined && keys.length < $minProperties) {
            errors.push({
                instanceLocation,
                keyword: 'minProperties',
                keywordLocation: `${schemaLocation}/minProperties`,
                error: `Instance does not have at least ${$minProperties} properties.`
            });
        }
        if ($maxProperties !== undefined && keys.length > $maxProperties) {
            errors.push({
                instanceLocation,
                keyword: 'maxProperties',
                keywordLocation: `${schemaLocation}/maxProperties`,
                error: `Instance does not have at least ${$maxProperties} properties.`
            });
        }
        if ($propertyNames !== undefined) {
            const keywordLocation = `${schemaLocation}/propertyNames`;
            for (const key in instance) {
                const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`;
                const result = validate(key, $propertyNames, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, keywordLocation);
                if (!result.valid) {
                    errors.push({
                        instanceLocation,
                        keyword: 'propertyNames',
                        keywordLocation,
                        error: `Property name "${key}" does not match schema.`
                    }, ...result.errors);
                }
            }
        }
        if ($dependentRequired !== undefined) {
            const keywordLocation = `${schemaLocation}/dependantRequired`;
            for (const key in $dependentRequired) {
                if (validate_hasOwnProperty(instance, key)) {
                    const required = $dependentRequired[key];
                    for (const dependantKey of required) {
                        if (!validate_hasOwnProperty(instance, dependantKey)) {
                            errors.push({
                                instanceLocation,
                                keyword: 'dependentRequired',
                                keywordLocation,
                                error: `Instance has "${key}" but does not have "${dependantKey}".`
                            });
                        }
                    }
                }
            }
        }
        if ($dependentSchemas !== undefined) {
            for (const [key, dependentSchema] of Object.entries($dependentSchemas)) {
                const keywordLocation = `${schemaLocation}/dependentSchemas`;
                if (validate_hasOwnProperty(instance, key)) {
                    const result = validate(instance, dependentSchema, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${keywordLocation}/${encodePointer(key)}`, evaluated);
                    if (!result.valid) {
                        errors.push({
                            instanceLocation,
                            keyword: 'dependentSchemas',
                            keywordLocation,
                            error: `Instance has "${key}" but does not match dependant schema.`
                        }, ...result.errors);
                    }
                }
            }
        }
        if ($dependencies !== undefined) {
            const keywordLocation = `${schemaLocation}/dependencies`;
            for (const key in $dependencies) {
                if (validate_hasOwnProperty(instance, key)) {
                    const propsOrSchema = $dependencies[key];
                    if (Array.isArray(propsOrSchema)) {
                        for (const dependantKey of propsOrSchema) {
                            if (!validate_hasOwnProperty(instance, dependantKey)) {
                                errors.push({
                                    instanceLocation,
                                    keyword: 'dependencies',
                                    keywordLocation,
                                    error: `Instance has "${key}" but does not have "${dependantKey}".`
                                });
                            }
                        }
                    }
                    else {
                        const result = validate(instance, propsOrSchema, draft, lookup, shortCircuit, recursiveAnchor, instanceLocation, `${keywordLocation}/${encodePointer(key)}`);
                        if (!result.valid) {
                            errors.push({
                                instanceLocation,
                                keyword: 'dependencies',
                                keywordLocation,
                                error: `Instance has "${key}" but does not match dependant schema.`
                            }, ...result.errors);
                        }
                    }
                }
            }
        }
        const thisEvaluated = Object.create(null);
        let stop = false;
        if ($properties !== undefined) {
            const keywordLocation = `${schemaLocation}/properties`;
            for (const [key, propertySchema] of Object.entries($properties)) {
                if (!validate_hasOwnProperty(instance, key)) {
                    continue;
                }
                const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`;
                const result = validate(instance[key], propertySchema, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, `${keywordLocation}/${encodePointer(key)}`);
                thisEvaluated[key] = true;
                if (result.valid) {
                    evaluated[key] = true;
                }
                else {
                    stop = shortCircuit;
                    errors.push({
                        instanceLocation,
                        keyword: 'properties',
                        keywordLocation,
                        error: `Property "${key}" does not match schema.`
                    }, ...result.errors);
                    if (stop)
                        break;
                }
            }
        }
        if (!stop && $patternProperties !== undefined) {
            const keywordLocation = `${schemaLocation}/patternProperties`;
            for (const [pattern, subSchema] of Object.entries($patternProperties)) {
                const regex = new RegExp(pattern, 'u');
                for (const key in instance) {
                    if (!regex.test(key)) {
                        continue;
                    }
                    const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`;
                    const result = validate(instance[key], subSchema, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, `${keywordLocation}/${encodePointer(pattern)}`);
                    thisEvaluated[key] = true;
                    if (result.valid) {
                        evaluated[key] = true;
                    }
                    else {
                        stop = shortCircuit;
                        errors.push({
                            instanceLocation,
                            keyword: 'patternProperties',
                            keywordLocation,
                            error: `Property "${key}" matches pattern "${pattern}" but does not match associated schema.`
                        }, ...result.errors);
                    }
                }
            }
        }
        if (!stop && $additionalProperties !== undefined) {
            const keywordLocation = `${schemaLocation}/additionalProperties`;
            for (const key in instance) {
                if (thisEvaluated[key]) {
                    continue;
                }
                const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`;
                const result = validate(instance[key], $additionalProperties, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, keywordLocation);
                if (result.valid) {
                    evaluated[key] = true;
                }
                else {
                    stop = shortCircuit;
                    errors.push({
                        instanceLocation,
                        keyword: 'additionalProperties',
                        keywordLocation,
                        error: `Property "${key}" does not match additional properties schema.`
                    }, ...result.errors);
                }
            }
        }
        else if (!stop && $unevaluatedProperties !== undefined) {
            const keywordLocation = `${schemaLocation}/unevaluatedProperties`;
            for (const key in instance) {
                if (!evaluated[key]) {
                    const subInstancePointer = `${instanceLocation}/${encodePointer(key)}`;
                    const result = validate(instance[key], $unevaluatedProperties, draft, lookup, shortCircuit, recursiveAnchor, subInstancePointer, keywordLocation);
                    if (result.valid) {
                        evaluated[key] = true;
                    }
                    else {
                        errors.push({
                            instanceLocation,
                            keyword: 'unevaluatedProperties',
                            keywordLocation,
                            error: `Property "${key}" does not match unevaluated properties schema.`
                        }, ...result.errors);
                    }
                }
            }
        }
    }
    else if (instanceType === 'array') {
        if ($maxItems !== undefined && instance.length > $maxItems) {
            errors.push({
                instanceLocation,
                keyword: 'maxItems',
                keywordLocation: `${schemaLocation}/maxItems`,
                error: `Array has too many items (${instance.length} > ${$maxItems}).`
            });
        }
        if ($minItems !== undefined && instance.length < $minItems) {
            errors.push({
                instanceLocation,
                keyword: 'minItems',
                keywordLocation: `${schemaLocation}/minItems`,
                error: `Array has too few items (${instance.length} < ${$minItems}).`
            });
        }
        const length = instance.length;
        let i = 0;
        let stop = false;
        if ($prefixItems !== undefined) {
            const keywordLocation = `${schemaLocation}/prefixItems`;
            const length2 = Math.min($prefixItems.length, length);
            for (; i < length2; i++) {
                const result = validate(instance[i], $prefixItems[i], draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, `${keywordLocation}/${i}`);
                evaluated[i] = true;
                if (!result.valid) {
                    stop = shortCircuit;
                    errors.push({
                        instanceLocation,
                        keyword: 'prefixItems',
                        keywordLocation,
                        error: `Items did not match schema.`
                    }, ...result.errors);
                    if (stop)
                        break;
                }
            }
        }
        if ($items !== undefined) {
            const keywordLocation = `${schemaLocation}/items`;
            if (Array.isArray($items)) {
                const length2 = Math.min($items.length, length);
                for (; i < length2; i++) {
                    const result = validate(instance[i], $items[i], draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, `${keywordLocation}/${i}`);
                    evaluated[i] = true;
                    if (!result.valid) {
                        stop = shortCircuit;
                        errors.push({
                            instanceLocation,
                            keyword: 'items',
                            keywordLocation,
                            error: `Items did not match schema.`
                        }, ...result.errors);
                        if (stop)
                            break;
                    }
                }
            }
            else {
                for (; i < length; i++) {
                    const result = validate(instance[i], $items, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, keywordLocation);
                    evaluated[i] = true;
                    if (!result.valid) {
                        stop = shortCircuit;
                        errors.push({
                            instanceLocation,
                            keyword: 'items',
                            keywordLocation,
                            error: `Items did not match schema.`
                        }, ...result.errors);
                        if (stop)
                            break;
                    }
                }
            }
            if (!stop && $additionalItems !== undefined) {
                const keywordLocation = `${schemaLocation}/additionalItems`;
                for (; i < length; i++) {
                    const result = validate(instance[i], $additionalItems, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, keywordLocation);
                    evaluated[i] = true;
                    if (!result.valid) {
                        stop = shortCircuit;
                        errors.push({
                            instanceLocation,
                            keyword: 'additionalItems',
                            keywordLocation,
                            error: `Items did not match additional items schema.`
                        }, ...result.errors);
                    }
                }
            }
        }
        if ($contains !== undefined) {
            if (length === 0 && $minContains === undefined) {
                errors.push({
                    instanceLocation,
                    keyword: 'contains',
                    keywordLocation: `${schemaLocation}/contains`,
                    error: `Array is empty. It must contain at least one item matching the schema.`
                });
            }
            else if ($minContains !== undefined && length < $minContains) {
                errors.push({
                    instanceLocation,
                    keyword: 'minContains',
                    keywordLocation: `${schemaLocation}/minContains`,
                    error: `Array has less items (${length}) than minContains (${$minContains}).`
                });
            }
            else {
                const keywordLocation = `${schemaLocation}/contains`;
                const errorsLength = errors.length;
                let contained = 0;
                for (let j = 0; j < length; j++) {
                    const result = validate(instance[j], $contains, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${j}`, keywordLocation);
                    if (result.valid) {
                        evaluated[j] = true;
                        contained++;
                    }
                    else {
                        errors.push(...result.errors);
                    }
                }
                if (contained >= ($minContains || 0)) {
                    errors.length = errorsLength;
                }
                if ($minContains === undefined && contained === 0) {
                    errors.splice(errorsLength, 0, {
                        instanceLocation,
                        keyword: 'contains',
                        keywordLocation,
                        error: `Array does not contain item matching schema.`
                    });
                }
                else if ($minContains !== undefined && contained < $minContains) {
                    errors.push({
                        instanceLocation,
                        keyword: 'minContains',
                        keywordLocation: `${schemaLocation}/minContains`,
                        error: `Array must contain at least ${$minContains} items matching schema. Only ${contained} items were found.`
                    });
                }
                else if ($maxContains !== undefined && contained > $maxContains) {
                    errors.push({
                        instanceLocation,
                        keyword: 'maxContains',
                        keywordLocation: `${schemaLocation}/maxContains`,
                        error: `Array may contain at most ${$maxContains} items matching schema. ${contained} items were found.`
                    });
                }
            }
        }
        if (!stop && $unevaluatedItems !== undefined) {
            const keywordLocation = `${schemaLocation}/unevaluatedItems`;
            for (i; i < length; i++) {
                if (evaluated[i]) {
                    continue;
                }
                const result = validate(instance[i], $unevaluatedItems, draft, lookup, shortCircuit, recursiveAnchor, `${instanceLocation}/${i}`, keywordLocation);
                evaluated[i] = true;
                if (!result.valid) {
                    errors.push({
                        instanceLocation,
                        keyword: 'unevaluatedItems',
                        keywordLocation,
                        error: `Items did not match unevaluated items schema.`
                    }, ...result.errors);
                }
            }
        }
        if ($uniqueItems) {
            for (let j = 0; j < length; j++) {
                const a = instance[j];
                const ao = typeof a === 'object' && a !== null;
                for (let k = 0; k < length; k++) {
                    if (j === k) {
                        continue;
                    }
                    const b = instance[k];
                    const bo = typeof b === 'object' && b !== null;
                    if (a === b || (ao && bo && deepCompareStrict(a, b))) {
                        errors.push({
                            instanceLocation,
                            keyword: 'uniqueItems',
                            keywordLocation: `${schemaLocation}/uniqueItems`,
                            error: `Duplicate items at indexes ${j} and ${k}.`
                        });
                        j = Number.MAX_SAFE_INTEGER;
                        k = Number.MAX_SAFE_INTEGER;
                    }
                }
            }
        }
    }
    else if (instanceType === 'number') {
        if (draft === '4') {
            if ($minimum !== undefined &&
                (($exclusiveMinimum === true && instance <= $minimum) ||
                    instance < $minimum)) {
                errors.push({
                    instanceLocation,
                    keyword: 'minimum',
                    keywordLocation: `${schemaLocation}/minimum`,
                    error: `${instance} is less than ${$exclusiveMinimum ? 'or equal to ' : ''} ${$minimum}.`
                });
            }
            if ($maximum !== undefined &&
                (($exclusiveMaximum === true && instance >= $maximum) ||
                    instance > $maximum)) {
                errors.push({
                    instanceLocation,
                    keyword: 'maximum',
                    keywordLocation: `${schemaLocation}/maximum`,
                    error: `${instance} is greater than ${$exclusiveMaximum ? 'or equal to ' : ''} ${$maximum}.`
                });
            }
        }
        else {
            if ($minimum !== undefined && instance < $minimum) {
                errors.push({
                    instanceLocation,
                    keyword: 'minimum',
                    keywordLocation: `${schemaLocation}/minimum`,
                    error: `${instance} is less than ${$minimum}.`
                });
            }
            if ($maximum !== undefined && instance > $maximum) {
                errors.push({
                    instanceLocation,
                    keyword: 'maximum',
                    keywordLocation: `${schemaLocation}/maximum`,
                    error: `${instance} is greater than ${$maximum}.`
                });
            }
            if ($exclusiveMinimum !== undefined && instance <= $exclusiveMinimum) {
                errors.push({
                    instanceLocation,
                    keyword: 'exclusiveMinimum',
                    keywordLocation: `${schemaLocation}/exclusiveMinimum`,
                    error: `${instance} is less than ${$exclusiveMinimum}.`
                });
            }
            if ($exclusiveMaximum !== undefined && instance >= $exclusiveMaximum) {
                errors.push({
                    instanceLocation,
                    keyword: 'exclusiveMaximum',
                    keywordLocation: `${schemaLocation}/exclusiveMaximum`,
                    error: `${instance} is greater than or equal to ${$exclusiveMaximum}.`
                });
            }
        }
        if ($multipleOf !== undefined) {
            if (!isMultipleOf(instance, $multipleOf)) {
                errors.push({
                    instanceLocation,
                    keyword: 'multipleOf',
                    keywordLocation: `${schemaLocation}/multipleOf`,
                    error: `${instance} is not a multiple of ${$multipleOf}.`
                });
            }
        }
    }
    else if (instanceType === 'string') {
        const length = $minLength === undefined && $maxLength === undefined
            ? 0
            : ucs2length(instance);
        if ($minLength !== undefined && length < $minLength) {
            errors.push({
                instanceLocation,
                keyword: 'minLength',
                keywordLocation: `${schemaLocation}/minLength`,
                error: `String is too short (${length} < ${$minLength}).`
            });
        }
        if ($maxLength !== undefined && length > $maxLength) {
            errors.push({
                instanceLocation,
                keyword: 'maxLength',
                keywordLocation: `${schemaLocation}/maxLength`,
                error: `String is too long (${length} > ${$maxLength}).`
            });
        }
        if ($pattern !== undefined && !new RegExp($pattern, 'u').test(instance)) {
            errors.push({
                instanceLocation,
                keyword: 'pattern',
                keywordLocation: `${schemaLocation}/pattern`,
                error: `String does not match pattern.`
            });
        }
        if ($format !== undefined &&
            format[$format] &&
            !format[$format](instance)) {
            errors.push({
                instanceLocation,
                keyword: 'format',
                keywordLocation: `${schemaLocation}/format`,
                error: `String does not match format "${$format}".`
            });
        }
    }
    return { valid: errors.length === 0, errors };
}
//# sourceMappingURL=validate.js.map
// EXTERNAL MODULE: ./src/config/templates.ts
var templates = __nccwpck_require__(9205);
;// CONCATENATED MODULE: ./src/flows/values.ts
/**
 * Checks parameter values against a flow's schema the way Prefect's server does
 * when `enforce_parameter_schema` is on: `prefect.utilities.schema_tools.validate`
 * (its schema preprocessing, then JSON Schema 2020-12 without format checks), here
 * with @cfworker/json-schema (an interpreter: no code to generate per schema, which
 * keeps one run over many flows fast). Values that are templates are checked once
 * resolved, so they pass here.
 */


/** A schema ready to validate against, by its text: each flow's is prepared once per run. */
const prepared = new Map();
/**
 * The first mismatch as a message (`expected an integer, got "x"`), or undefined.
 * With `secret`, the message says what was expected and never shows the value.
 */
function valueError(value, schema, definitions = {}, options = {}) {
    const root = { type: 'object', properties: { value: schema }, definitions };
    return errorsOf(root, { value }, () => options.secret === true).get('value');
}
/**
 * Every parameter's first mismatch, by parameter name: the values are checked
 * together against the flow's whole schema, required parameters aside (a
 * deployment may leave them to each run).
 */
function parameterErrors(schema, parameters, secret = () => false) {
    let root = preprocessed.get(schema);
    if (!root) {
        root = withoutRequired(preprocess(schema));
        preprocessed.set(schema, root);
    }
    return errorsOf(root, parameters, secret);
}
const preprocessed = new WeakMap();
/** `secret`: the parameters whose values are secret-bearing: their messages never show values. */
function errorsOf(root, value, secret) {
    const out = new Map();
    const key = JSON.stringify(root);
    let ready = prepared.get(key);
    if (!ready) {
        // Prefect's server does not check formats; the copy also keeps dereference() off the caller's schema.
        const schema = withoutFormats(structuredClone(root));
        ready = { schema, lookup: dereference(schema) };
        prepared.set(key, ready);
    }
    let errors;
    try {
        errors = validate(value, ready.schema, '2020-12', ready.lookup, false).errors;
    }
    catch {
        // An unresolvable $ref: the server cannot check against it either.
        return out;
    }
    const templates = templatePaths(value, '#');
    const relevant = errors.filter((e) => !templates.some((t) => e.instanceLocation === t || e.instanceLocation.startsWith(`${t}/`)));
    for (const e of relevant) {
        const [name] = segments(e.instanceLocation);
        if (name === undefined || out.has(String(name)) || WRAPPERS.has(e.keyword))
            continue;
        const message = describe(e, relevant, value, ready, { secret: secret(String(name)) });
        if (message !== undefined)
            out.set(String(name), message);
    }
    return out;
}
/** Keywords whose errors only say that a subschema failed: the subschema's own error is reported. */
const WRAPPERS = new Set(['$ref', 'properties', 'items', 'prefixItems', 'additionalProperties', 'patternProperties', 'allOf', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames', 'additionalItems']);
function withoutFormats(s) {
    if (Array.isArray(s))
        return s.map(withoutFormats);
    if (!s || typeof s !== 'object')
        return s;
    return Object.fromEntries(Object.entries(s).filter(([k, v]) => !(k === 'format' && typeof v === 'string')).map(([k, v]) => [k, withoutFormats(v)]));
}
/** Prefect's `preprocess_schema`: optional properties without a default also take null; tuple `items` lists. */
function preprocess(schema) {
    const out = structuredClone(schema);
    const fix = (s) => {
        const properties = s.properties;
        if (!properties || typeof properties !== 'object')
            return;
        const required = Array.isArray(s.required) ? s.required : [];
        for (const [key, p] of Object.entries(properties)) {
            if (!p || typeof p !== 'object')
                continue;
            if (!required.includes(key) && 'type' in p && p.type !== 'null' && !('default' in p)) {
                p.anyOf = [{ type: p.type }, { type: 'null' }];
                delete p.type;
            }
            if (Array.isArray(p.items) && !p.prefixItems) {
                p.prefixItems = p.items;
                delete p.items;
            }
            if ('properties' in p)
                fix(p);
        }
    };
    fix(out);
    for (const d of Object.values((out.definitions ?? {})))
        if (d && typeof d === 'object')
            fix(d);
    return out;
}
function withoutRequired(s) {
    if (Array.isArray(s))
        return s.map(withoutRequired);
    if (!s || typeof s !== 'object')
        return s;
    return Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'required').map(([k, v]) => [k, withoutRequired(v)]));
}
function templatePaths(v, at) {
    if (typeof v === 'string')
        return (0,templates/* isWholeTemplate */.sm)(v) ? [at] : [];
    if (Array.isArray(v))
        return v.flatMap((x, i) => templatePaths(x, `${at}/${i}`));
    if (v && typeof v === 'object')
        return Object.entries(v).flatMap(([k, x]) => templatePaths(x, `${at}/${encodeURI(k.replace(/~/g, '~0').replace(/\//g, '~1'))}`));
    return [];
}
/** `#/a/0/b` -> ['a', 0, 'b'] */
function segments(location) {
    if (location === '#' || !location.startsWith('#/'))
        return [];
    return location
        .slice(2)
        .split('/')
        .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function at(value, path) {
    let v = value;
    for (const p of path)
        v = v !== null && typeof v === 'object' ? v[p] : undefined;
    return v;
}
/** The schema value at a keyword location, following `$ref` segments as the validator did. */
function schemaAt(ready, location) {
    let node = ready.schema;
    for (const seg of segments(location)) {
        const here = node;
        if (seg === '$ref' && here && typeof here.$ref === 'string')
            node = ready.lookup[String(here.__absolute_ref__ ?? here.$ref)];
        else
            node = here?.[seg];
    }
    return node;
}
/** A message for one error: where in the value (after the parameter itself), what was expected, and what was given. */
function describe(e, all, value, ready, options) {
    // An error inside an alternative is reported through its anyOf / oneOf.
    if (all.some((o) => o !== e && (o.keyword === 'anyOf' || o.keyword === 'oneOf') && e.keywordLocation.startsWith(`${o.keywordLocation}/`)))
        return undefined;
    const path = segments(e.instanceLocation);
    const given = at(value, path);
    const where = path.slice(1).map((p) => (typeof p === 'number' ? `item ${p}` : `field '${p}'`));
    const got = options.secret ? '' : `, got ${show(given)}`;
    const limit = schemaAt(ready, e.keywordLocation);
    let what;
    switch (e.keyword) {
        case 'type':
            what = `expected ${[limit].flat().map((t) => article(String(t))).join(' or ')}${got}`;
            break;
        case 'enum':
            what = `expected one of ${limit.map(show).join(', ')}${got}`;
            break;
        case 'const':
            what = `expected ${show(limit)}${got}`;
            break;
        case 'minimum':
            what = `expected at least ${limit}${got}`;
            break;
        case 'exclusiveMinimum':
            what = `expected more than ${limit}${got}`;
            break;
        case 'maximum':
            what = `expected at most ${limit}${got}`;
            break;
        case 'exclusiveMaximum':
            what = `expected less than ${limit}${got}`;
            break;
        case 'multipleOf':
            what = `expected a multiple of ${limit}${got}`;
            break;
        case 'minLength':
            what = `expected at least ${limit} characters${got}`;
            break;
        case 'maxLength':
            what = `expected at most ${limit} characters${options.secret ? '' : `, got ${[...String(given)].length}`}`;
            break;
        case 'pattern':
            what = `expected a string matching ${JSON.stringify(limit)}${got}`;
            break;
        case 'minItems':
            what = `expected at least ${limit} items, got ${Array.isArray(given) ? given.length : 0}`;
            break;
        case 'maxItems':
            what = `expected at most ${limit} items, got ${Array.isArray(given) ? given.length : 0}`;
            break;
        case 'uniqueItems': {
            const [i, j] = (e.error.match(/\d+/g) ?? []).map(Number);
            what = `expected unique items (items ${Math.min(i, j)} and ${Math.max(i, j)} are equal)`;
            break;
        }
        case 'minProperties':
            what = `expected at least ${limit} fields`;
            break;
        case 'maxProperties':
            what = `expected at most ${limit} fields`;
            break;
        case 'required':
            what = `missing required field '${/"(.*)"/.exec(e.error)?.[1] ?? ''}'`;
            break;
        case 'false':
            // `additionalProperties: false`: the field itself is the error.
            return [...where.slice(0, -1), `unexpected field '${path[path.length - 1]}'`].join(': ');
        case 'anyOf':
        case 'oneOf':
            what = alternatives(e, all, value, ready, got);
            break;
        case 'not':
            what = `expected a value the schema refuses here${got}`;
            break;
        default:
            what = `does not match the schema (${e.keyword})${got}`;
    }
    return [...where, what].join(': ');
}
/** `expected a string or null`, or the error of the one alternative whose type matched. */
function alternatives(e, all, value, ready, got) {
    const inside = all.filter((o) => o !== e && o.keywordLocation.startsWith(`${e.keywordLocation}/`));
    const branches = new Map();
    for (const o of inside) {
        const branch = o.keywordLocation.slice(e.keywordLocation.length + 1).split('/')[0];
        branches.set(branch, [...(branches.get(branch) ?? []), o]);
    }
    const count = schemaAt(ready, e.keywordLocation)?.length ?? 0;
    if (e.keyword === 'oneOf' && branches.size < count)
        return `expected exactly one alternative of the schema to match${got}`;
    const typed = [...branches.values()].find((errs) => !errs.some((o) => o.keyword === 'type' && o.instanceLocation === e.instanceLocation));
    if (typed) {
        const first = typed.find((o) => !WRAPPERS.has(o.keyword) && o.keyword !== 'anyOf' && o.keyword !== 'oneOf') ?? typed[0];
        const message = describe(first, all.filter((o) => o !== e), value, ready, { secret: got === '' });
        if (message)
            return message.replace(/^(item \d+|field '[^']*'): /, '');
    }
    const types = [...branches.values()].flatMap((errs) => errs.filter((o) => o.keyword === 'type' && o.instanceLocation === e.instanceLocation).map((o) => [schemaAt(ready, o.keywordLocation)].flat()));
    const names = [...new Set(types.flat().map((t) => article(String(t))))];
    return `expected ${names.length ? names.join(' or ') : 'a value the schema accepts'}${got}`;
}
function article(type) {
    return { integer: 'an integer', array: 'a list', object: 'a mapping', null: 'null' }[type] ?? `a ${type}`;
}
function show(v) {
    const text = JSON.stringify(v);
    return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}


/***/ }),

/***/ 7021:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runBlockScripts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9261);
/**
 * Block scripts: Python scripts of the repository (like `infrastructure/ecs-task-dev.py`)
 * run inside the flows image, so they import exactly the Prefect and collections
 * the flows run with. The checkout is mounted read-only as the working directory;
 * the Prefect address and credentials reach the container as environment
 * variables named on the command line (`-e NAME`), their values never in argv.
 */



/** Where the checkout is mounted in the container. */
const SCRIPT_WORKDIR = '/opt/prefect-ecr-deploy/repo';
async function runBlockScripts(scripts, run, ui) {
    const values = {
        PREFECT_API_URL: run.prefect.apiUrl,
        PREFECT_API_KEY: run.prefect.apiKey,
        PREFECT_API_AUTH_STRING: run.prefect.authString,
        PREFECT_ECR_DEPLOY_IMAGE: run.image,
        PREFECT_ECR_DEPLOY_ENV: run.environment,
        PREFECT_ECR_DEPLOY_SHA: run.sha,
    };
    const passed = Object.entries(values).filter((e) => e[1] !== undefined);
    const secrets = [run.prefect.apiKey, run.prefect.authString].filter((s) => Boolean(s));
    // A script printing its environment must not print the credentials.
    const redact = (line) => secrets.reduce((l, s) => l.split(s).join('***'), line);
    for (const script of scripts) {
        const args = ['run', '--rm', '--network', 'host', '--volume', `${node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(run.root)}:${SCRIPT_WORKDIR}:ro`, '--workdir', SCRIPT_WORKDIR];
        for (const [name] of passed)
            args.push('--env', name);
        args.push(run.image, 'python', script);
        const result = await ui.group(`block script ${script}`, (line) => (0,_docker_js__WEBPACK_IMPORTED_MODULE_1__/* .docker */ .T3)(args, { onLine: (l) => line(redact(l)), env: Object.fromEntries(passed) }));
        if (result.code !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .Failure */ .HR(`block script ${script} failed (exit ${result.code}); no deployment was registered:\n${result.tail.slice(-10).map(redact).join('\n')}`);
        }
        ui.info(`block script ${script}: done`);
    }
}


/***/ }),

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ docker),
/* harmony export */   a1: () => (/* binding */ dockerLogin),
/* harmony export */   ab: () => (/* binding */ stopDockerProcesses),
/* harmony export */   tX: () => (/* binding */ dockerLogout)
/* harmony export */ });
/* unused harmony export DOCKER_LOGINS_STATE */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * The docker CLI, always with an argument list (never a shell): build, push,
 * login (the password on stdin) and logout. Output streams to a line sink.
 */


const running = new Set();
/** Ends every docker process still running (a stopped run does not wait for a build). */
function stopDockerProcesses() {
    for (const child of running)
        child.kill('SIGTERM');
}
function docker(args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('docker', args, {
            cwd: options.cwd,
            env: { ...process.env, DOCKER_BUILDKIT: '1', ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        running.add(child);
        const tail = [];
        let partial = '';
        const onData = (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines) {
                options.onLine?.(line);
                tail.push(line);
                if (tail.length > 30)
                    tail.shift();
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .HR(`cannot run docker: ${e.code === 'ENOENT' ? 'docker is not installed or not on PATH' : e.message}`)));
        child.on('close', (code) => {
            running.delete(child);
            if (partial) {
                options.onLine?.(partial);
                tail.push(partial);
            }
            resolve({ code: code ?? 1, tail });
        });
        child.stdin.end(options.input ?? '');
    });
}
async function dockerLogin(host, username, password) {
    const r = await docker(['login', '--username', username, '--password-stdin', host], { input: password });
    // The output never holds the password (it went to stdin); say only what failed.
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .HR(`docker login to ${host} failed: ${r.tail.filter((l) => !l.includes(password)).slice(-3).join(' ')}`);
}
/** The action's saved state: the registries docker logged in to, as a JSON list, for the post step. */
const DOCKER_LOGINS_STATE = 'docker-logins';
async function dockerLogout(host) {
    await docker(['logout', host]);
}


/***/ }),

/***/ 2744:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyPlan),
  y: () => (/* binding */ mapBounded)
});

// EXTERNAL MODULE: ./src/prefect/client.ts + 1 modules
var prefect_client = __nccwpck_require__(9085);
// EXTERNAL MODULE: ./src/prefect/live.ts
var prefect_live = __nccwpck_require__(2129);
;// CONCATENATED MODULE: ./src/prefect/payloads.ts
/**
 * The complete `POST /deployments/` body. Every field is sent, even when empty:
 * the route upserts, and a field left out keeps its old value.
 */
function deploymentBody(d, flowId, caps, anchors) {
    const s = d.state;
    const body = {
        name: s.name,
        flow_id: flowId,
        version: s.version,
        description: s.description,
        parameters: s.parameters,
        parameter_openapi_schema: s.parameter_openapi_schema,
        enforce_parameter_schema: s.enforce_parameter_schema,
        schedules: schedules(s.schedules, caps, anchors),
        tags: s.tags,
        work_pool_name: s.work_pool_name,
        work_queue_name: s.work_queue_name,
        entrypoint: s.entrypoint,
        path: s.path,
        pull_steps: s.pull_steps,
        storage_document_id: s.storage_document_id,
        infrastructure_document_id: s.infrastructure_document_id,
    };
    // Prefect before 2.16 has one schedule and a separate active flag.
    if (!caps.schedules) {
        const list = body.schedules;
        delete body.schedules;
        body.schedule = list[0]?.schedule ?? null;
        body.is_schedule_active = list[0]?.active ?? true;
    }
    if (caps.paused)
        body.paused = s.paused;
    body[caps.jobVariables ? 'job_variables' : 'infra_overrides'] = s.job_variables;
    if (caps.concurrencyLimit)
        body.concurrency_limit = s.concurrency_limit;
    if (caps.concurrencyOptions)
        body.concurrency_options = s.concurrency_options;
    if (caps.labels)
        body.labels = s.labels;
    if (caps.versionInfo)
        body.version_info = d.versionInfo;
    return body;
}
/**
 * The `PATCH /deployments/{id}` body for an update: only the changed fields, with the
 * same values the full body has. Undefined when a changed field is not one this
 * server's `DeploymentUpdate` takes: that update is a full upsert.
 */
function deploymentPatch(d, changed, caps) {
    if (!changed.length || changed.some((f) => !caps.patchFields.includes(f)))
        return undefined;
    const full = deploymentBody(d, '', caps, []);
    const keys = new Set(changed.map((f) => (f === 'job_variables' && !caps.jobVariables ? 'infra_overrides' : f)));
    // The server reads a pool without its queue as the pool's default queue, and a queue
    // without its pool as a legacy agent queue: the two always travel together.
    if (keys.has('work_pool_name') || keys.has('work_queue_name')) {
        keys.add('work_queue_name');
        if (d.state.work_pool_name !== null)
            keys.add('work_pool_name');
    }
    if (keys.has('version') && caps.versionInfo)
        keys.add('version_info');
    return Object.fromEntries([...keys].map((k) => [k, full[k]]));
}
function schedules(list, caps, anchors) {
    return list.map((sch, i) => {
        const schedule = { ...sch.schedule };
        if ('interval' in schedule && schedule.anchor_date === undefined && anchors[i])
            schedule.anchor_date = anchors[i];
        const out = { schedule, active: sch.active };
        if (caps.scheduleSlug) {
            out.parameters = sch.parameters;
            if (sch.slug !== null)
                out.slug = sch.slug;
        }
        return out;
    });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/run-control.ts
var run_control = __nccwpck_require__(8166);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var diff = __nccwpck_require__(586);
// EXTERNAL MODULE: ./src/plan/state.ts
var state = __nccwpck_require__(3118);
;// CONCATENATED MODULE: ./src/plan/apply.ts







/** Runs `task` over `items` with at most `limit` in flight. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await task(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Writes of one deployment lost to concurrent writers this many times in a row are reported. */
const CONFLICT_ATTEMPTS = 4;
async function applyPlan(client, entries, live, caps, options) {
    const writes = entries.filter((e) => e.action === 'create' || e.action === 'update');
    const stopped = () => options.control?.reason;
    const prerequisites = await createPrerequisites(client, writes, live, options.concurrency);
    const settle = async (entry, write) => {
        const reason = stopped();
        let result;
        if (reason) {
            result = { entry, id: entry.id, notApplied: true, error: `not applied: ${new run_control/* Stopped */.C9(reason).message} before it was written` };
        }
        else {
            try {
                result = await write();
            }
            catch (e) {
                result = e instanceof run_control/* Stopped */.C9 ? { entry, id: entry.id, inFlight: true, error: `${e.message} while it was being written: it may or may not be applied` } : { entry, id: entry.id, error: (0,errors/* errorMessage */.gJ)(e) };
            }
        }
        options.onResult?.(result);
        return result;
    };
    const deletes = await mapBounded(entries.filter((e) => e.action === 'delete'), options.concurrency, (entry) => settle(entry, async () => {
        try {
            await client.request('DELETE', `/deployments/${entry.id}`, undefined, prefect_client/* NO_CONTENT */.iq);
        }
        catch (e) {
            // Already gone (a concurrent run deleted it): the goal is met.
            if (!(e instanceof prefect_client/* PrefectApiError */.CX && e.status === 404))
                throw e;
        }
        return { entry, id: entry.id };
    }));
    const upserts = await mapBounded(writes, options.concurrency, (entry) => settle(entry, async () => {
        const missing = prerequisites.problem(entry);
        if (missing)
            return { entry, error: missing };
        return writeDeployment(client, entry, live, caps, prerequisites.flowIds, options.adopt);
    }));
    return [...deletes, ...upserts];
}
/**
 * One create or update, re-planned from a fresh read after each conflict: when a
 * concurrent writer already made it the file's state, nothing more is sent.
 */
async function writeDeployment(client, planned, live, caps, flowIds, adopt) {
    let entry = planned;
    for (let attempt = 1;; attempt++) {
        const d = entry.desired;
        try {
            const patch = entry.action === 'update' ? deploymentPatch(d, entry.changes.map((c) => c.field), caps) : undefined;
            if (patch) {
                await client.request('PATCH', `/deployments/${entry.id}`, patch, prefect_client/* NO_CONTENT */.iq);
                return { entry: planned, id: entry.id };
            }
            const flowId = entry.live?.flowId ?? flowIds.get(d.state.flowName);
            const written = await client.request('POST', '/deployments/', deploymentBody(d, flowId, caps, entry.anchors), prefect_client/* WITH_ID */.LS);
            return { entry: planned, id: written.id };
        }
        catch (e) {
            // A conflict, or a deployment deleted since the plan read it: read it again and plan anew.
            const stale = e instanceof prefect_client/* PrefectApiError */.CX && (e.kind === 'conflict' || (e.status === 404 && e.method === 'PATCH'));
            if (!stale || attempt >= CONFLICT_ATTEMPTS)
                throw e;
        }
        const now = await (0,prefect_live/* readDeployment */.iJ)(client, d.state.flowName, d.state.name);
        const fresh = { ...live, deployments: new Map(now ? [[(0,state/* deploymentKey */.v3)(d.state.flowName, d.state.name), now]] : []) };
        entry = (0,diff/* planDeployments */.S)([d], fresh, caps, [], [], { adopt })[0];
        if (entry.action === 'unchanged')
            return { entry: planned, id: entry.id };
        if (entry.action === 'error')
            return { entry: planned, error: entry.error };
        if (entry.action === 'conflict')
            return { entry: planned, error: `created meanwhile by another run, owned by ${entry.owner}: not changed` };
    }
}
/**
 * Work queues and flows the writes need, created first and once each: concurrent
 * deployment writes that each create the same new queue race on the server's unique
 * constraint (PostgreSQL answers 409). A queue or flow created meanwhile by another
 * run is as good as one created here.
 */
async function createPrerequisites(client, writes, live, concurrency) {
    const queueErrors = new Map();
    const queueKey = (pool, queue) => `${pool}\u0000${queue}`;
    const queues = new Map();
    for (const e of writes) {
        const { work_pool_name: pool, work_queue_name: queue } = e.desired.state;
        if (pool && !live.workPools.get(pool)?.queues.has(queue))
            queues.set(queueKey(pool, queue), { pool, queue });
    }
    const flowIds = new Map(live.flows);
    const flowErrors = new Map();
    const newFlows = [...new Set(writes.filter((e) => e.action === 'create').map((e) => e.flowName))].filter((f) => !flowIds.has(f));
    // Queues and flows do not depend on each other: both at once.
    await Promise.all([
        mapBounded([...queues], concurrency, async ([key, { pool, queue }]) => {
            try {
                await client.request('POST', `/work_pools/${encodeURIComponent(pool)}/queues`, { name: queue }, prefect_client/* WITH_ID */.LS);
            }
            catch (e) {
                if (!(e instanceof prefect_client/* PrefectApiError */.CX && e.status === 409))
                    queueErrors.set(key, `creating work queue '${queue}' in pool '${pool}': ${(0,errors/* errorMessage */.gJ)(e)}`);
            }
        }),
        mapBounded(newFlows, concurrency, async (name) => {
            for (let attempt = 1;; attempt++) {
                try {
                    flowIds.set(name, (await client.request('POST', '/flows/', { name }, prefect_client/* WITH_ID */.LS)).id);
                    return;
                }
                catch (e) {
                    if (!(e instanceof prefect_client/* PrefectApiError */.CX && e.kind === 'conflict' && attempt < CONFLICT_ATTEMPTS)) {
                        flowErrors.set(name, `creating flow '${name}': ${(0,errors/* errorMessage */.gJ)(e)}`);
                        return;
                    }
                }
            }
        }),
    ]);
    return {
        flowIds,
        /** Why an entry cannot be written: a queue or flow it needs could not be created. */
        problem(e) {
            const { work_pool_name: pool, work_queue_name: queue } = e.desired.state;
            if (pool && queueErrors.has(queueKey(pool, queue)))
                return queueErrors.get(queueKey(pool, queue));
            if (e.action === 'create' && !flowIds.has(e.flowName))
                return flowErrors.get(e.flowName) ?? `flow '${e.flowName}' could not be created`;
            return undefined;
        },
    };
}


/***/ }),

/***/ 1313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ buildDesired),
/* harmony export */   V$: () => (/* binding */ fillTemplates),
/* harmony export */   Xo: () => (/* binding */ referencedVariables),
/* harmony export */   _S: () => (/* binding */ withPoolImage)
/* harmony export */ });
/* harmony import */ var _config_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9205);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7194);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3118);



/** The Prefect variable names `{{ prefect.variables.<name> }}` refers to, outside pull steps. */
function referencedVariables(file) {
    const names = new Set();
    const visit = (v) => {
        if (typeof v === 'string')
            for (const t of (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .templatesIn */ .bU)(v))
                if (t.expr.startsWith('prefect.variables.'))
                    names.add(t.expr.slice('prefect.variables.'.length));
        if (Array.isArray(v))
            v.forEach(visit);
        else if (v && typeof v === 'object')
            Object.values(v).forEach(visit);
    };
    for (const d of file.file.deployments) {
        const { pull: _pull, node: _node, ...rest } = d;
        visit(rest);
    }
    for (const b of file.file.blocks)
        visit(b.data);
    return [...names].sort();
}
function buildDesired(file, ctx) {
    const desired = [];
    const errors = [];
    for (const spec of file.file.deployments) {
        const flow = file.flows.get(spec);
        if (!flow)
            continue;
        const problems = [];
        const fill = (value) => fillTemplates(value, ctx, problems);
        const labels = { [`${_state_js__WEBPACK_IMPORTED_MODULE_2__/* .LABEL_PREFIX */ .Ag}managed`]: 'true' };
        if (ctx.environment)
            labels[`${_state_js__WEBPACK_IMPORTED_MODULE_2__/* .LABEL_PREFIX */ .Ag}environment`] = ctx.environment;
        if (ctx.repository)
            labels[`${_state_js__WEBPACK_IMPORTED_MODULE_2__/* .LABEL_PREFIX */ .Ag}repository`] = ctx.repository;
        const jobVariables = fill(spec.workPool?.jobVariables ?? {});
        const version = spec.version !== undefined ? fill(spec.version) : ctx.sha;
        const state = {
            name: spec.name,
            flowName: flow.name,
            version,
            description: spec.description !== undefined ? fill(spec.description) : flow.description,
            parameters: fill(spec.parameters),
            parameter_openapi_schema: flow.parameterSchema,
            enforce_parameter_schema: spec.enforceParameterSchema ?? ctx.enforceParameterSchemaDefault,
            schedules: spec.schedules.map((s) => fill(scheduleState(s))),
            tags: fill(spec.tags),
            labels,
            work_pool_name: spec.workPool?.name !== undefined ? fill(spec.workPool.name) : null,
            work_queue_name: spec.workPool?.workQueueName !== undefined ? fill(spec.workPool.workQueueName) : 'default',
            // Resolved from `ib-block` against the server (Prefect 2), after this pure step.
            infrastructure_document_id: null,
            storage_document_id: ctx.codeStorageBlock?.documentId ?? null,
            job_variables: jobVariables,
            entrypoint: spec.entrypoint,
            path: ctx.codeStorageBlock?.path ?? null,
            // Pull steps keep their templates: Prefect resolves them when a run starts. A storage block needs none.
            pull_steps: spec.pull ?? (ctx.codeStorageBlock ? null : ctx.codePullSteps ?? [{ 'prefect.deployments.steps.set_working_directory': { directory: ctx.workdir } }]),
            concurrency_limit: spec.concurrencyLimit ?? null,
            concurrency_options: spec.concurrencyOptions
                ? { collision_strategy: spec.concurrencyOptions.collision_strategy, grace_period_seconds: spec.concurrencyOptions.grace_period_seconds ?? null }
                : null,
            paused: spec.paused ?? false,
        };
        if (problems.length) {
            for (const message of new Set(problems))
                errors.push({ deployment: spec.name, message });
            continue;
        }
        const versionInfo = { type: ctx.versionType, version: version ?? ctx.sha, commit_sha: ctx.sha };
        if (ctx.branch)
            versionInfo.branch = ctx.branch;
        if (ctx.repository)
            versionInfo.repository = ctx.repository;
        if (ctx.commitUrl)
            versionInfo.url = ctx.commitUrl;
        desired.push({ key: (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentKey */ .v3)(flow.name, spec.name), state, versionInfo, spec });
    }
    return { desired, errors };
}
function scheduleState(s) {
    const common = { active: s.active, parameters: s.parameters, slug: s.slug ?? null };
    if (s.cron !== undefined)
        return { schedule: { cron: s.cron, timezone: s.timezone ?? null, day_or: s.dayOr ?? true }, ...common };
    if (s.interval !== undefined) {
        const schedule = { interval: s.interval, timezone: s.timezone ?? 'UTC' };
        if (s.anchorDate !== undefined)
            schedule.anchor_date = s.anchorDate;
        return { schedule, ...common };
    }
    return { schedule: { rrule: s.rrule ?? '', timezone: s.timezone ?? 'UTC' }, ...common };
}
/** Fills `{{ image }}`, `{{ image_digest }}` and Prefect variables in every string of a value. */
function fillTemplates(value, ctx, problems) {
    if (typeof value === 'string') {
        const whole = /^\{\{\s*prefect\.variables\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(value);
        // A value that is only a variable takes the variable's own type, as in Prefect.
        if (whole && whole[1] in ctx.variables) {
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .markSecret */ .Wg)(ctx.variables[whole[1]]);
            return ctx.variables[whole[1]];
        }
        return (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .replaceTemplates */ .gQ)(value, (expr, text) => {
            if (expr === 'image' || expr === 'build-image.image') {
                if (ctx.image)
                    return ctx.image;
                problems.push(`${text} needs the image: run with the image stage, or pass --image`);
                return text;
            }
            if (expr === 'image_digest') {
                if (ctx.imageDigest)
                    return ctx.imageDigest;
                problems.push(`${text} needs the image digest: run with the image stage`);
                return text;
            }
            if (expr.startsWith('prefect.variables.')) {
                const name = expr.slice('prefect.variables.'.length);
                if (name in ctx.variables) {
                    const v = ctx.variables[name];
                    const text = typeof v === 'string' ? v : JSON.stringify(v);
                    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .markSecret */ .Wg)(text);
                    return text;
                }
                problems.push(`Prefect variable '${name}' does not exist`);
                return text;
            }
            if (expr.startsWith('prefect.blocks.')) {
                problems.push(`${text}: block references are resolved only inside pull steps`);
                return text;
            }
            return text;
        });
    }
    if (Array.isArray(value))
        return value.map((v) => fillTemplates(v, ctx, problems));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplates(v, ctx, problems)]));
    }
    return value;
}
/** Sets `job_variables.image` where the work pool has an `image` variable and the file sets none. */
function withPoolImage(desired, poolVariables, image) {
    if (!image)
        return desired;
    return desired.map((d) => {
        const pool = d.state.work_pool_name ? poolVariables.get(d.state.work_pool_name) : undefined;
        if (!pool?.variables.includes('image') || 'image' in d.state.job_variables)
            return d;
        return { ...d, state: { ...d.state, job_variables: { ...d.state.job_variables, image } } };
    });
}


/***/ }),

/***/ 586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ canonical),
  S: () => (/* binding */ planDeployments)
});

// EXTERNAL MODULE: ./src/plan/state.ts
var plan_state = __nccwpck_require__(3118);
;// CONCATENATED MODULE: ./src/plan/ownership.ts
/**
 * Who owns a live deployment: the labels this tool writes say which repository and
 * environment registered it. A deployment another repository or environment owns,
 * or that nobody owns (made by hand, or by `prefect deploy`), is never silently
 * taken over: without --adopt it is a conflict. Labels this tool does not own are kept.
 */

const MANAGED = `${plan_state/* LABEL_PREFIX */.Ag}managed`;
const ENVIRONMENT = `${plan_state/* LABEL_PREFIX */.Ag}environment`;
const REPOSITORY = `${plan_state/* LABEL_PREFIX */.Ag}repository`;
const ADOPTED = `${plan_state/* LABEL_PREFIX */.Ag}adopted`;
/** undefined when `ours` (the labels this run writes) owns the deployment; else who does, in words. */
function foreignOwner(live, ours) {
    if (live[MANAGED] !== 'true')
        return 'nobody (it was not registered by prefect-ecr-deploy)';
    if (live[ENVIRONMENT] === ours[ENVIRONMENT] && live[REPOSITORY] === ours[REPOSITORY])
        return undefined;
    return `${live[REPOSITORY] ?? '(no repository)'}/${live[ENVIRONMENT] ?? '(no environment)'}`;
}
/**
 * The labels to write: the live deployment's labels that are not this tool's, then
 * ours; an adopted deployment stays marked adopted (prune never deletes it).
 */
function labelsToWrite(live, ours, adopting) {
    const kept = Object.fromEntries(Object.entries(live).filter(([k]) => !k.startsWith(plan_state/* LABEL_PREFIX */.Ag)));
    const adopted = adopting || (live[ADOPTED] === 'true' && foreignOwner(live, ours) === undefined);
    return { ...kept, ...ours, ...(adopted ? { [ADOPTED]: 'true' } : {}) };
}

;// CONCATENATED MODULE: ./src/plan/diff.ts


function planDeployments(desired, live, caps, preErrors = [], managed = [], options = { adopt: false }) {
    const wanted = new Set(desired.map((d) => d.key));
    const deletes = managed
        .filter((m) => !wanted.has((0,plan_state/* deploymentKey */.v3)(m.state.flowName, m.state.name)))
        .map((m) => ({ name: m.state.name, flowName: m.state.flowName, action: 'delete', changes: [], id: m.id, live: m, anchors: [], notes: [] }));
    const entries = [...deletes, ...preErrors.map((e) => ({ name: e.deployment, flowName: '', action: 'error', changes: [], anchors: [], error: e.message, notes: [] }))];
    for (const d of desired) {
        const existing = live.deployments.get(d.key);
        const base = { name: d.state.name, flowName: d.state.flowName, desired: d, live: existing, id: existing?.id, notes: [] };
        const unsupported = unsupportedOn(d, caps);
        if (unsupported) {
            entries.push({ ...base, action: 'error', changes: [], anchors: [], error: unsupported });
            continue;
        }
        const pool = d.state.work_pool_name;
        if (pool && !live.workPools.has(pool)) {
            entries.push({ ...base, action: 'error', changes: [], anchors: [], error: `work pool '${pool}' does not exist` });
            continue;
        }
        if (pool && !live.workPools.get(pool).queues.has(d.state.work_queue_name)) {
            base.notes.push(`work queue '${d.state.work_queue_name}' does not exist in pool '${pool}': it is created before the deployments`);
        }
        if (!existing) {
            entries.push({ ...base, action: 'create', changes: [], anchors: d.state.schedules.map(() => undefined) });
            continue;
        }
        // Servers before 3.1.5 store no labels: ownership cannot be told there.
        const owner = caps.labels ? foreignOwner(existing.labels, d.state.labels) : undefined;
        if (owner !== undefined && !options.adopt) {
            entries.push({ ...base, desired: undefined, action: 'conflict', changes: [], anchors: [], owner });
            continue;
        }
        if (owner !== undefined)
            base.notes.push(`adopted: it was owned by ${owner}`);
        // What is sent keeps the labels of others; what is compared is ours.
        const written = { ...d.state, labels: labelsToWrite(existing.labels, d.state.labels, owner !== undefined) };
        base.desired = { ...d, state: options.keepPaused ? keptPaused(written, existing.state, caps, base.notes) : written };
        const state = base.desired.state;
        const { live: liveSchedules, anchors } = alignSchedules(state.schedules, existing.state.schedules, caps);
        const changes = [];
        for (const field of plan_state/* COMPARED_FIELDS */._0) {
            if (field === 'labels' && !caps.labels)
                continue;
            // Agent-style deployments name no pool; Prefect 2 puts them in its default agent pool.
            if (field === 'work_pool_name' && d.state.work_pool_name === null)
                continue;
            const to = field === 'schedules' ? state.schedules.map((s) => scheduleView(s, caps)) : field === 'labels' ? ownLabels(state.labels) : state[field];
            const from = field === 'schedules' ? liveSchedules : existing.state[field];
            const same = field === 'schedules' ? sameMultiset(to, from) : canonical(to) === canonical(from);
            if (!same)
                changes.push({ field, from, to, secret: d.spec.secretFields.has(field) });
        }
        entries.push({ ...base, action: changes.length ? 'update' : 'unchanged', changes, anchors });
    }
    return entries;
}
/**
 * --keep-paused: what was paused by hand (the live deployment paused, a live schedule
 * turned off) while the file has it on stays off. A schedule is the same one when it
 * equals the file's but for `active`.
 */
function keptPaused(state, live, caps, notes) {
    const paused = live.paused && !state.paused;
    if (paused)
        notes.push('kept paused: it was paused by hand (--keep-paused)');
    const on = (s) => canonical(scheduleView({ ...s, active: true }, caps, { dropAnchor: true, dropDtstart: true }));
    const off = live.schedules.filter((s) => !s.active).map(on);
    const schedules = state.schedules.map((s, i) => {
        const j = s.active ? off.indexOf(on(s)) : -1;
        if (j < 0)
            return s;
        off.splice(j, 1);
        notes.push(`kept schedule ${i + 1} off: it was turned off by hand (--keep-paused)`);
        return { ...s, active: false };
    });
    return { ...state, paused: state.paused || paused, schedules };
}
/** The labels this tool writes, which are the ones it compares. */
function ownLabels(labels) {
    return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith(plan_state/* LABEL_PREFIX */.Ag)));
}
/**
 * Live schedules as comparable views. The server fills in what the file leaves out:
 * an interval's anchor date (now) and an rrule's DTSTART. Where the file gives
 * neither, the live value is not compared, and the anchor is kept on the next write.
 */
function alignSchedules(desired, live, caps) {
    const wanted = desired.map((s) => canonical(scheduleView(s, caps)));
    const anchors = desired.map(() => undefined);
    const views = live.map((s) => {
        const full = scheduleView(s, caps);
        if (wanted.includes(canonical(full)))
            return full;
        const relaxed = scheduleView(s, caps, { dropAnchor: true, dropDtstart: true });
        const i = wanted.indexOf(canonical(relaxed));
        if (i >= 0) {
            const anchor = s.schedule.anchor_date;
            if (anchor && anchors[i] === undefined)
                anchors[i] = anchor;
            return relaxed;
        }
        return full;
    });
    return { live: views, anchors };
}
function scheduleView(s, caps, relax = {}) {
    const sch = s.schedule;
    const view = { active: s.active };
    if (caps.scheduleSlug) {
        view.parameters = s.parameters;
        view.slug = s.slug;
    }
    if ('cron' in sch)
        return { ...view, cron: sch.cron, timezone: sch.timezone ?? null, day_or: sch.day_or ?? true };
    if ('interval' in sch) {
        const out = { ...view, interval: Number(sch.interval), timezone: sch.timezone ?? 'UTC' };
        if (sch.anchor_date !== undefined && !relax.dropAnchor)
            out.anchor_date = instant(String(sch.anchor_date));
        return out;
    }
    let rrule = String(sch.rrule ?? '');
    if (relax.dropDtstart)
        rrule = rrule.replace(/^DTSTART[^\n]*\n/, '');
    return { ...view, rrule, timezone: sch.timezone ?? 'UTC' };
}
/** A date as the server stores it: naive times are UTC. */
function instant(text) {
    const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
    const t = Date.parse(withZone);
    return Number.isNaN(t) ? text : new Date(t).toISOString();
}
function sameMultiset(a, b) {
    if (a.length !== b.length)
        return false;
    const x = a.map(canonical).sort();
    const y = b.map(canonical).sort();
    return x.every((v, i) => v === y[i]);
}
/** JSON with sorted keys: equal values give equal text. */
function canonical(v) {
    return JSON.stringify(v, (_k, value) => value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value);
}
/** What this server's version cannot store, said before any write rather than dropped. */
function unsupportedOn(d, caps) {
    const s = d.state;
    if (!caps.schedules && s.schedules.length > 1)
        return `Prefect ${caps.version} takes one schedule per deployment; this one has ${s.schedules.length}`;
    if (!caps.scheduleSlug && s.schedules.some((x) => x.slug !== null || Object.keys(x.parameters).length)) {
        return `schedule slugs and parameters need Prefect 3.2 or newer; this server is ${caps.version}`;
    }
    if (!caps.paused && s.paused)
        return `paused needs Prefect 2.16 or newer; on ${caps.version}, set the schedule's active: false`;
    if (!caps.concurrencyLimit && s.concurrency_limit !== null)
        return `concurrency_limit needs Prefect 3 or newer; this server is ${caps.version}`;
    if (!caps.concurrencyOptions && s.concurrency_options !== null) {
        return `concurrency_limit's collision_strategy needs Prefect 3.0.3 or newer; this server is ${caps.version}`;
    }
    return undefined;
}


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ onlyMatcher),
/* harmony export */   x: () => (/* binding */ unmatchedPatterns)
/* harmony export */ });
/** `--only PATTERN`: a subset of the file's deployments, by name or `FLOW/NAME`, with `*` and `?` as in a glob. */
function globToRegExp(pattern) {
    const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&'))).join('');
    return new RegExp(`^${body}$`, 's');
}
/** Whether a deployment is in the subset: every deployment when there are no patterns. */
function onlyMatcher(patterns) {
    if (!patterns.length)
        return () => true;
    const tests = patterns.map(globToRegExp);
    return (d) => tests.some((t) => t.test(d.name) || t.test(`${d.flowName}/${d.name}`));
}
/** The patterns that select none of the deployments: a typo, not a subset. */
function unmatchedPatterns(patterns, deployments) {
    return patterns.filter((p) => !deployments.some(onlyMatcher([p])));
}


/***/ }),

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ LABEL_PREFIX),
/* harmony export */   _0: () => (/* binding */ COMPARED_FIELDS),
/* harmony export */   v3: () => (/* binding */ deploymentKey)
/* harmony export */ });
/**
 * A deployment as Prefect stores it, in one normalized shape for both sides of a
 * plan: desired (from the file) and live (from the API). Server defaults are
 * applied on both sides so that equal means "a write would change nothing".
 */
/** The fields a plan compares, in the order changes are shown. */
const COMPARED_FIELDS = [
    'version',
    'description',
    'entrypoint',
    'path',
    'parameters',
    'parameter_openapi_schema',
    'enforce_parameter_schema',
    'schedules',
    'tags',
    'labels',
    'work_pool_name',
    'work_queue_name',
    'infrastructure_document_id',
    'storage_document_id',
    'job_variables',
    'pull_steps',
    'concurrency_limit',
    'concurrency_options',
    'paused',
];
const LABEL_PREFIX = 'prefect-ecr-deploy.';
function deploymentKey(flowName, name) {
    return `${flowName}/${name}`;
}


/***/ }),

/***/ 3941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ao: () => (/* binding */ updateBlockDocument),
/* harmony export */   be: () => (/* binding */ readBlockDocumentIds),
/* harmony export */   dN: () => (/* binding */ readBlockDocument),
/* harmony export */   gq: () => (/* binding */ readBlockType),
/* harmony export */   pj: () => (/* binding */ createBlockDocument),
/* harmony export */   w_: () => (/* binding */ missingTypeMessage)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9085);
/**
 * Block types, schemas and documents over the REST API. Block data can hold secrets
 * and a 422 echoes the request body: the client's errors for writes carry only field
 * paths and error kinds, never the server's text.
 */

/** Collections that register the block types teams name most. */
const REGISTERED_BY = {
    'ecs-task': 'prefect_aws.ecs',
    'aws-credentials': 'prefect_aws',
    'aws-secret': 'prefect_aws',
    's3-bucket': 'prefect_aws',
    'docker-container': 'prefect_docker',
    'docker-registry-credentials': 'prefect_docker',
    'kubernetes-job': 'prefect_kubernetes',
    'cloud-run-job': 'prefect_gcp',
    'gcp-credentials': 'prefect_gcp',
};
function missingTypeMessage(slug) {
    const module = REGISTERED_BY[slug];
    return `block type '${slug}' is not registered on the server${module ? `: run \`prefect block register -m ${module}\`` : ' (register the collection that provides it with `prefect block register -m <module>`)'}`;
}
const isNotFound = (e) => e instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefectApiError */ .CX && e.status === 404;
/** A block type with its newest schema, or undefined when the server does not know the slug. */
async function readBlockType(client, slug) {
    let type;
    try {
        type = (await client.request('GET', `/block_types/slug/${encodeURIComponent(slug)}`, undefined, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .WITH_ID */ .LS));
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
    // The server lists a type's schemas newest first.
    const schemas = (await client.request('POST', '/block_schemas/filter', { block_schemas: { block_type_id: { any_: [type.id] } }, limit: 1 }, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .LIST */ .rl));
    return { id: type.id, slug: type.slug, schema: schemas[0] ? { id: schemas[0].id, fields: schemas[0].fields } : undefined };
}
/** A block document by type slug and name (secrets included when asked, for comparison), or undefined. */
async function readBlockDocument(client, slug, name, includeSecrets) {
    let doc;
    try {
        const route = `/block_types/slug/${encodeURIComponent(slug)}/block_documents/name/${encodeURIComponent(name)}?include_secrets=${includeSecrets}`;
        doc = (await client.request('GET', route, undefined, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .WITH_ID */ .LS));
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
    const references = {};
    const data = { ...doc.data };
    // The server inlines each referenced document's data under its field; the reference is what is stored.
    for (const [field, ref] of Object.entries(doc.block_document_references ?? {})) {
        references[field] = ref.block_document.id;
        delete data[field];
    }
    const schema = doc.block_schema ? { id: doc.block_schema.id ?? doc.block_schema_id, fields: doc.block_schema.fields } : undefined;
    return { id: doc.id, data, references, schema };
}
/** Block data as Prefect takes it: each reference as `{"$ref": {"block_document_id": id}}`. */
function withReferences(data, references) {
    const out = { ...data };
    for (const [field, id] of Object.entries(references))
        out[field] = { $ref: { block_document_id: id } };
    return out;
}
async function createBlockDocument(client, block) {
    const body = { name: block.name, block_type_id: block.typeId, block_schema_id: block.schemaId, data: withReferences(block.data, block.references), is_anonymous: false };
    return (await client.request('POST', '/block_documents/', body, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .WITH_ID */ .LS)).id;
}
/** Replaces the document's data and references (Prefect merges unless told not to). */
async function updateBlockDocument(client, id, data, references) {
    await client.request('PATCH', `/block_documents/${id}`, { data: withReferences(data, references), merge_existing_data: false }, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_CONTENT */ .iq);
}
/** The id of each referenced block document, or the reason it cannot be used. */
async function readBlockDocumentIds(client, refs) {
    const out = new Map();
    for (const ref of refs) {
        const slash = ref.indexOf('/');
        const [slug, name] = [ref.slice(0, slash), ref.slice(slash + 1)];
        if (slash <= 0 || !name) {
            out.set(ref, { error: `ib-block '${ref}' must be <block-type>/<name>, for example ecs-task/dev` });
            continue;
        }
        const doc = await readBlockDocument(client, slug, name, false);
        if (doc)
            out.set(ref, { id: doc.id, schema: doc.schema });
        else
            out.set(ref, { error: (await readBlockType(client, slug)) ? `infrastructure block '${ref}' does not exist` : missingTypeMessage(slug) });
    }
    return out;
}


/***/ }),

/***/ 5861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ capabilitiesFor)
/* harmony export */ });
/* unused harmony export UnsupportedServer */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Which deployment fields a server accepts, by its version: request bodies forbid
 * unknown fields (422), so every payload is built from these flags. The one place
 * that knows Prefect's version history.
 */

class UnsupportedServer extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .HR {
}
/** Fields every supported release's `DeploymentUpdate` has (2.14+), then those added later, with the release. */
const PATCH_FIELDS = [
    'version', 'description', 'entrypoint', 'path', 'parameters', 'enforce_parameter_schema', 'tags',
    'work_pool_name', 'work_queue_name', 'infrastructure_document_id', 'storage_document_id', 'job_variables',
];
const PATCH_FIELDS_SINCE = [
    [[2, 16, 0], ['paused']],
    [[3, 0, 0], ['concurrency_limit']],
    [[3, 0, 3], ['concurrency_options']],
    [[3, 2, 0], ['parameter_openapi_schema', 'pull_steps']],
];
function capabilitiesFor(version) {
    // Prefect Cloud counts as the newest release.
    const v = version === 'cloud' ? [Infinity, 0, 0] : parseVersion(version);
    if (!v)
        throw new UnsupportedServer(`cannot read the server version '${version}'`);
    const atLeast = (...want) => compare(v, want) >= 0;
    if (!atLeast(2, 14, 0))
        throw new UnsupportedServer(`Prefect ${version} servers are not supported: this tool registers on Prefect 2.14 and newer`);
    return {
        version,
        infrastructureBlocks: !atLeast(3, 0, 0),
        schedules: atLeast(2, 16, 0),
        paused: atLeast(2, 16, 0),
        jobVariables: atLeast(2, 17, 0),
        concurrencyLimit: atLeast(3, 0, 0),
        concurrencyOptions: atLeast(3, 0, 3),
        labels: atLeast(3, 1, 5),
        scheduleSlug: atLeast(3, 2, 0),
        versionInfo: atLeast(3, 3, 6),
        patchFields: [...PATCH_FIELDS, ...PATCH_FIELDS_SINCE.flatMap(([since, fields]) => (atLeast(...since) ? fields : []))],
    };
}
function parseVersion(text) {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
    return m ? m.slice(1, 4).map(Number) : undefined;
}
function compare(a, b) {
    for (let i = 0; i < 3; i++)
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
}


/***/ }),

/***/ 9085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rl: () => (/* binding */ LIST),
  iq: () => (/* binding */ NO_CONTENT),
  CX: () => (/* binding */ PrefectApiError),
  Pg: () => (/* binding */ PrefectClient),
  LS: () => (/* binding */ WITH_ID)
});

// UNUSED EXPORTS: STRING

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __nccwpck_require__(9809);
// EXTERNAL MODULE: ./src/run-control.ts
var run_control = __nccwpck_require__(8166);
;// CONCATENATED MODULE: ./src/prefect/limiter.ts
/**
 * An adaptive limit on requests in flight (additive increase, multiplicative
 * decrease): halved when the server says it is overloaded (503, 429), raised by
 * one after a window of successes, never above the configured maximum. SQLite
 * servers answer 503 to concurrent writes; Cloud answers 429 when rate limited.
 */
class AdaptiveLimit {
    max;
    limit;
    inFlight = 0;
    successes = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        this.limit = max;
    }
    get current() {
        return this.limit;
    }
    async acquire() {
        while (this.inFlight >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.inFlight++;
    }
    release(outcome) {
        this.inFlight--;
        if (outcome === 'overloaded') {
            this.limit = Math.max(1, Math.floor(this.limit / 2));
            this.successes = 0;
        }
        else if (outcome === 'ok' && this.limit < this.max && ++this.successes >= this.limit * 4) {
            this.limit++;
            this.successes = 0;
        }
        // Each woken request checks the limit again before it goes.
        for (let free = this.limit - this.inFlight; free > 0 && this.waiting.length; free--)
            this.waiting.shift()();
    }
}

;// CONCATENATED MODULE: ./src/prefect/client.ts
/**
 * The Prefect REST client: plain fetch, auth (Cloud API key or self-hosted auth
 * string), CSRF tokens when the server asks for them, retries on 408/429/5xx and
 * connection errors with Retry-After and jittered backoff, bounded in attempts and
 * time, and a timeout per request. Redirects are not followed (the credentials stay
 * with the origin they were given for), and every answer is checked for the shape
 * Prefect gives before it counts. Errors never carry server text that can echo what
 * was sent: only field paths and Prefect's error kinds.
 */




class PrefectApiError extends errors/* Failure */.HR {
    method;
    path;
    status;
    detail;
    kind;
    constructor(method, path, status, detail, 
    /**
     * `conflict`: a 409 from a database integrity conflict (a concurrent write), which a re-read resolves;
     * `not-api`: the answer was no Prefect API's (a web page).
     */
    kind) {
        super(`${method} ${path}: ${status === undefined ? '' : `${status} `}${detail}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        this.kind = kind;
    }
}
const WITH_ID = {
    what: 'an object with an id',
    test: (v) => typeof v?.id === 'string' && v.id.length > 0,
};
const LIST = { what: 'a list', test: (v) => Array.isArray(v) };
/** 204 No Content: what Prefect answers to PATCH and DELETE. */
const NO_CONTENT = { what: 'no content', test: (v) => v === undefined };
const STRING = { what: 'a string', test: (v) => typeof v === 'string' };
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** A refused connection (or a host that does not resolve) is retried this long, then reported: a server restarting is back by then. */
const UNREACHABLE_MS = 5_000;
class PrefectClient {
    options;
    base;
    headers;
    csrf;
    clientId = `prefect-ecr-deploy-${Math.random().toString(36).slice(2)}`;
    version;
    limit;
    constructor(options) {
        this.options = options;
        this.base = options.apiUrl.replace(/\/+$/, '');
        this.headers = { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'prefect-ecr-deploy' };
        this.limit = new AdaptiveLimit(options.maxConcurrency ?? 8);
        if (options.apiKey)
            this.headers.authorization = `Bearer ${options.apiKey}`;
        else if (options.authString)
            this.headers.authorization = `Basic ${Buffer.from(options.authString).toString('base64')}`;
    }
    get apiUrl() {
        return this.base;
    }
    /**
     * The server's Prefect version (`GET /admin/version`). Prefect Cloud has no such
     * route: a 404 there counts as the newest release; anywhere else it is an error.
     */
    serverVersion() {
        this.version ??= this.request('GET', '/admin/version', undefined, STRING).catch((e) => {
            if (!(e instanceof PrefectApiError && e.status === 404 && e.kind !== 'not-api'))
                throw e;
            if (isCloudUrl(this.base))
                return 'cloud';
            throw new PrefectApiError('GET', '/admin/version', 404, `no Prefect API at ${this.base}: ${apiHint(this.base) ?? 'is this the Prefect API URL?'}`);
        });
        return this.version;
    }
    async request(method, path, body, expect) {
        const maxAttempts = this.options.maxAttempts ?? 10;
        const maxRetryMs = this.options.maxRetryMs ?? 120_000;
        const control = this.options.control;
        const started = Date.now();
        let unreachableSince;
        for (let attempt = 1;; attempt++) {
            control?.check();
            let reason;
            let retryAfterMs;
            try {
                const headers = { ...this.headers };
                if (method !== 'GET')
                    Object.assign(headers, await this.csrfHeaders());
                await this.limit.acquire();
                let response;
                let text;
                try {
                    control?.check();
                    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 30_000);
                    response = await fetch(this.base + path, {
                        method,
                        headers,
                        body: body === undefined ? undefined : JSON.stringify(body),
                        // A redirect could take the credentials to another origin: never followed.
                        redirect: 'manual',
                        signal: control ? AbortSignal.any([timeout, control.aborted]) : timeout,
                    });
                    text = await response.text();
                    this.limit.release(response.ok ? 'ok' : response.status === 503 || response.status === 429 ? 'overloaded' : 'other');
                }
                catch (e) {
                    this.limit.release('other');
                    throw e;
                }
                if (response.ok)
                    return this.answer(method, path, response, text, expect);
                if (response.status >= 300 && response.status < 400) {
                    throw new PrefectApiError(method, path, response.status, `redirected to ${redirectTarget(response, this.base)}: set PREFECT_API_URL to the address the API answers at (redirects are not followed)`);
                }
                if (response.status === 403 && /csrf/i.test(text) && attempt === 1) {
                    // The token expired or the server just enabled CSRF protection: fetch a new one once.
                    this.csrf = undefined;
                    reason = 'CSRF token refused';
                }
                else if (RETRY_STATUS.has(response.status)) {
                    reason = `${response.status}`;
                    retryAfterMs = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
                }
                else {
                    throw errorFor(method, path, response, text, body !== undefined, this.base);
                }
            }
            catch (e) {
                if (e instanceof PrefectApiError || e instanceof run_control/* Stopped */.C9)
                    throw e;
                if (control?.aborted.aborted)
                    throw control.aborted.reason;
                reason = (0,retry/* networkReason */.d8)(e);
                if (UNREACHABLE.has(reason)) {
                    unreachableSince ??= Date.now();
                    if (Date.now() - unreachableSince >= UNREACHABLE_MS) {
                        const what = reason === 'ECONNREFUSED' ? 'connection refused' : `the host does not resolve (${reason})`;
                        throw new PrefectApiError(method, path, undefined, `${what}: is the server running at ${this.base}?`);
                    }
                }
            }
            const elapsed = Date.now() - started;
            const delayMs = Math.min(retryAfterMs ?? (0,retry/* backoffDelay */.EY)(attempt), Math.max(0, maxRetryMs - elapsed));
            if (attempt >= maxAttempts || elapsed + delayMs >= maxRetryMs) {
                throw new PrefectApiError(method, path, undefined, `gave up after ${attempt} attempt(s) over ${Math.round(elapsed / 1000)} s: ${reason}`);
            }
            this.options.onRetry?.({ method, path, attempt, delayMs, reason });
            await (0,retry/* sleep */.yy)(delayMs, control?.stopping);
        }
    }
    /** A 2xx answer: JSON of the expected shape (a non-JSON answer is no Prefect API, so it is not retried). */
    answer(method, path, response, text, expect) {
        let value;
        if (text) {
            try {
                value = JSON.parse(text);
            }
            catch {
                if (isHtml(response, text))
                    throw new PrefectApiError(method, path, response.status, notApi(this.base), 'not-api');
                throw new PrefectApiError(method, path, response.status, 'answered with a body that is not JSON', 'not-api');
            }
        }
        if (expect && !expect.test(value))
            throw new PrefectApiError(method, path, response.status, `unexpected answer: Prefect answers with ${expect.what}`);
        return value;
    }
    /** CSRF headers when the server enables CSRF protection; none when it says it is disabled. */
    async csrfHeaders() {
        this.csrf ??= this.fetchCsrfToken();
        let token = await this.csrf;
        if (token && token.expires - Date.now() < 30_000) {
            this.csrf = this.fetchCsrfToken();
            token = await this.csrf;
        }
        return token ? { 'Prefect-Csrf-Token': token.token, 'Prefect-Csrf-Client': this.clientId } : {};
    }
    async fetchCsrfToken() {
        try {
            const r = await this.request('GET', `/csrf-token?client=${encodeURIComponent(this.clientId)}`);
            if (!r?.token)
                return null;
            return { token: r.token, expires: Date.parse(r.expiration ?? '') || Date.now() + 3_600_000 };
        }
        catch (e) {
            // Servers without CSRF protection answer 422 "CSRF protection is disabled"; Cloud has no route.
            if (e instanceof PrefectApiError && (e.status === 422 || e.status === 404))
                return null;
            this.csrf = undefined;
            throw e;
        }
    }
}
/** Prefect Cloud's workspace URLs: `.../api/accounts/<account>/workspaces/<workspace>`. */
function isCloudUrl(base) {
    return /\/api\/accounts\/[^/]+\/workspaces\/[^/]+$/.test(new URL(base).pathname);
}
/** The fix for a URL that misses Prefect's `/api` path, when it does. */
function apiHint(base) {
    const url = new URL(base);
    if (/(^|\/)api(\/|$)/.test(url.pathname))
        return undefined;
    return `the Prefect API is under /api: append /api to the URL (${url.origin}${url.pathname.replace(/\/$/, '')}/api)`;
}
function notApi(base) {
    return `answered with a web page (HTML), not the Prefect API: ${apiHint(base) ?? 'is this the Prefect API URL?'}`;
}
function isHtml(response, text) {
    return /text\/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text);
}
/** Where a redirect points: origin and path only (never a query or user information). */
function redirectTarget(response, base) {
    const location = response.headers.get('location');
    if (!location)
        return 'an address it does not give';
    try {
        const url = new URL(location, base);
        return `${url.origin}${url.pathname}`;
    }
    catch {
        return 'an address that is not a URL';
    }
}
/**
 * The error for a non-2xx answer. Prefect's messages echo what was sent (a 422's
 * `msg` and `detail` quote the values, job variables included), so for a request
 * with a body only structure is shown: each invalid field's path and its error kind,
 * or the fixed part of a message Prefect is known to send. Requests without a body
 * carry only names in their path, and show the server's message.
 */
function errorFor(method, path, response, text, sentBody, base) {
    const status = response.status;
    const fail = (detail, kind) => new PrefectApiError(method, path, status, detail, kind);
    if (status === 401 || status === 403)
        return fail('not authorized: check PREFECT_API_KEY or PREFECT_API_AUTH_STRING');
    if (isHtml(response, text))
        return fail(notApi(base), 'not-api');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        // not JSON: handled below
    }
    const items = Array.isArray(body?.exception_detail) ? body.exception_detail : Array.isArray(body?.detail) ? body.detail : undefined;
    if (items)
        return fail(`invalid request: ${validationSummary(items)}`);
    const detail = typeof body?.detail === 'string' ? body.detail : undefined;
    if (detail && /^Data integrity conflict/.test(detail))
        return fail('data integrity conflict (a concurrent write)', 'conflict');
    if (!sentBody)
        return fail(detail ?? (text.slice(0, 200).replace(/\s+/g, ' ').trim() || 'no details'));
    const field = detail && /Validation failed for field '([A-Za-z0-9_.-]+)'/.exec(detail);
    if (field)
        return fail(`job variable '${field[1]}' does not match the work pool's schema (its base job template)`);
    if (status === 404)
        return fail('not found');
    return fail("the server's message is not shown: it can echo what was sent (the server's log has it)");
}
/** `schedules.0.schedule.cron (value_error); ...`: the fields' paths and pydantic's error kinds, never `msg` or `input`. */
function validationSummary(items) {
    const parts = items.map((item) => {
        // Keys and list positions; pydantic's union-branch labels (`function-after[...]`) are left out.
        const loc = (item.loc ?? []).filter((p) => typeof p === 'number' || (typeof p === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(p)));
        if (loc[0] === 'body')
            loc.shift();
        const kind = typeof item.type === 'string' && /^[a-z_.]+$/.test(item.type) ? item.type : 'invalid';
        return `${loc.join('.') || '(the body)'} (${kind})`;
    });
    return [...new Set(parts)].join('; ');
}


/***/ }),

/***/ 2129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ readManaged),
/* harmony export */   eY: () => (/* binding */ readLiveState),
/* harmony export */   iJ: () => (/* binding */ readDeployment)
/* harmony export */ });
/* unused harmony exports readAll, liveState */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9085);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3118);
/**
 * Live state: the deployments, flows and work pools a plan compares against,
 * read in bulk through the filter routes (pages of 200), normalized to the same
 * shape as desired state.
 */


const PAGE = 200;
/** Reads every page of a filter route. */
async function readAll(client, path, filter) {
    const out = [];
    for (let offset = 0;; offset += PAGE) {
        const page = (await client.request('POST', path, { ...filter, limit: PAGE, offset }, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .LIST */ .rl));
        out.push(...page);
        if (page.length < PAGE)
            return out;
    }
}
/** The schedules list, also from servers before 2.16 (one schedule and its active flag). */
function apiSchedules(d) {
    return d.schedules ?? (d.schedule ? [{ schedule: d.schedule, active: d.is_schedule_active ?? true }] : []);
}
/** Deployment names per read: disjoint filters read side by side (a server with several API workers serves them at once). */
const NAMES_PER_READ = 50;
async function readLiveState(client, flowNames, deploymentNames, poolNames) {
    const chunks = [];
    for (let i = 0; i < deploymentNames.length; i += NAMES_PER_READ)
        chunks.push(deploymentNames.slice(i, i + NAMES_PER_READ));
    // Every read at once: deployments are filtered by their flows' names, not ids, so they need not wait for the flows.
    const [flows, pools, found, queues] = await Promise.all([
        flowNames.length ? readAll(client, '/flows/filter', { flows: { name: { any_: flowNames } } }) : [],
        poolNames.length ? readAll(client, '/work_pools/filter', { work_pools: { name: { any_: poolNames } } }) : [],
        flowNames.length
            ? Promise.all(chunks.map((names) => readAll(client, '/deployments/filter', { flows: { name: { any_: flowNames } }, deployments: { name: { any_: names } } })))
            : [],
        Promise.all(poolNames.map((pool) => readQueues(client, pool))),
    ]);
    const flowIds = new Map(flows.map((f) => [f.name, f.id]));
    const flowNamesById = new Map(flows.map((f) => [f.id, f.name]));
    const deployments = new Map();
    for (const d of found.flat()) {
        const flowName = flowNamesById.get(d.flow_id);
        if (!flowName)
            continue;
        deployments.set((0,_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentKey */ .v3)(flowName, d.name), liveDeployment(d, flowName));
    }
    const queuesOf = new Map(poolNames.map((pool, i) => [pool, queues[i]]));
    const workPools = new Map(pools.map((p) => [p.name, { variables: Object.keys(p.base_job_template?.variables?.properties ?? {}), queues: new Set(queuesOf.get(p.name) ?? []) }]));
    return { deployments, flows: flowIds, workPools };
}
function liveState(d, flowName) {
    return {
        name: d.name,
        flowName,
        version: d.version,
        description: d.description,
        parameters: d.parameters ?? {},
        parameter_openapi_schema: d.parameter_openapi_schema,
        enforce_parameter_schema: d.enforce_parameter_schema,
        schedules: apiSchedules(d).map((s) => ({
            schedule: s.schedule,
            active: s.active,
            parameters: s.parameters ?? {},
            slug: s.slug ?? null,
        })),
        tags: d.tags,
        labels: Object.fromEntries(Object.entries(d.labels ?? {}).filter(([k]) => k.startsWith(_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_PREFIX */ .Ag))),
        work_pool_name: d.work_pool_name,
        work_queue_name: d.work_queue_name ?? 'default',
        job_variables: d.job_variables ?? d.infra_overrides ?? {},
        infrastructure_document_id: d.infrastructure_document_id ?? null,
        storage_document_id: d.storage_document_id ?? null,
        entrypoint: d.entrypoint,
        path: d.path ?? null,
        pull_steps: d.pull_steps ?? null,
        concurrency_limit: d.global_concurrency_limit?.limit ?? null,
        concurrency_options: d.concurrency_options
            ? { collision_strategy: d.concurrency_options.collision_strategy, grace_period_seconds: d.concurrency_options.grace_period_seconds ?? null }
            : null,
        paused: d.paused ?? false,
    };
}
/** One deployment as it is now (`GET /deployments/name/{flow}/{name}`), or undefined when there is none. */
async function readDeployment(client, flowName, name) {
    let d;
    try {
        d = (await client.request('GET', `/deployments/name/${encodeURIComponent(flowName)}/${encodeURIComponent(name)}`, undefined, _client_js__WEBPACK_IMPORTED_MODULE_0__/* .WITH_ID */ .LS));
    }
    catch (e) {
        if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefectApiError */ .CX && e.status === 404)
            return undefined;
        throw e;
    }
    return liveDeployment(d, flowName);
}
/**
 * Deployments this tool registered for a repository and environment (its labels say
 * so), across every flow: the candidates for prune. Prefect has no label filter, so
 * every page is read and selected here.
 */
async function readManaged(client, environment, repository) {
    const all = await readAll(client, '/deployments/filter', {});
    const mine = all.filter((d) => d.labels?.[`${_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_PREFIX */ .Ag}managed`] === 'true' &&
        d.labels[`${_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_PREFIX */ .Ag}environment`] === environment &&
        d.labels[`${_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_PREFIX */ .Ag}repository`] === repository &&
        // What was taken over with --adopt was not created here: prune never deletes it.
        d.labels[`${_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .LABEL_PREFIX */ .Ag}adopted`] !== 'true');
    if (!mine.length)
        return [];
    const flows = await readAll(client, '/flows/filter', { flows: { id: { any_: [...new Set(mine.map((d) => d.flow_id))] } } });
    const names = new Map(flows.map((f) => [f.id, f.name]));
    return mine.map((d) => liveDeployment(d, names.get(d.flow_id) ?? '?'));
}
/** The names of a work pool's queues; none when the pool does not exist. */
async function readQueues(client, pool) {
    try {
        return (await readAll(client, `/work_pools/${encodeURIComponent(pool)}/queues/filter`, {})).map((q) => q.name);
    }
    catch (e) {
        if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefectApiError */ .CX && e.status === 404)
            return [];
        throw e;
    }
}
function liveDeployment(d, flowName) {
    return { id: d.id, flowId: d.flow_id, state: liveState(d, flowName), rawSchedules: apiSchedules(d), labels: d.labels ?? {}, updated: d.updated };
}


/***/ }),

/***/ 3108:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hF: () => (/* binding */ renderJson),
  S5: () => (/* binding */ renderText),
  IC: () => (/* binding */ stopText)
});

// UNUSED EXPORTS: blockOutcome, changeJson, changeText, changedKeys, codeStorageText, deploymentUrl, outcome, scheduleText, scriptsText, uiUrl, workerText

// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var diff = __nccwpck_require__(586);
// EXTERNAL MODULE: ./src/run-control.ts
var run_control = __nccwpck_require__(8166);
;// CONCATENATED MODULE: ./src/report/cron-words.ts
/**
 * Any cron expression Prefect accepts, in words: each field (lists, ranges, steps,
 * names, `L`, `W`, `#`, `?`) is described, and minute and hour together become clock
 * times where they can. An expression this cannot read stays as written.
 */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const MONTH_NAMES = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
const ALIASES = {
    '@midnight': '0 0 * * *', '@hourly': '0 * * * *', '@daily': '0 0 * * *', '@weekly': '0 0 * * 0',
    '@monthly': '0 0 1 * *', '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *',
};
class Unreadable extends Error {
}
function number(token, names = {}) {
    const n = /^\d+$/.test(token) ? Number(token) : names[token.toLowerCase()];
    if (n === undefined)
        throw new Unreadable(token);
    return n;
}
function parts(field, names) {
    return field.split(',').map((p) => {
        const [range, stepText] = p.split('/');
        const step = stepText === undefined ? undefined : number(stepText);
        if (range === '*' || range === '?')
            return { from: 0, step, any: true };
        const [a, b] = range.split('-');
        return { from: number(a, names), to: b === undefined ? undefined : number(b, names), step, any: false };
    });
}
function and(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** A field's parts in words, each value shown by `show`. */
function list(field, show, names, unit = '') {
    return and(parts(field, names).map((p) => {
        if (p.any)
            return p.step ? `every ${p.step} ${unit}s` : `every ${unit}`;
        const base = p.to === undefined ? show(p.from) : `${show(p.from)} to ${show(p.to)}`;
        return p.step ? `every ${p.step} ${unit}s from ${unit} ${base}` : base;
    }));
}
const two = (n) => String(n).padStart(2, '0');
const isList = (field) => /^\d+(,\d+)*$/.test(field);
function timeWords(minute, hour) {
    if (isList(minute) && isList(hour)) {
        const times = hour.split(',').flatMap((h) => minute.split(',').map((m) => `${two(Number(h))}:${two(Number(m))}`));
        return `at ${and(times)}`;
    }
    const minutes = minute === '*' ? 'every minute' : /^\*\/\d+$/.test(minute) ? `every ${minute.slice(2)} minutes` : minute.includes('/') ? list(minute, String, undefined, 'minute') : `at minute ${list(minute, String, undefined, 'minute')}`;
    if (hour === '*')
        return minute === '*' || minute.startsWith('*/') ? minutes : `${minutes} of every hour`;
    if (/^\*\/\d+$/.test(hour))
        return `${minutes} of every ${hour.slice(2)} hours`;
    if (/^\d+-\d+$/.test(hour)) {
        const [a, b] = hour.split('-').map(Number);
        return `${minutes}, from ${two(a)}:00 to ${two(b)}:59`;
    }
    return `${minutes} past hour ${list(hour, (h) => two(h), undefined, 'hour')}`;
}
function dayOfMonthWords(field) {
    if (field === 'L')
        return 'on the last day of the month';
    const nearest = /^(\d+)W$/.exec(field);
    if (nearest)
        return `on the weekday nearest day ${nearest[1]} of the month`;
    if (field === 'LW')
        return 'on the last weekday of the month';
    return `on day ${list(field, String, undefined, 'day')} of the month`;
}
function dayOfWeekWords(field) {
    const nth = /^(\w+)#(\d)$/.exec(field);
    if (nth)
        return `on the ${ORDINALS[Number(nth[2])] ?? `${nth[2]}th`} ${DAYS[number(nth[1], DAY_NAMES)]} of the month`;
    const last = /^(\w+)L$/.exec(field);
    if (last)
        return `on the last ${DAYS[number(last[1], DAY_NAMES)]} of the month`;
    return `on ${list(field, (d) => {
        if (DAYS[d] === undefined)
            throw new Unreadable(String(d));
        return DAYS[d];
    }, DAY_NAMES, 'day')}`;
}
/** A cron expression in words; unreadable ones stay as written. `dayOr` is Prefect's `day_or`. */
function cronWords(cron, dayOr = true) {
    const fields = (ALIASES[cron.trim().toLowerCase()] ?? cron).trim().split(/\s+/);
    if (fields.length < 5 || fields.length > 7)
        return `cron ${cron}`;
    const [minute, hour, dom, month, dow, second] = fields;
    try {
        let text = timeWords(minute, hour);
        if (second !== undefined && second !== '0')
            text = `${text}, at second ${list(second, String, undefined, 'second')}`;
        const days = [];
        const anyDom = dom === '*' || dom === '?';
        const anyDow = dow === '*' || dow === '?';
        if (!anyDom)
            days.push(dayOfMonthWords(dom));
        if (!anyDow)
            days.push(dayOfWeekWords(dow));
        text += days.length ? ` ${days.join(dayOr ? ' or ' : ' and ')}` : isList(minute) && isList(hour) ? ' every day' : '';
        if (month !== '*') {
            text += ` in ${list(month, (m) => {
                if (!MONTHS[m])
                    throw new Unreadable(String(m));
                return MONTHS[m];
            }, MONTH_NAMES, 'month')}`;
        }
        if (fields[6] !== undefined && fields[6] !== '*')
            text += ` in ${fields[6]}`;
        return text;
    }
    catch (e) {
        if (e instanceof Unreadable)
            return `cron ${cron}`;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/report/schedule-words.ts

function scheduleWords(s) {
    const sch = s.schedule;
    const tz = sch.timezone ? ` (${sch.timezone})` : ' (UTC)';
    const off = s.active ? '' : ' — inactive';
    if ('cron' in sch)
        return `${cronWords(String(sch.cron), sch.day_or !== false)}${tz}${off}`;
    if ('interval' in sch)
        return `every ${duration(Number(sch.interval))}${off}`;
    return `${rruleWords(String(sch.rrule))}${tz}${off}`;
}
function pad(n) {
    return n.padStart(2, '0');
}
function rruleWords(rrule) {
    const rule = rrule.split('\n').find((l) => /FREQ=/.test(l))?.replace(/^RRULE:/, '') ?? rrule;
    const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=')));
    const freq = (parts.FREQ ?? '').toLowerCase();
    const codes = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
    let text = freq ? `${parts.INTERVAL && parts.INTERVAL !== '1' ? `every ${parts.INTERVAL} ` : ''}${freq}` : `rrule ${rrule}`;
    if (parts.BYDAY)
        text += ` on ${parts.BYDAY.split(',').map((d) => codes[d] ?? d).join(', ')}`;
    if (parts.BYHOUR)
        text += ` at ${parts.BYHOUR.split(',').map((h) => `${pad(h)}:${pad(parts.BYMINUTE ?? '0')}`).join(', ')}`;
    return text;
}
function duration(seconds) {
    for (const [unit, size] of [['day', 86400], ['hour', 3600], ['minute', 60]]) {
        if (seconds >= size && seconds % size === 0)
            return seconds === size ? `1 ${unit}` : `${seconds / size} ${unit}s`;
    }
    return `${seconds} seconds`;
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** The Prefect UI's address for an API URL: self-hosted `http://host/api` or Prefect Cloud. */
function uiUrl(apiUrl) {
    const cloud = /^https:\/\/api\.prefect\.(cloud|dev)\/api\/accounts\/([^/]+)\/workspaces\/([^/]+)/.exec(apiUrl);
    if (cloud)
        return `https://app.prefect.${cloud[1]}/account/${cloud[2]}/workspace/${cloud[3]}`;
    return apiUrl.replace(/\/api\/?$/, '');
}
function deploymentUrl(apiUrl, id) {
    return `${uiUrl(apiUrl)}/deployments/deployment/${id}`;
}
/** A block's action in the report's tense, and the fields it changes (names only: values may be secret). */
function blockOutcome(report, b) {
    const done = { create: 'created', update: 'updated', unchanged: 'unchanged' };
    const changed = b.action === 'unchanged' ? [] : b.changed;
    if (report.mode !== 'plan' && report.stopped && b.action !== 'unchanged' && !b.written)
        return { action: 'not applied', changed };
    return { action: report.mode === 'plan' ? b.action : done[b.action], changed };
}
/** The block scripts line: what ran, or would run. */
function scriptsText(report) {
    const { scripts, ran } = report.blockScripts;
    return scripts.length ? `Block scripts ${ran ? 'ran' : 'would run'}: ${scripts.join(', ')}` : undefined;
}
const WRITES = ['create', 'update', 'delete'];
/** A stopped run in one line: why, what it wrote and what it did not. */
function stopText(report) {
    if (!report.stopped)
        return undefined;
    const count = (action) => report.entries.filter((e) => outcome(report, e).action === action).length;
    const applied = ['created', 'updated', 'deleted'].reduce((n, a) => n + count(a), 0);
    const parts = [`${applied} deployment change(s) applied`, `${count('not applied')} not applied`];
    if (count('cut off'))
        parts.push(`${count('cut off')} cut off in flight (they may or may not be applied)`);
    const blocks = report.blocks.filter((b) => blockOutcome(report, b).action === 'not applied').length;
    if (blocks)
        parts.push(`${blocks} block(s) not applied`);
    const planned = report.entries.length || report.mode === 'plan' ? '' : '; stopped before the deployments were planned: no deployment was written';
    return `${(0,run_control/* describeStop */.Cw)(report.stopped)}: ${parts.join(', ')}${planned}`;
}
function size(bytes) {
    return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}
/** The code storage line: where the commit's code is, and what was (or would be) uploaded. */
function codeStorageText(report) {
    const c = report.codeStorage;
    if (!c)
        return undefined;
    const files = `${c.files} file(s), ${size(c.bytes)}`;
    const upload = report.mode === 'promote' ? 'nothing uploaded (promotion)'
        : report.mode === 'plan' ? (c.missing ? `${c.missing} file(s) (${size(c.missingBytes)}) would be uploaded` : 'nothing to upload')
            : c.uploaded ? `${c.uploaded} uploaded${c.seconds !== undefined ? ` in ${c.seconds.toFixed(1)} s` : ''}` : 'nothing uploaded (already there)';
    return `Code: ${c.url} (${files}, chosen by ${c.rules}): ${upload}; read with ${c.via}`;
}
/** The worker service line: `service: image A -> B`, and what came of it. */
function workerText(report) {
    const w = report.worker;
    if (!w)
        return undefined;
    const change = w.action === 'create' ? `created with ${w.to}` : w.action === 'unchanged' ? `unchanged (runs ${w.to})` : `image ${w.from ?? '(none)'} -> ${w.to}`;
    const done = report.mode === 'plan' || w.action === 'unchanged' ? '' : w.error ? ` [failed: ${w.error}]` : w.stable ? ' [stable]' : w.stable === false ? ' [not stable]' : ' [not waited for]';
    const verb = report.mode === 'plan' && w.action === 'create' ? 'would be created with' : undefined;
    return `Worker service ${w.cluster}/${w.service} (${w.region}, container ${w.container}): ${verb ? `${verb} ${w.to}` : change}${done}`;
}
/** What happened (deploy) or would happen (plan) to an entry. */
function outcome(report, e) {
    const r = report.results.get(e);
    if (e.action === 'error')
        return { action: 'error', error: e.error };
    if (e.action === 'conflict') {
        const owned = `exists, owned by ${e.owner}: its values are not shown`;
        return report.mode === 'plan' ? { action: 'conflict', error: `${owned}; deploy skips it unless --adopt` } : { action: 'skipped', error: `${owned}; not changed (pass --adopt to take it over)` };
    }
    if (r?.notApplied || (report.stopped && !r && report.mode !== 'plan' && WRITES.includes(e.action))) {
        return { action: 'not applied', id: e.id, error: r?.error ?? 'not applied: the run stopped before it' };
    }
    if (r?.inFlight)
        return { action: 'cut off', id: e.id, error: r.error };
    if (r?.error)
        return { action: 'failed', id: e.id, error: r.error };
    if (report.mode === 'plan')
        return { action: e.action, id: e.id };
    const done = { create: 'created', update: 'updated', delete: 'deleted', unchanged: 'unchanged' };
    return { action: done[e.action], id: r?.id ?? e.id };
}
function scheduleText(s) {
    const sch = s.schedule;
    const tz = sch.timezone ? ` (${sch.timezone})` : '';
    const off = s.active ? '' : ' [inactive]';
    if ('cron' in sch)
        return `cron ${sch.cron}${tz}${off}`;
    if ('interval' in sch)
        return `every ${text_duration(Number(sch.interval))}${tz}${off}`;
    return `rrule ${String(sch.rrule).replace(/\n/g, ' ')}${tz}${off}`;
}
function text_duration(seconds) {
    for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]])
        if (seconds >= size && seconds % size === 0)
            return `${seconds / size}${unit}`;
    return `${seconds}s`;
}
function text_short(v) {
    const text = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'null';
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function changeText(c) {
    if (c.secret)
        return `${c.field}: changed (holds a secret-bearing value: not shown)`;
    // Job variables are where secrets live: their keys only, never values.
    if (c.field === 'job_variables')
        return `job_variables: ${changedKeys(c).join(', ')} changed`;
    if (c.field === 'schedules') {
        // Both sides are comparable views: the schedule's fields and `active` side by side.
        const words = (list) => list.map((v) => scheduleWords({ schedule: v, active: v.active !== false, parameters: {}, slug: null })).join('; ') || 'none';
        return `schedules: ${words(c.from)} -> ${words(c.to)}`;
    }
    if (c.field === 'parameter_openapi_schema' || c.field === 'pull_steps')
        return c.field;
    return `${c.field}: ${text_short(c.from)} -> ${text_short(c.to)}`;
}
/** The top-level keys whose values differ between the two sides of a change. */
function changedKeys(c) {
    const [a, b] = [(c.from ?? {}), (c.to ?? {})];
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => (0,diff/* canonical */.$)(a[k]) !== (0,diff/* canonical */.$)(b[k])).sort();
}
/** A change as the JSON document shows it: values only where they are neither secret nor job variables. */
function changeJson(c) {
    if (c.secret)
        return { field: c.field, secret: true };
    if (c.field === 'job_variables')
        return { field: c.field, keys: changedKeys(c) };
    return { field: c.field, from: c.from, to: c.to };
}
function renderText(report) {
    const lines = [];
    const heading = report.mode === 'plan' ? 'Plan' : report.mode === 'promote' ? 'Promote' : 'Deploy';
    lines.push(`${heading} for ${report.environment ?? report.file} at ${report.sha.slice(0, 12)} (Prefect ${report.serverVersion})`);
    if (report.stopped)
        lines.push(`Stopped: ${stopText(report)}`);
    if (report.image)
        lines.push(`Image: ${report.image.uri}${report.image.digest ? ` (${report.image.digest})` : ''}${report.image.built ? ', built' : ''}`);
    for (const b of report.blocks) {
        const o = blockOutcome(report, b);
        lines.push(`Block ${b.key}: ${o.action}${o.changed.length ? ` (${o.changed.join(', ')})` : ''}`);
    }
    if (scriptsText(report))
        lines.push(scriptsText(report));
    if (codeStorageText(report))
        lines.push(codeStorageText(report));
    const rows = report.entries.map((e) => {
        const o = outcome(report, e);
        const schedules = e.desired?.state.schedules.map(scheduleText).join('; ') || '-';
        const detail = o.error ?? (e.action === 'update' ? e.changes.map(changeText).join(', ') : '');
        return [e.name, e.flowName || '-', o.action, schedules, o.id ? deploymentUrl(report.apiUrl, o.id) : '', detail];
    });
    const header = ['deployment', 'flow', 'action', 'schedule', 'link', 'changes'];
    const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
    const fmt = (r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
    lines.push(fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt));
    const counts = new Map();
    for (const e of report.entries)
        counts.set(outcome(report, e).action, (counts.get(outcome(report, e).action) ?? 0) + 1);
    const notes = report.entries.flatMap((e) => e.notes.map((n) => `  ${e.name}: ${n}`));
    if (notes.length)
        lines.push('', 'Notes:', ...notes);
    lines.push('', [...counts].map(([a, n]) => `${n} ${a}`).join(', '));
    if (workerText(report))
        lines.push(workerText(report));
    lines.push(`Prefect UI: ${uiUrl(report.apiUrl)}`);
    return lines.join('\n') + '\n';
}
/** The `--json` document: `{environment, sha, mode, image, codeStorage, blocks, blockScripts, deployments: [{name, flow, id, action, changes}], worker, errors}`. */
function renderJson(report) {
    const deployments = report.entries.map((e) => {
        const o = outcome(report, e);
        return {
            name: e.name,
            flow: e.flowName || null,
            id: o.id ?? null,
            action: o.action,
            changes: e.changes.map(changeJson),
            ...(e.owner ? { owner: e.owner } : {}),
            notes: e.notes,
            ...(o.id ? { url: deploymentUrl(report.apiUrl, o.id) } : {}),
        };
    });
    const errors = report.entries.flatMap((e) => {
        const o = outcome(report, e);
        return o.error ? [{ deployment: e.name, flow: e.flowName || null, message: o.error }] : [];
    });
    const image = report.image
        ? { uri: report.image.uri, digest: report.image.digest ?? null, digestRef: report.image.digestRef ?? null, built: report.image.built, tagsWritten: report.image.tagsWritten }
        : null;
    const blocks = report.blocks.map((b) => ({ type: b.spec.type, name: b.spec.name, ...blockOutcome(report, b) }));
    const stopped = report.stopped ? { reason: report.stopped.kind === 'timeout' ? 'timeout' : report.stopped.signal, message: stopText(report) } : null;
    const c = report.codeStorage;
    const codeStorage = c
        ? { url: c.url, rules: c.rules, files: c.files, bytes: c.bytes, missing: c.missing, missingBytes: c.missingBytes, uploaded: c.uploaded, via: c.via, seconds: c.seconds ?? null }
        : null;
    const w = report.worker;
    const worker = w
        ? { cluster: w.cluster, service: w.service, region: w.region, container: w.container, action: w.action, from: w.from ?? null, to: w.to, taskDefinition: w.taskDefinition ?? null, stable: w.stable ?? null, error: w.error ?? null }
        : null;
    return JSON.stringify({ environment: report.environment ?? null, sha: report.sha, mode: report.mode, stopped, image, codeStorage, blocks, blockScripts: report.blockScripts, deployments, worker, errors, timings: report.timings }, null, 2);
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   d8: () => (/* binding */ networkReason),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Shared retry timing for the HTTP clients (Prefect API, container registry). */
/** Exponential backoff with jitter: 250 ms doubling, capped at 10 s, between half and all of it. */
function backoffDelay(attempt) {
    return Math.min(10_000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}
/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** Why a fetch failed without an answer: a timeout or the socket error's code. */
function networkReason(e) {
    if (e instanceof Error) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'timed out';
        const cause = e.cause;
        return cause?.code ?? cause?.message ?? e.message;
    }
    return String(e);
}
/** Waits `ms`, or less when `signal` aborts first (the caller then sees why). */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ Stopped),
/* harmony export */   Cw: () => (/* binding */ describeStop),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   j2: () => (/* binding */ RunControl),
/* harmony export */   vt: () => (/* binding */ watchRun)
/* harmony export */ });
/* unused harmony export GRACE_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * The run's deadline (`--timeout`) and interrupts (SIGINT, SIGTERM: a cancelled job).
 * Once stopping, nothing new is dispatched (no request, no retry, no next deployment);
 * after a short grace period, requests still in flight are aborted. The report then
 * says what was applied and what was not.
 */

/** Work refused or cut short because the run is stopping. */
class Stopped extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Failure */ .HR {
    reason;
    constructor(reason) {
        super(describeStop(reason));
        this.reason = reason;
    }
}
function describeStop(reason) {
    return reason.kind === 'timeout' ? `timed out: the run passed its ${reason.seconds} s deadline (--timeout)` : `interrupted (${reason.signal})`;
}
class RunControl {
    stopController = new AbortController();
    abortController = new AbortController();
    /** Aborted when the run starts stopping: dispatch nothing new. */
    stopping = this.stopController.signal;
    /** Aborted a grace period later: requests in flight end. */
    aborted = this.abortController.signal;
    why;
    get reason() {
        return this.why;
    }
    /** Starts stopping (the first reason wins); in-flight work is aborted after `graceMs`. */
    stop(reason, graceMs) {
        if (this.why)
            return;
        this.why = reason;
        this.stopController.abort(new Stopped(reason));
        setTimeout(() => this.abortController.abort(new Stopped(reason)), graceMs).unref();
    }
    /** Throws when the run is stopping: called before dispatching anything. */
    check() {
        if (this.why)
            throw new Stopped(this.why);
    }
}
/** Requests in flight get this long to finish once the run stops. */
const GRACE_MS = 5_000;
/**
 * Stops `control` on SIGINT or SIGTERM (a cancelled job; a second signal ends the
 * process at once, as usual) and at the deadline. Returns the function that stops watching.
 */
function watchRun(control, timeoutSeconds) {
    const onSigint = () => control.stop({ kind: 'signal', signal: 'SIGINT' }, GRACE_MS);
    const onSigterm = () => control.stop({ kind: 'signal', signal: 'SIGTERM' }, GRACE_MS);
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigterm);
    const timer = setTimeout(() => control.stop({ kind: 'timeout', seconds: timeoutSeconds }, GRACE_MS), timeoutSeconds * 1000);
    timer.unref();
    return () => {
        clearTimeout(timer);
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigterm);
    };
}
/** The exit code of a stopped run: 128 + the signal's number, as shells report it; 1 past the deadline. */
function exitCodeFor(reason) {
    if (reason.kind === 'timeout')
        return 1;
    return reason.signal === 'SIGINT' ? 130 : 143;
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Wg: () => (/* binding */ markSecret)
/* harmony export */ });
/* unused harmony exports onSecret, SECRET_TEMPLATE */
/**
 * Secret-bearing values: what came from the environment (`{{ $NAME }}`), a Prefect
 * variable or a block, from the moment it is resolved. The first line of defence is
 * by field (a field whose value holds one is shown as changed, never with values);
 * this registry is the second: every output the tool writes passes through
 * `redact`, and the action also masks each value in the runner's log.
 */
/** Shorter values are protected by field only: replacing "dev" or "true" everywhere would garble every report. */
const MIN_REDACTED_LENGTH = 6;
const values = new Set();
const listeners = [];
/** Registers a resolved value (strings inside objects and lists too). */
function markSecret(value) {
    if (typeof value === 'string') {
        if (value.length < MIN_REDACTED_LENGTH || values.has(value))
            return;
        values.add(value);
        for (const listener of listeners)
            listener(value);
    }
    else if (Array.isArray(value)) {
        value.forEach(markSecret);
    }
    else if (value && typeof value === 'object') {
        Object.values(value).forEach(markSecret);
    }
    else if (typeof value === 'number') {
        markSecret(String(value));
    }
}
/** Called for every value registered from now on, and for those already registered (the action's `core.setSecret`). */
function onSecret(listener) {
    listeners.push(listener);
    for (const v of values)
        listener(v);
}
/** The text with every registered value, and its JSON-escaped form, replaced by `***`. */
function redact(text) {
    if (!values.size)
        return text;
    let out = text;
    // Longest first, so a value that contains another is replaced whole.
    for (const v of [...values].sort((a, b) => b.length - a.length)) {
        out = out.split(v).join('***');
        const escaped = JSON.stringify(v).slice(1, -1);
        if (escaped !== v)
            out = out.split(escaped).join('***');
    }
    return out;
}
/** Templates whose value is secret-bearing once resolved: the environment, Prefect variables, blocks. */
const SECRET_TEMPLATE = /\{\{\s*(?:\$|prefect\.variables\.|prefect\.blocks\.)/;


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ DEFAULT_WORKER_WAIT),
/* harmony export */   Fi: () => (/* binding */ DEFAULT_WORKDIR),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   Yp: () => (/* binding */ DEFAULT_FILE_PATTERN),
/* harmony export */   aI: () => (/* binding */ templateEnvironment),
/* harmony export */   cS: () => (/* binding */ DEFAULT_TIMEOUT),
/* harmony export */   eB: () => (/* binding */ CREDENTIAL_VARIABLES)
/* harmony export */ });
/** Everything the program needs to know, read once at the edge (CLI flags or action inputs). */
const DEFAULT_FILE_PATTERN = 'prefect-deployments-{env}.yaml';
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_TIMEOUT = '30m';
const DEFAULT_WORKDIR = '/opt/prefect';
const DEFAULT_WORKER_WAIT = 600;
/**
 * Environment variables that hold the tool's own credentials (Prefect, GitHub, AWS,
 * the runner's tokens, the action's inputs): never available to `{{ $NAME }}`.
 */
const CREDENTIAL_VARIABLES = /^(?:PREFECT_API_KEY|PREFECT_API_AUTH_STRING|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|AWS_ACCESS_KEY_ID|AWS_WEB_IDENTITY_TOKEN_FILE|AWS_CONTAINER_AUTHORIZATION_TOKEN|INPUT_.*|ACTIONS_.*)$/;
/** The environment `{{ $NAME }}` reads: the process environment without the credentials. */
function templateEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !CREDENTIAL_VARIABLES.test(name)));
}


/***/ }),

/***/ 223:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ scriptsOf),
/* harmony export */   Y: () => (/* binding */ blockScriptsStage)
/* harmony export */ });
/* harmony import */ var _flows_read_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5661);
/* harmony import */ var _image_block_scripts_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7021);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3039);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_flows_read_js__WEBPACK_IMPORTED_MODULE_0__]);
_flows_read_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Block scripts stage: the repository's Python scripts that create or update blocks,
 * run inside the flows image (pulled when the engine lacks it) before any deployment
 * is registered. A plan lists them and runs none.
 */



/** The file's `block-scripts:`, then those given on the command line. */
function scriptsOf(run) {
    return [...run.file.file.blockScripts.map((s) => s.path), ...run.settings.blockScripts];
}
const blockScriptsStage = {
    name: 'block scripts',
    check(input) {
        const problems = [];
        // The file's own scripts were checked with the file.
        const reader = new _flows_read_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowReader */ .q(input.settings.root);
        for (const script of input.settings.blockScripts) {
            const error = reader.scriptError(script);
            if (error)
                problems.push(error);
        }
        if (scriptsOf(input).length && input.mode !== 'plan' && !(0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .usesImageStage */ .O)(input) && !input.settings.imageRef) {
            problems.push('block scripts run inside the flows image: configure the image stage (--repository) or pass --image');
        }
        return problems;
    },
    async read() {
        return [];
    },
    async plan(run) {
        run.report.blockScripts = { scripts: scriptsOf(run), ran: false };
    },
    async apply(run) {
        const scripts = scriptsOf(run);
        if (!scripts.length)
            return;
        const { settings, report, ui } = run;
        const image = report.image?.uri ?? settings.imageRef;
        if (report.image && settings.ecr)
            await (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(249), __nccwpck_require__.e(766)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7766))).ensureLocalImage(settings.ecr, image, ui);
        await (0,_image_block_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .runBlockScripts */ .F)(scripts, { image, root: settings.root, prefect: settings.prefect, environment: settings.environment, sha: report.sha }, ui);
        run.report.blockScripts = { scripts, ran: true };
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ blocksStage)
});

// EXTERNAL MODULE: ./src/config/blocks.ts
var config_blocks = __nccwpck_require__(6750);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/plan/apply.ts + 1 modules
var apply = __nccwpck_require__(2744);
// EXTERNAL MODULE: ./src/flows/values.ts + 6 modules
var values = __nccwpck_require__(3238);
// EXTERNAL MODULE: ./src/prefect/blocks.ts
var prefect_blocks = __nccwpck_require__(3941);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var diff = __nccwpck_require__(586);
;// CONCATENATED MODULE: ./src/plan/blocks.ts
/**
 * The file's blocks against the server: checks of each block's data against its
 * type's schema (before anything is written), and the plan: create, update or
 * unchanged after comparing with the stored document. Pure. Messages name fields,
 * never values: block data can hold secrets.
 */





/** The schema a block is checked against: its stored document's, else the type's newest. */
function schemaOf(b, live) {
    return live.documents.get((0,config_blocks/* blockKey */.Ju)(b.type, b.name))?.schema ?? live.types.get(b.type)?.schema;
}
function checkBlockData(file, blocks, live) {
    const out = [];
    const at = (pos, message) => out.push({ file, ...pos, message, severity: 'error' });
    const declared = new Map(blocks.map((b) => [(0,config_blocks/* blockKey */.Ju)(b.type, b.name), b]));
    for (const b of blocks) {
        const key = (0,config_blocks/* blockKey */.Ju)(b.type, b.name);
        if (!live.types.get(b.type)) {
            at(b.node.pos, `block ${key}: ${(0,prefect_blocks/* missingTypeMessage */.w_)(b.type)}`);
            continue;
        }
        const schema = schemaOf(b, live);
        if (!schema) {
            at(b.node.pos, `block ${key}: the server has no schema for block type '${b.type}'; register it with \`prefect block register\``);
            continue;
        }
        const props = schema.fields.properties ?? {};
        const references = (0,config_blocks/* referencesOf */.CL)(b);
        for (const field of schema.fields.required ?? []) {
            if (!(field in b.data))
                at((0,config_blocks/* fieldPos */.Li)(b), `block ${key} is missing the required field '${field}'`);
        }
        for (const [field, value] of Object.entries(b.data)) {
            const prop = props[field];
            if (!prop) {
                const hint = (0,src_text/* closest */.k)(field, Object.keys(props));
                at((0,config_blocks/* fieldPos */.Li)(b, field), `block type '${b.type}' has no field '${field}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
                continue;
            }
            const ref = references.get(field);
            if (ref) {
                const takes = takesBlocks(schema, field);
                const refType = ref.slice(0, ref.indexOf('/'));
                if (!takes.length)
                    at((0,config_blocks/* fieldPos */.Li)(b, field), `field '${field}' of block type '${b.type}' does not take a block`);
                else if (!takes.includes(refType))
                    at((0,config_blocks/* fieldPos */.Li)(b, field), `field '${field}' of block type '${b.type}' takes a ${takes.join(' or ')} block, not ${ref}`);
                else if (!declared.has(ref) && !live.documents.get(ref))
                    at((0,config_blocks/* fieldPos */.Li)(b, field), `block ${ref} does not exist: declare it under blocks: or create it first`);
                continue;
            }
            // Block data may hold secrets: the message says what was expected, never the value.
            const error = (0,values/* valueError */.ao)(value, prop, schema.fields.definitions ?? {}, { secret: true });
            if (error)
                at((0,config_blocks/* fieldPos */.Li)(b, field), `field '${field}' of block ${key}: ${error}`);
        }
    }
    return out;
}
/** The block type slugs a field takes, from the schema's block references. */
function takesBlocks(schema, field) {
    const refs = schema.fields.block_schema_references?.[field];
    return refs === undefined ? [] : [].concat(refs).map((r) => r.block_type_slug);
}
/**
 * Create, update or unchanged for each block (given in dependency order). `fill`
 * fills the templates known after the image stage.
 */
function planBlocks(blocks, live, fill) {
    return blocks.map((spec) => {
        const key = (0,config_blocks/* blockKey */.Ju)(spec.type, spec.name);
        const references = (0,config_blocks/* referencesOf */.CL)(spec);
        const data = fill(Object.fromEntries(Object.entries(spec.data).filter(([field]) => !references.has(field))));
        const type = live.types.get(spec.type);
        const stored = live.documents.get(key);
        const schema = (stored?.schema ?? type.schema);
        const base = { key, spec, typeId: type.id, schema, data, references };
        if (!stored)
            return { ...base, action: 'create', changed: [...Object.keys(data), ...references.keys()].sort() };
        const changed = new Set();
        for (const field of new Set([...Object.keys(data), ...Object.keys(stored.data)])) {
            if ((0,diff/* canonical */.$)(data[field]) !== (0,diff/* canonical */.$)(stored.data[field]))
                changed.add(field);
        }
        for (const field of new Set([...references.keys(), ...Object.keys(stored.references)])) {
            const wanted = references.has(field) ? live.documents.get(references.get(field))?.id : undefined;
            if (wanted === undefined || wanted !== stored.references[field])
                changed.add(field);
        }
        return { ...base, id: stored.id, action: changed.size ? 'update' : 'unchanged', changed: [...changed].sort() };
    });
}

// EXTERNAL MODULE: ./src/plan/desired.ts
var desired = __nccwpck_require__(1313);
// EXTERNAL MODULE: ./src/prefect/client.ts + 1 modules
var prefect_client = __nccwpck_require__(9085);
// EXTERNAL MODULE: ./src/stages/context.ts
var context = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./src/stages/blocks.ts
/**
 * Blocks stage: the file's `blocks:`. Each is checked against its type's schema on the
 * server before anything is written, planned as create, update or unchanged by
 * comparing with the stored document, and written in dependency order (a referenced
 * block first). Messages name fields, never values.
 */








function blocksStage() {
    let live;
    return {
        name: 'blocks',
        // Declared blocks were checked with the file.
        check() {
            return [];
        },
        async read(run) {
            live = await readLiveBlocks(run.client, run.file.file, run.settings.concurrency);
            return checkBlockData(run.file.file.path, run.file.file.blocks, live);
        },
        async plan(run) {
            const problems = [];
            const ctx = (0,context/* deployContext */.H)(run);
            run.report.blocks = planBlocks((0,config_blocks/* inDependencyOrder */.Vm)(run.file.file.blocks), live, (data) => (0,desired/* fillTemplates */.V$)(data, ctx, problems));
            if (problems.length)
                throw new errors/* UsageError */.eb(`blocks: ${[...new Set(problems)].join('; ')}`);
        },
        async apply(run) {
            await applyBlocks(run.client, run.report.blocks, live, run.ui.info);
        },
    };
}
/** Types of declared and referenced blocks, and their documents (declared ones with secrets, to compare). */
async function readLiveBlocks(client, file, concurrency) {
    const declared = new Set(file.blocks.map((b) => (0,config_blocks/* blockKey */.Ju)(b.type, b.name)));
    const referenced = new Set(file.blocks.flatMap((b) => [...(0,config_blocks/* referencesOf */.CL)(b).values()]));
    const keys = [...new Set([...declared, ...referenced])];
    const slugs = [...new Set(keys.map((k) => k.slice(0, k.indexOf('/'))))];
    const types = new Map();
    const documents = new Map();
    await (0,apply/* mapBounded */.y)(slugs, concurrency, async (slug) => {
        types.set(slug, await (0,prefect_blocks/* readBlockType */.gq)(client, slug));
    });
    const known = keys.filter((k) => types.get(k.slice(0, k.indexOf('/'))));
    await (0,apply/* mapBounded */.y)(known, concurrency, async (key) => {
        const slash = key.indexOf('/');
        documents.set(key, await (0,prefect_blocks/* readBlockDocument */.dN)(client, key.slice(0, slash), key.slice(slash + 1), declared.has(key)));
    });
    return { types, documents };
}
/** Writes creates and updates in plan order. */
async function applyBlocks(client, entries, live, info) {
    const ids = new Map();
    for (const [key, doc] of live.documents)
        if (doc)
            ids.set(key, doc.id);
    for (const e of entries) {
        if (e.action === 'unchanged')
            continue;
        const references = Object.fromEntries([...e.references].map(([field, ref]) => [field, ids.get(ref)]));
        try {
            if (e.action === 'update') {
                await (0,prefect_blocks/* updateBlockDocument */.ao)(client, e.id, e.data, references);
            }
            else {
                try {
                    ids.set(e.key, await (0,prefect_blocks/* createBlockDocument */.pj)(client, { typeId: e.typeId, schemaId: e.schema.id, name: e.spec.name, data: e.data, references }));
                }
                catch (err) {
                    // Created meanwhile by another run: replace its data instead.
                    if (!(err instanceof prefect_client/* PrefectApiError */.CX && err.status === 409))
                        throw err;
                    const existing = await (0,prefect_blocks/* readBlockDocument */.dN)(client, e.spec.type, e.spec.name, false);
                    if (!existing)
                        throw err;
                    await (0,prefect_blocks/* updateBlockDocument */.ao)(client, existing.id, e.data, references);
                    ids.set(e.key, existing.id);
                }
            }
        }
        catch (err) {
            throw new errors/* Failure */.HR(`block ${e.key} could not be ${e.action === 'create' ? 'created' : 'updated'}; no deployment was registered: ${err.message}`);
        }
        e.written = true;
        info(`block ${e.key}: ${e.action === 'create' ? 'created' : `updated (${e.changed.join(', ')})`}`);
    }
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j: () => (/* binding */ codeStorageStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/blocks.ts
var blocks = __nccwpck_require__(6750);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/code/files.ts
/**
 * The repository's files that go to code storage: everything under the root except
 * `.git`, and except what `.prefectignore` ignores (the file Prefect's own push steps
 * read), else what the `.gitignore` files ignore. Symbolic links are uploaded only
 * as files inside the repository: a link out of it is never followed.
 */



function codeFiles(root) {
    const prefectIgnore = external_node_path_default().join(root, '.prefectignore');
    const files = [];
    const skippedLinks = [];
    let rules;
    let lookup;
    if ((0,external_node_fs_.existsSync)(prefectIgnore)) {
        // Prefect reads only the root's .prefectignore, each line stripped.
        const ig = ignore_default()().add((0,external_node_fs_.readFileSync)(prefectIgnore, 'utf8').split(/\r?\n/).map((l) => l.trim()));
        rules = '.prefectignore';
        lookup = { at: () => [{ base: '', ig }] };
    }
    else {
        // Git reads a .gitignore in every directory; a pattern is relative to its own.
        const byDir = new Map();
        const own = (dir) => {
            if (!byDir.has(dir)) {
                const file = external_node_path_default().join(root, dir, '.gitignore');
                byDir.set(dir, (0,external_node_fs_.existsSync)(file) ? ignore_default()().add((0,external_node_fs_.readFileSync)(file, 'utf8')) : undefined);
            }
            return byDir.get(dir);
        };
        rules = own('') ? '.gitignore' : 'none';
        lookup = {
            at: (dir) => {
                const dirs = [''];
                if (dir)
                    dir.split('/').forEach((_, i, parts) => dirs.push(parts.slice(0, i + 1).join('/')));
                return dirs.flatMap((d) => {
                    const ig = own(d);
                    if (ig)
                        rules = '.gitignore';
                    return ig ? [{ base: d, ig }] : [];
                });
            },
        };
    }
    const ignored = (rel, dir, isDir) => lookup.at(dir).some(({ base, ig }) => ig.ignores((base ? rel.slice(base.length + 1) : rel) + (isDir ? '/' : '')));
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const walk = (dir) => {
        const entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (entry.name === '.git')
                continue;
            const rel = dir ? `${dir}/${entry.name}` : entry.name;
            const abs = external_node_path_default().join(root, rel);
            if (entry.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(abs);
                }
                catch {
                    skippedLinks.push(rel);
                    continue;
                }
                if (!target.startsWith(realRoot + (external_node_path_default()).sep) || !(0,external_node_fs_.statSync)(target).isFile()) {
                    skippedLinks.push(rel);
                    continue;
                }
                if (ignored(rel, dir, false))
                    continue;
                files.push({ path: rel, abs, size: (0,external_node_fs_.statSync)(target).size });
            }
            else if (entry.isDirectory()) {
                if (!ignored(rel, dir, true))
                    walk(rel);
            }
            else if (entry.isFile() && !ignored(rel, dir, false)) {
                files.push({ path: rel, abs, size: (0,external_node_fs_.lstatSync)(abs).size });
            }
        }
    };
    walk('');
    return { files, rules, skippedLinks };
}

// EXTERNAL MODULE: ./src/code/location.ts
var code_location = __nccwpck_require__(4126);
;// CONCATENATED MODULE: ./src/code/pull.ts
/**
 * How deployments read the commit's code from S3. Prefect 3: the pull step `prefect
 * deploy` registers after `prefect_aws.deployments.steps.push_to_s3` (Prefect's own
 * `s3` recipe, its push step's outputs filled in). Prefect 2: a storage block whose
 * base is the code storage location, with the commit's folder as the deployment's
 * `path`, as `prefect deployment build -sb TYPE/NAME/<sha>` registers it. Pure.
 */

const PULL_FROM_S3 = 'prefect_aws.deployments.steps.pull_from_s3';
function pullFromS3(bucket, folder, credentialsBlock) {
    const step = { id: 'pull_code', requires: 'prefect-aws>=0.3.4', bucket, folder };
    if (credentialsBlock)
        step.credentials = `{{ prefect.blocks.aws-credentials.${credentialsBlock} }}`;
    return [{ [PULL_FROM_S3]: step }];
}
/**
 * The deployment `path` from which a Prefect 2 storage block's `get_directory` (what
 * an agent calls before a run) reads the commit's folder, or why it cannot. `s3`
 * (core) reads `path` below its `bucket_path`, which must be the code storage
 * location; `s3-bucket` (prefect-aws) reads `path` as the key prefix itself, in its
 * `bucket_name` (its `bucket_folder` applies to uploads only).
 */
function storageBlockPath(type, data, loc, sha) {
    const clean = (v) => (typeof v === 'string' ? v.replace(/^s3:\/\//, '').replace(/^\/+|\/+$/g, '') : '');
    const want = `s3://${loc.bucket}${loc.prefix ? `/${loc.prefix}` : ''}`;
    if (type === 's3') {
        const base = clean(data.bucket_path);
        if (base !== (loc.prefix ? `${loc.bucket}/${loc.prefix}` : loc.bucket))
            return { error: `reads from ${base ? `s3://${base}` : 'no bucket'}, not ${want}` };
        return { path: sha };
    }
    const bucket = clean(data.bucket_name);
    if (bucket !== loc.bucket)
        return { error: `reads from bucket ${bucket || '(none)'}, not ${loc.bucket}` };
    return { path: (0,code_location/* commitFolder */.sr)(loc, sha) };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/plan/apply.ts + 1 modules
var apply = __nccwpck_require__(2744);
// EXTERNAL MODULE: ./src/prefect/blocks.ts
var prefect_blocks = __nccwpck_require__(3941);
;// CONCATENATED MODULE: ./src/stages/code-storage.ts
/**
 * Code storage stage: the repository's files go to `s3://BUCKET/PREFIX/<sha>/` once
 * per commit (a re-run lists the folder and uploads only what is missing: nothing),
 * and the deployments read them from there: Prefect 3 through `pull_from_s3` pull
 * steps, Prefect 2 agents through a storage block and the commit's path below it.
 * A promotion points the environment at the commit's folder and uploads nothing.
 * The prefix is ours once it holds this tool's marker; a prefix holding anything
 * else is never written to.
 */








/** Uploads in flight at once. */
const UPLOAD_CONCURRENCY = 16;
/** Written once at the prefix: it says this tool (and which repository) owns what is below it. */
const MARKER = '.prefect-ecr-deploy.json';
const markerKey = (prefix) => (prefix ? `${prefix}/${MARKER}` : MARKER);
/** The commit's code is needed from here on: a promotion's SHA comes from the image stage's read. */
const shaOf = (run) => run.report.sha;
function codeStorageStage() {
    let live;
    return {
        name: 'code storage',
        check({ settings }) {
            const cs = settings.codeStorage;
            if (!cs)
                return [];
            return cs.region ? [] : ['no AWS region for code storage: pass --region or set AWS_REGION'];
        },
        async read(run) {
            const cs = run.settings.codeStorage;
            if (!cs)
                return [];
            const block = await readCodeBlock(run, cs);
            const problems = typeof block === 'string' ? [block] : [];
            const { S3Store } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(75)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1075));
            const store = new S3Store(cs.region, cs.pathStyle);
            const { bucket, prefix } = cs.location;
            const bucketProblem = await store.bucketProblem(bucket);
            if (bucketProblem)
                return [...problems, bucketProblem];
            const marker = (await store.getJson(bucket, markerKey(prefix)));
            let writeMarker = false;
            if (marker === undefined) {
                const anything = await store.list(bucket, prefix ? `${prefix}/` : '', 1);
                if (anything.size) {
                    problems.push(`${cs.url} already holds objects that prefect-ecr-deploy did not write (no ${(0,code_location/* s3Url */.AB)(bucket, markerKey(prefix))}): it is not ours; choose an empty prefix`);
                }
                writeMarker = true;
            }
            else {
                const theirs = marker?.repository;
                const ours = run.settings.vcs.repository;
                if (theirs && ours && theirs !== ours)
                    problems.push(`${cs.url} is the code storage of repository ${theirs}, not ${ours}: choose another prefix`);
            }
            if (problems.length)
                return problems;
            const folder = (0,code_location/* commitFolder */.sr)(cs.location, shaOf(run));
            const stored = await store.list(bucket, `${folder}/`);
            const entrypointFiles = [...new Set(run.file.file.deployments.map((d) => d.entrypoint.slice(0, d.entrypoint.lastIndexOf(':'))))].map((f) => external_node_path_default().posix.normalize(f.replace(/\\/g, '/')).replace(/^\.\//, ''));
            if (run.mode === 'promote') {
                // Nothing is uploaded: the commit's folder must hold every flow already.
                const absent = entrypointFiles.filter((f) => !stored.has(`${folder}/${f}`));
                if (absent.length) {
                    return [`${(0,code_location/* s3Url */.AB)(bucket, `${folder}/`)} does not hold ${absent.join(', ')}: deploy commit ${shaOf(run)} to the source environment first (a promotion uploads nothing)`];
                }
                const files = [...stored].map(([key, o]) => ({ path: key.slice(folder.length + 1), abs: '', size: o.size }));
                live = { store, folder, files, rules: 'the source environment\'s upload', missing: [], writeMarker: false };
            }
            else {
                const selected = codeFiles(run.settings.root);
                for (const link of selected.skippedLinks)
                    run.ui.warning(`code storage: ${link} is a link out of the repository (or to a directory): not uploaded`);
                const chosen = new Set(selected.files.map((f) => f.path));
                for (const f of entrypointFiles) {
                    if (!chosen.has(f))
                        problems.push(`code storage: the entrypoint file ${f} would not be uploaded (${selected.rules} ignores it)`);
                }
                // Names and sizes tell: a commit's files do not change, and an upload is all or nothing per object.
                const missing = selected.files.filter((f) => stored.get(`${folder}/${f.path}`)?.size !== f.size);
                live = { store, folder, files: selected.files, rules: selected.rules, missing, writeMarker };
            }
            if (typeof block === 'object')
                live.storageBlock = block;
            return problems;
        },
        async plan(run) {
            const cs = run.settings.codeStorage;
            if (!cs || !live)
                return;
            const { bucket } = cs.location;
            const sum = (files) => files.reduce((n, f) => n + f.size, 0);
            let via;
            let pullSteps;
            let storageBlock;
            if (live.storageBlock) {
                const { type, name, path } = live.storageBlock;
                // Read now: a block declared in the file was written by the blocks stage.
                const doc = await (0,prefect_blocks/* readBlockDocument */.dN)(run.client, type, name, false);
                const id = doc?.id ?? `(${(0,blocks/* blockKey */.Ju)(type, name)}, written by this run)`;
                storageBlock = { documentId: id, path };
                via = `storage block ${(0,blocks/* blockKey */.Ju)(type, name)}, path ${path}`;
            }
            else {
                pullSteps = pullFromS3(bucket, live.folder, cs.credentialsBlock);
                via = `pull_from_s3${cs.credentialsBlock ? ` with aws-credentials/${cs.credentialsBlock}` : ''}`;
            }
            const own = run.file.file.deployments.filter((d) => d.pull !== undefined).map((d) => d.name);
            if (own.length)
                run.ui.warning(`code storage: ${own.join(', ')} keep the pull steps of the file, which do not read ${(0,code_location/* s3Url */.AB)(bucket, `${live.folder}/`)}`);
            run.report.codeStorage = {
                url: (0,code_location/* s3Url */.AB)(bucket, `${live.folder}/`),
                rules: live.rules,
                files: live.files.length,
                bytes: sum(live.files),
                missing: live.missing.length,
                missingBytes: sum(live.missing),
                uploaded: 0,
                via,
                pullSteps,
                storageBlock,
            };
            const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
            run.ui.info(live.missing.length
                ? `code storage: ${live.missing.length} of ${live.files.length} file(s) (${mb(sum(live.missing))}) ${run.mode === 'plan' ? 'would be uploaded' : 'to upload'} to ${run.report.codeStorage.url}`
                : `code storage: ${run.report.codeStorage.url} holds the commit's ${live.files.length} file(s): nothing to upload`);
        },
        async apply(run) {
            const cs = run.settings.codeStorage;
            const report = run.report.codeStorage;
            if (!cs || !live || !report || !live.missing.length || run.mode === 'promote')
                return;
            const { store, folder, missing } = live;
            const { bucket, prefix } = cs.location;
            const started = Date.now();
            // The marker first: a prefix this tool started to fill stays its own, even after a failed upload.
            if (live.writeMarker) {
                try {
                    await store.putJson(bucket, markerKey(prefix), { tool: 'prefect-ecr-deploy', repository: run.settings.vcs.repository ?? null });
                }
                catch (e) {
                    throw new errors/* Failure */.HR(`code storage: writing ${(0,code_location/* s3Url */.AB)(bucket, markerKey(prefix))} failed, nothing was uploaded and no deployment registered: ${(0,errors/* errorMessage */.gJ)(e)}`);
                }
            }
            const failed = [];
            await (0,apply/* mapBounded */.y)(missing, UPLOAD_CONCURRENCY, async (f) => {
                try {
                    await store.putFile(bucket, `${folder}/${f.path}`, f.abs, f.size);
                    report.uploaded++;
                }
                catch (e) {
                    failed.push({ file: f.path, error: (0,errors/* errorMessage */.gJ)(e) });
                }
            });
            report.seconds = (Date.now() - started) / 1000;
            if (failed.length) {
                const first = failed.slice(0, 3).map((f) => `${f.file}: ${f.error}`).join('; ');
                throw new errors/* Failure */.HR(`code storage: ${report.uploaded} of ${missing.length} file(s) uploaded to ${report.url}, ${failed.length} failed (${first}); ` +
                    'no deployment was registered and the worker service was not touched; a re-run uploads only what is missing');
            }
            run.ui.info(`code storage: uploaded ${report.uploaded} file(s) to ${report.url} in ${report.seconds.toFixed(1)} s`);
        },
    };
}
/**
 * The block the deployments will read the code with, on the server or declared in
 * the file: Prefect 2's storage block (with the path to register), Prefect 3's
 * credentials block (checked only). A string says what is wrong.
 */
async function readCodeBlock(run, cs) {
    const declared = (type, name) => run.file.file.blocks.find((b) => b.type === type && b.name === name);
    if (run.caps.infrastructureBlocks) {
        if (!cs.storageBlock) {
            return `Prefect ${run.caps.version} agents read code through a storage block: pass --code-storage-block s3-bucket/NAME (or s3/NAME) that reads from ${cs.url}`;
        }
        const slash = cs.storageBlock.indexOf('/');
        const [type, name] = [cs.storageBlock.slice(0, slash), cs.storageBlock.slice(slash + 1)];
        const data = declared(type, name)?.data ?? (await (0,prefect_blocks/* readBlockDocument */.dN)(run.client, type, name, false))?.data;
        if (!data)
            return `storage block ${cs.storageBlock} does not exist: create it, or declare it under blocks:`;
        const at = storageBlockPath(type, data, cs.location, shaOf(run));
        return 'error' in at ? `storage block ${cs.storageBlock} ${at.error}: point one at the other` : { type, name, path: at.path };
    }
    if (cs.storageBlock)
        return `--code-storage-block is for Prefect 2 agents; Prefect ${run.caps.version} workers read code with pull steps (--code-storage-credentials-block names their credentials)`;
    if (cs.credentialsBlock && !declared('aws-credentials', cs.credentialsBlock) && !(await (0,prefect_blocks/* readBlockDocument */.dN)(run.client, 'aws-credentials', cs.credentialsBlock, false))) {
        return `aws-credentials block '${cs.credentialsBlock}' does not exist: create it, or declare it under blocks: (pull_from_s3 reads the code with it)`;
    }
    return undefined;
}


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ deployContext)
/* harmony export */ });
function deployContext(run) {
    const { settings, report } = run;
    return {
        sha: report.sha,
        environment: settings.environment,
        repository: settings.vcs.repository,
        branch: settings.vcs.branch,
        commitUrl: settings.vcs.commitUrl,
        versionType: settings.vcs.versionType,
        workdir: settings.workdir,
        codePullSteps: report.codeStorage?.pullSteps,
        codeStorageBlock: report.codeStorage?.storageBlock,
        // A dependencies-only image (--image-tag-from) is not the commit's: deployments name it by digest.
        image: (settings.ecr?.tagFrom && report.image?.digestRef) || report.image?.uri || settings.imageRef,
        imageDigest: report.image?.digestRef,
        variables: run.variables,
        enforceParameterSchemaDefault: !run.caps.infrastructureBlocks,
    };
}


/***/ }),

/***/ 6531:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ deploymentsStage)
/* harmony export */ });
/* harmony import */ var _plan_apply_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2744);
/* harmony import */ var _plan_desired_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1313);
/* harmony import */ var _plan_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(586);
/* harmony import */ var _plan_only_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8373);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8992);
/* harmony import */ var _prefect_blocks_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3941);
/* harmony import */ var _prefect_live_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2129);
/* harmony import */ var _block_scripts_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(223);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2088);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_block_scripts_js__WEBPACK_IMPORTED_MODULE_4__]);
_block_scripts_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];









function deploymentsStage() {
    let live;
    return {
        name: 'deployments',
        check({ settings, mode, file }) {
            const problems = [];
            if (!settings.sha && mode !== 'promote')
                problems.push('no commit SHA: pass --sha, set GITHUB_SHA, or run inside a git checkout');
            if (settings.prune && (!settings.environment || !settings.vcs.repository)) {
                problems.push('--prune needs the environment (--env) and the repository (GITHUB_REPOSITORY, or a git origin): they mark what this tool registered');
            }
            const named = file.file.deployments.map((d) => ({ name: d.name, flowName: file.flows.get(d)?.name ?? '' }));
            for (const pattern of (0,_plan_only_js__WEBPACK_IMPORTED_MODULE_5__/* .unmatchedPatterns */ .x)(settings.only, named)) {
                const hint = (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .closest */ .k)(pattern, named.map((d) => d.name));
                problems.push(`--only '${pattern}' matches no deployment of ${file.file.path}${hint ? ` (did you mean '${hint}'?)` : ''}`);
            }
            return problems;
        },
        // What the server's version cannot take.
        async read({ settings, caps, file }) {
            const problems = agentErrors(file.file, caps);
            if (settings.prune && !caps.labels)
                problems.push(`--prune needs deployment labels (Prefect 3.1.5 or newer); this server is ${caps.version}`);
            return problems;
        },
        async plan(run) {
            const { settings, client } = run;
            const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .deployContext */ .H)(run);
            const selected = (0,_plan_only_js__WEBPACK_IMPORTED_MODULE_5__/* .onlyMatcher */ .V)(settings.only);
            const deployments = run.file.file.deployments.filter((d) => selected({ name: d.name, flowName: run.file.flows.get(d)?.name ?? '' }));
            const built = (0,_plan_desired_js__WEBPACK_IMPORTED_MODULE_1__/* .buildDesired */ .F5)({ ...run.file, file: { ...run.file.file, deployments } }, ctx);
            live = await (0,_prefect_live_js__WEBPACK_IMPORTED_MODULE_3__/* .readLiveState */ .eY)(client, [...new Set(built.desired.map((d) => d.state.flowName))], [...new Set(built.desired.map((d) => d.state.name))], [...new Set(built.desired.flatMap((d) => (d.state.work_pool_name ? [d.state.work_pool_name] : [])))]);
            const managed = settings.prune ? await (0,_prefect_live_js__WEBPACK_IMPORTED_MODULE_3__/* .readManaged */ .MY)(client, settings.environment, settings.vcs.repository) : [];
            const errors = [...built.errors];
            // In a plan, the blocks this run would write (any block, when scripts would run) may not exist yet.
            const pending = run.mode === 'plan'
                ? { blocks: new Map(run.report.blocks.filter((b) => b.action === 'create').map((b) => [b.key, b.schema])), scripts: (0,_block_scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .scriptsOf */ .S)(run).length > 0 }
                : undefined;
            const withBlocks = await resolveInfrastructureBlocks(client, built.desired, errors, ctx.image, pending);
            const desired = (0,_plan_desired_js__WEBPACK_IMPORTED_MODULE_1__/* .withPoolImage */ ._S)(withBlocks, live.workPools, ctx.image);
            run.report.entries = (0,_plan_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .planDeployments */ .S)(desired, live, run.caps, errors, managed, { adopt: settings.adopt, keepPaused: settings.keepPaused });
        },
        async apply(run) {
            const { settings, report, ui } = run;
            const writes = report.entries.filter((e) => e.action === 'create' || e.action === 'update' || e.action === 'delete').length;
            if (writes)
                ui.info(`applying ${writes} change(s) with up to ${settings.concurrency} request(s) in flight`);
            let done = 0;
            const results = await (0,_plan_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .applyPlan */ .g)(run.client, report.entries, live, run.caps, {
                concurrency: settings.concurrency,
                adopt: settings.adopt,
                control: run.control,
                onResult: () => {
                    done++;
                    if (writes >= 50 && done % 50 === 0)
                        ui.info(`${done}/${writes} applied`);
                },
            });
            for (const r of results)
                report.results.set(r.entry, r);
        },
    };
}
const PREFECT2_IMAGE_PATH = '/opt/prefect/flows';
/** `ib-block` on Prefect 3, where workers and work pools replaced agents: a validation error at each place it is written. */
function agentErrors(file, caps) {
    if (caps.infrastructureBlocks)
        return [];
    const nodes = new Map(file.deployments.flatMap((d) => (d.infrastructureBlockNode ? [[d.infrastructureBlockNode, d.infrastructureBlock]] : [])));
    return [...nodes].map(([node, ref]) => ({
        file: file.path,
        ...node.pos,
        severity: 'error',
        message: `ib-block '${ref}' is for Prefect 2 agents; Prefect ${caps.version} runs deployments from work pools: set work_pool.name (an ECS work pool replaces ecs-task blocks) and run a worker`,
    }));
}
/**
 * `ib-block` -> `infrastructure_document_id` on Prefect 2, with the image as a
 * per-deployment override when the block has an `image` field. In a plan
 * (`pending`), a block this run would create, or any block when block scripts
 * would run, may still be missing: it gets a placeholder.
 */
async function resolveInfrastructureBlocks(client, desired, errors, image, pending) {
    const refs = [...new Set(desired.flatMap((d) => (d.spec.infrastructureBlock ? [d.spec.infrastructureBlock] : [])))];
    if (!refs.length)
        return desired;
    const found = await (0,_prefect_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .readBlockDocumentIds */ .be)(client, refs);
    const kept = [];
    for (const d of desired) {
        const ref = d.spec.infrastructureBlock;
        if (!ref) {
            kept.push(d);
            continue;
        }
        let block = found.get(ref);
        if (!block.id && pending && (pending.blocks.has(ref) || (pending.scripts && ref.indexOf('/') > 0))) {
            block = { id: `(${ref}, written by this run)`, schema: pending.blocks.get(ref) };
        }
        if (!block.id) {
            errors.push({ deployment: d.state.name, message: block.error });
            continue;
        }
        // Prefect 2's convention for image-based infrastructure: the code is at /opt/prefect/flows; agents use no pull steps.
        const pull = d.spec.pull ?? null;
        const takesImage = image !== undefined && block.schema?.fields.properties?.image !== undefined && !('image' in d.state.job_variables);
        const jobVariables = takesImage ? { ...d.state.job_variables, image } : d.state.job_variables;
        // Code from a storage block is at its path there (code storage).
        const path = d.state.storage_document_id ? d.state.path : pull ? null : PREFECT2_IMAGE_PATH;
        kept.push({ ...d, state: { ...d.state, infrastructure_document_id: block.id, path, pull_steps: pull, job_variables: jobVariables } });
    }
    return kept;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3039:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ imageStage),
  O: () => (/* binding */ usesImageStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/image/settings-check.ts
/** Image stage input checks, before anything is written (kept apart from the AWS SDK for start-up time). */


const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const NETWORK = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Input problems found before anything is written. */
function imageSettingsErrors(s, root, promote) {
    const errors = [];
    if (!s.region)
        errors.push('no AWS region: pass --region or set AWS_REGION');
    if (!REPOSITORY_NAME.test(s.repository) || s.repository.length > 256) {
        errors.push(`invalid ECR repository name '${s.repository}': lowercase letters, digits, and . _ - / separators`);
    }
    for (const tag of s.tags)
        if (!TAG.test(tag))
            errors.push(`invalid image tag '${tag}'`);
    if (s.network !== undefined && !NETWORK.test(s.network))
        errors.push(`invalid build network '${s.network}': host, none, or a Docker network name`);
    for (const arg of s.buildArgs)
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
            errors.push(`build argument '${arg.split('=')[0]}' must be NAME=value`);
    if (!promote) {
        const dockerfile = external_node_path_default().resolve(root, s.dockerfile);
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, s.context)))
            errors.push(`build context ${s.context} does not exist`);
        if (!(0,external_node_fs_.existsSync)(dockerfile))
            errors.push(`Dockerfile ${s.dockerfile} does not exist`);
    }
    for (const f of s.tagFrom ?? []) {
        const abs = external_node_path_default().resolve(root, f);
        if (external_node_path_default().isAbsolute(f) || !abs.startsWith(external_node_path_default().resolve(root) + (external_node_path_default()).sep))
            errors.push(`--image-tag-from ${f}: must be a path inside the repository`);
        else if (!(0,external_node_fs_.existsSync)(abs))
            errors.push(`--image-tag-from ${f} does not exist`);
    }
    if (s.lifecyclePolicyFile) {
        try {
            JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, s.lifecyclePolicyFile), 'utf8'));
        }
        catch (e) {
            errors.push(`lifecycle policy ${s.lifecyclePolicyFile}: ${e.message}`);
        }
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/stages/image.ts
/**
 * Image stage: the flows image for the commit. deploy builds it once per commit and
 * pushes it (an image that exists is never rebuilt), promote copies the source
 * environment's image to this environment's tags, plan looks it up (or only builds
 * it, with build-only). Its result is what `{{ image }}` becomes downstream.
 */

/** Whether this run has an image stage: a repository is configured (promotion always uses it). */
function usesImageStage(run) {
    return run.settings.ecr !== undefined && (!run.settings.skipImage || run.mode === 'promote');
}
/** Loaded only when the image stage runs: the AWS SDK costs start-up time. */
const imageModule = () => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(249), __nccwpck_require__.e(766)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7766));
function imageStage() {
    /** promote: the source image, read before any stage writes. */
    let promotion;
    return {
        name: 'image',
        check(input) {
            return usesImageStage(input) ? imageSettingsErrors(input.settings.ecr, input.settings.root, input.mode === 'promote') : [];
        },
        // A promotion reads its source here, so that later stages know the commit before anything is written;
        // otherwise the registry is read when the image is looked up (plan) or built (deploy).
        async read(run) {
            if (!usesImageStage(run) || run.mode !== 'promote')
                return [];
            const { findPromotion } = await imageModule();
            const { settings } = run;
            promotion = await findPromotion(settings.ecr, settings.root, { environmentTag: settings.promoteFrom, sha: settings.sha }, run.ui);
            run.report.sha = promotion.revision;
            return [];
        },
        async plan(run) {
            // deploy and promote read the registry once, when they apply.
            if (!usesImageStage(run) || run.mode !== 'plan')
                return;
            const { buildImage, findImage } = await imageModule();
            const { settings, ui } = run;
            const ecr = settings.ecr;
            // A plan never pushes: it looks the image up, or builds it only with build-only.
            run.report.image = ecr.buildOnly
                ? await buildImage(ecr, settings.root, settings.sha, { source: sourceUrl(run) }, ui, run.layerCache)
                : await findImage(ecr, settings.root, settings.sha, ui);
        },
        async apply(run) {
            if (!usesImageStage(run))
                return;
            const { buildImage, promoteImage } = await imageModule();
            const { settings, ui } = run;
            const ecr = settings.ecr;
            if (run.mode === 'promote') {
                run.report.image = await promoteImage(promotion, ecr, ui);
            }
            else {
                const image = await buildImage(ecr, settings.root, settings.sha, { source: sourceUrl(run) }, ui, run.layerCache);
                if (image.layerCacheSave)
                    run.background.push(image.layerCacheSave);
                run.report.image = image;
            }
            // A promotion without --sha deploys the commit the image was built from.
            run.report.sha = run.report.image.revision;
        },
    };
}
/** The repository's web page, for the image's source label. */
function sourceUrl(run) {
    const vcs = run.settings.vcs;
    return (vcs.repository && vcs.commitUrl?.replace(/\/commit\/.*$/, '')) || undefined;
}


/***/ }),

/***/ 2225:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_12__.Q),
/* harmony export */   ik: () => (/* reexport safe */ _report_js__WEBPACK_IMPORTED_MODULE_12__.i),
/* harmony export */   zt: () => (/* binding */ runDeploy)
/* harmony export */ });
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(10);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4851);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(3916);
/* harmony import */ var _image_docker_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9261);
/* harmony import */ var _plan_desired_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1313);
/* harmony import */ var _prefect_capabilities_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(5861);
/* harmony import */ var _prefect_client_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9085);
/* harmony import */ var _plan_apply_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2744);
/* harmony import */ var _block_scripts_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(223);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7481);
/* harmony import */ var _code_storage_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3968);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6531);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(3039);
/* harmony import */ var _worker_service_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(2755);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(7781);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__, _block_scripts_js__WEBPACK_IMPORTED_MODULE_6__, _deployments_js__WEBPACK_IMPORTED_MODULE_9__]);
([_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__, _block_scripts_js__WEBPACK_IMPORTED_MODULE_6__, _deployments_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * `plan`, `deploy` and `promote`: the file is validated, every stage checks its
 * inputs (nothing is written anywhere before all checks pass), then each stage plans
 * with the outputs of the stages before it and, unless this is a plan, applies.
 */















/** The pipeline, in the order it runs. */
// Code storage follows the blocks: the storage or credentials block it names may be declared in the file.
const stages = () => [(0,_image_js__WEBPACK_IMPORTED_MODULE_10__/* .imageStage */ .m)(), (0,_blocks_js__WEBPACK_IMPORTED_MODULE_7__/* .blocksStage */ .z)(), _block_scripts_js__WEBPACK_IMPORTED_MODULE_6__/* .blockScriptsStage */ .Y, (0,_code_storage_js__WEBPACK_IMPORTED_MODULE_8__/* .codeStorageStage */ .j)(), (0,_deployments_js__WEBPACK_IMPORTED_MODULE_9__/* .deploymentsStage */ .v)(), (0,_worker_service_js__WEBPACK_IMPORTED_MODULE_11__/* .workerServiceStage */ .S)()];
/**
 * Runs every stage for one environment. Once the run is stopping (an interrupt, the
 * deadline), no stage starts and the report so far comes back with `stopped` set:
 * what was written, and what was not.
 */
async function runDeploy(settings, mode, ui, options) {
    const validation = (0,_commands_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .runValidate */ .E)(settings);
    if (!validation.valid)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidInput */ .o9([...validation.errors, ...validation.warnings]);
    const pipeline = stages();
    const input = { settings, mode, file: validation.validated };
    stopOn(pipeline.flatMap((stage) => stage.check(input)));
    const { control } = options;
    // A build or block script still running when the grace period ends is ended too.
    control.aborted.addEventListener('abort', _image_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .stopDockerProcesses */ .ab, { once: true });
    const run = await openRun(input, validation, ui, options);
    try {
        const problems = [];
        const timings = run.report.timings;
        const timed = async (stage, work) => {
            const started = performance.now();
            await work();
            timings[stage.name] = (timings[stage.name] ?? 0) + (performance.now() - started) / 1000;
        };
        for (const stage of pipeline)
            await timed(stage, async () => problems.push(...(await stage.read(run))));
        stopOn(problems);
        for (const stage of pipeline) {
            control.check();
            await timed(stage, async () => {
                await stage.plan(run);
                control.check();
                if (mode !== 'plan')
                    await stage.apply(run);
            });
        }
        // The deployments stage stops dispatching by itself: its report says what it did not write.
        if (control.reason)
            run.report.stopped = control.reason;
        return run.report;
    }
    catch (e) {
        // Whatever failed once the run was stopping failed because it was stopping.
        if (!control.reason)
            throw e;
        run.report.stopped = control.reason;
        return run.report;
    }
    finally {
        // The layer cache upload overlaps the registration; the run ends when both have (a stopped run does not wait).
        if (!control.reason)
            await Promise.all(run.background);
    }
}
/** Reaches the Prefect server, and reads what every stage uses: its version and the file's Prefect variables. */
async function openRun(input, validation, ui, { control, layerCache }) {
    const { settings, mode, file } = input;
    if (!settings.prefect.apiUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb('no Prefect API: set PREFECT_API_URL or pass --api-url');
    const client = new _prefect_client_js__WEBPACK_IMPORTED_MODULE_4__/* .PrefectClient */ .Pg({
        apiUrl: settings.prefect.apiUrl,
        apiKey: settings.prefect.apiKey,
        authString: settings.prefect.authString,
        maxConcurrency: settings.concurrency,
        maxRetryMs: settings.maxRetrySeconds * 1000,
        control,
        onRetry: (r) => ui.info(`retrying ${r.method} ${r.path} in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt}: ${r.reason})`),
    });
    // Reach Prefect before anything else: bad credentials stop the run here.
    const serverVersion = await client.serverVersion();
    ui.info(`Prefect ${serverVersion} at ${client.apiUrl}`);
    const report = {
        mode,
        environment: settings.environment,
        sha: settings.sha ?? '',
        file: validation.file,
        serverVersion,
        apiUrl: client.apiUrl,
        validation,
        blocks: [],
        blockScripts: { scripts: [], ran: false },
        entries: [],
        results: new Map(),
        timings: {},
    };
    const variables = await readVariables(client, (0,_plan_desired_js__WEBPACK_IMPORTED_MODULE_3__/* .referencedVariables */ .Xo)(file), settings.concurrency);
    return { ...input, ui, client, caps: (0,_prefect_capabilities_js__WEBPACK_IMPORTED_MODULE_14__/* .capabilitiesFor */ .Q)(serverVersion), variables, layerCache, control, background: [], report };
}
/** Every problem the checks found, at once: those in the file at their place (exit 2 either way). */
function stopOn(problems) {
    const placed = problems.filter((p) => typeof p !== 'string');
    const settings = problems.filter((p) => typeof p === 'string');
    if (placed.length)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidInput */ .o9(placed, settings);
    if (settings.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(settings.join('\n'));
}
/** `{{ prefect.variables.<name> }}` values, read once each; a missing variable is absent. */
async function readVariables(client, names, concurrency) {
    const out = {};
    await (0,_plan_apply_js__WEBPACK_IMPORTED_MODULE_5__/* .mapBounded */ .y)(names, concurrency, async (name) => {
        try {
            const v = await client.request('GET', `/variables/name/${encodeURIComponent(name)}`);
            out[name] = v.value;
        }
        catch (e) {
            if (!(e instanceof _prefect_client_js__WEBPACK_IMPORTED_MODULE_4__/* .PrefectApiError */ .CX && e.status === 404))
                throw e;
        }
    });
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ hasFailures),
/* harmony export */   i: () => (/* binding */ hasChanges)
/* harmony export */ });
/** True when a run ended with any deployment not registered (a conflict counts only when writing). */
function hasFailures(report) {
    const skipped = report.mode !== 'plan' && report.entries.some((e) => e.action === 'conflict');
    const deployments = skipped || report.entries.some((e) => e.action === 'error') || [...report.results.values()].some((r) => r.error);
    return report.stopped !== undefined || deployments || report.worker?.error !== undefined;
}
/** True when the Prefect API differs from the file: a deployment or block to write, or a conflict. */
function hasChanges(report) {
    return report.entries.some((e) => e.action !== 'unchanged') || report.blocks.some((b) => b.action !== 'unchanged');
}


/***/ }),

/***/ 2755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ workerServiceStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/worker/rollout.ts
/** Pure: the service's state against the revision it should run. */
function rolloutState(service, taskDefinition) {
    if (!service)
        return { stable: false, failed: false, text: 'the service is not there yet' };
    const deployments = service.deployments ?? [];
    const primary = deployments.find((d) => d.status === 'PRIMARY');
    const running = `${service.runningCount ?? 0}/${service.desiredCount ?? 0} task(s) running`;
    const text = `${running}, ${deployments.length} deployment(s), rollout ${primary?.rolloutState ?? 'unknown'}`;
    // The service's task definition is its primary deployment's (moto updates only the former).
    const onRevision = service.taskDefinition === taskDefinition;
    const failed = onRevision && primary?.rolloutState === 'FAILED';
    const stable = onRevision && deployments.length === 1 && (service.runningCount ?? 0) === (service.desiredCount ?? 0);
    return { stable, failed, text: failed && primary?.rolloutStateReason ? `${text}: ${primary.rolloutStateReason}` : text };
}
/** Polls until stable, failed, or `seconds` have passed; each new state is reported. */
async function waitStable(ecs, cluster, service, taskDefinition, seconds, progress) {
    const deadline = Date.now() + seconds * 1000;
    // AWS's waiter polls every 15 s; short waits poll faster so they can still see a change.
    const interval = Math.min(15_000, Math.max(1_000, (seconds * 1000) / 20));
    let last = '';
    for (;;) {
        const state = rolloutState(await ecs.describeService(cluster, service), taskDefinition);
        if (state.text !== last)
            progress(`worker service ${cluster}/${service}: ${state.text}`);
        last = state.text;
        if (state.stable || state.failed || Date.now() + interval > deadline)
            return state;
        await new Promise((r) => setTimeout(r, interval));
    }
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/worker/task-definition.ts
/**
 * Task definitions for the worker service. Pure: a file parsed with every problem
 * at its line and column, the container whose image is rolled, and the input of a
 * new revision (everything kept but the image; the fields ECS sets itself dropped).
 */

/** Fields DescribeTaskDefinition returns that RegisterTaskDefinition does not take. */
const READ_ONLY = ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy', 'deregisteredAt'];
function lineColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}
/**
 * A task definition JSON file: the registration input, or the `aws ecs
 * describe-task-definition` output that wraps it (`{"taskDefinition": {...}}`).
 */
function parseTaskDefinitionFile(text, file, container) {
    const parseErrors = [];
    const tree = (0,main.parseTree)(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const at = (offset, message) => ({ file, ...lineColumn(text, offset), severity: 'error', message });
    if (parseErrors.length || !tree) {
        const errors = parseErrors.map((e) => at(e.offset, `not valid JSON: ${(0,main.printParseErrorCode)(e.error)}`));
        return { errors: errors.length ? errors : [at(0, 'not valid JSON: empty file')] };
    }
    const root = (0,main.findNodeAtLocation)(tree, ['taskDefinition'])?.type === 'object' ? (0,main.findNodeAtLocation)(tree, ['taskDefinition']) : tree;
    if (root.type !== 'object')
        return { errors: [at(root.offset, 'a task definition must be a JSON object')] };
    const errors = [];
    const family = (0,main.findNodeAtLocation)(root, ['family']);
    if (family?.type !== 'string' || !/^[A-Za-z0-9_-]{1,255}$/.test(String(family.value))) {
        errors.push(at((family ?? root).offset, "'family' must be a task definition family name (letters, digits, - and _)"));
    }
    const containers = (0,main.findNodeAtLocation)(root, ['containerDefinitions']);
    if (containers?.type !== 'array' || !containers.children?.length) {
        errors.push(at((containers ?? root).offset, "'containerDefinitions' must be a list of at least one container"));
    }
    else {
        for (const c of containers.children) {
            const name = (0,main.findNodeAtLocation)(c, ['name']);
            if (c.type !== 'object' || name?.type !== 'string')
                errors.push(at((name ?? c).offset, "each container needs a 'name'"));
        }
        const names = containers.children.map((c) => (0,main.findNodeAtLocation)(c, ['name'])?.value);
        if (container && !names.includes(container))
            errors.push(at(containers.offset, `no container named '${container}' (containers: ${names.filter(Boolean).join(', ')})`));
    }
    return errors.length ? { errors } : { doc: (0,main.getNodeValue)(root), errors: [] };
}
/** The container whose image is rolled: the one named, else the only or first one. */
function workerContainer(doc, name) {
    const containers = doc.containerDefinitions ?? [];
    const found = name ? containers.find((c) => c.name === name) : containers[0];
    if (!found?.name)
        return `no container named '${name}' in task definition ${doc.family} (containers: ${containers.map((c) => c.name).join(', ') || 'none'})`;
    return { name: found.name, image: found.image };
}
/** The input of a new revision: the same definition and tags, that container's image replaced. */
function newRevision(doc, container, image, tags = []) {
    const input = Object.fromEntries(Object.entries(doc).filter(([k]) => !READ_ONLY.includes(k)));
    input.containerDefinitions = (doc.containerDefinitions ?? []).map((c) => (c.name === container ? { ...c, image } : c));
    if (tags.length)
        input.tags = tags;
    return input;
}

// EXTERNAL MODULE: ./src/stages/image.ts + 1 modules
var stages_image = __nccwpck_require__(3039);
;// CONCATENATED MODULE: ./src/stages/worker-service.ts
/**
 * Worker service stage: the ECS service that runs the long-lived worker (Prefect 3)
 * or agent (Prefect 2) is rolled to the image this run deployed. A new revision of
 * its task definition (everything kept, that container's image set to the image's
 * digest reference), the service pointed at it, and a bounded wait until it is
 * stable. Already on that image: nothing is written. One-click start: a missing
 * service is created on Fargate from a task definition file.
 */






function workerServiceStage() {
    let fromFile;
    let live;
    return {
        name: 'worker service',
        check({ settings, mode }) {
            const w = settings.worker;
            if (!w)
                return [];
            const problems = [];
            if (!w.region)
                problems.push('no AWS region for the worker service: pass --region or set AWS_REGION');
            if (w.arnRegion && w.region && w.arnRegion !== w.region) {
                problems.push(`worker service ${w.cluster}/${w.service} is in ${w.arnRegion}, not ${w.region}: pass --region ${w.arnRegion}, or name the service in ${w.region}`);
            }
            if (!(0,stages_image/* usesImageStage */.O)({ settings, mode }) && !settings.imageRef) {
                problems.push('the worker service runs the flows image: configure the image stage (--repository) or pass --image');
            }
            if (w.taskDefinitionFile) {
                const file = external_node_path_default().resolve(settings.root, w.taskDefinitionFile);
                let text;
                try {
                    text = (0,external_node_fs_.readFileSync)(file, 'utf8');
                }
                catch (e) {
                    return [...problems, `--worker-task-definition ${w.taskDefinitionFile}: ${(0,errors/* errorMessage */.gJ)(e)}`];
                }
                const parsed = parseTaskDefinitionFile(text, w.taskDefinitionFile, w.container);
                problems.push(...parsed.errors);
                fromFile = parsed.doc;
            }
            return problems;
        },
        async read(run) {
            const w = run.settings.worker;
            if (!w)
                return [];
            const { Ecs } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(212), __nccwpck_require__.e(32)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1032));
            const ecs = new Ecs(w.region);
            const service = await ecs.describeService(w.cluster, w.service);
            if (!service) {
                const missing = [!fromFile && '--worker-task-definition FILE', !w.subnets.length && '--worker-subnet', !w.securityGroups.length && '--worker-security-group'].filter(Boolean);
                if (missing.length) {
                    return [`ECS service '${w.service}' does not exist in cluster '${w.cluster}' (region ${w.region}): create it, or pass ${missing.join(', ')} to create it on Fargate`];
                }
                const container = workerContainer(fromFile, w.container);
                if (typeof container === 'string')
                    return [container];
                live = { ecs, container };
                return [];
            }
            const { taskDefinition, tags } = await ecs.describeTaskDefinition(service.taskDefinition);
            const doc = taskDefinition;
            const container = workerContainer(doc, w.container);
            if (typeof container === 'string')
                return [`worker service ${w.cluster}/${w.service}: ${container}`];
            live = { ecs, current: { doc, tags }, container };
            return [];
        },
        async plan(run) {
            const w = run.settings.worker;
            if (!w || !live)
                return;
            const image = imageOf(run);
            const action = !live.current ? 'create' : live.container.image === image ? 'unchanged' : 'update';
            run.report.worker = { cluster: w.cluster, service: w.service, region: w.region, container: live.container.name, action, from: live.current ? live.container.image : undefined, to: image };
            const change = action === 'create' ? `would be created on Fargate with ${image}` : action === 'unchanged' ? `already runs ${image}` : `image ${live.container.image} -> ${image}`;
            run.ui.info(`worker service ${w.cluster}/${w.service} (container ${live.container.name}): ${change}`);
        },
        async apply(run) {
            const w = run.settings.worker;
            const report = run.report.worker;
            if (!w || !live || !report || report.action === 'unchanged')
                return;
            const { ecs, current, container } = live;
            const where = `worker service ${w.cluster}/${w.service} (region ${w.region})`;
            const doc = current?.doc ?? fromFile;
            try {
                report.taskDefinition = await ecs.registerTaskDefinition(newRevision(doc, container.name, report.to, current?.tags));
            }
            catch (e) {
                report.error = `${where}: registering a revision of task definition ${doc.family} failed, the service was not changed: ${(0,errors/* errorMessage */.gJ)(e)}`;
                return;
            }
            run.ui.info(`registered ${report.taskDefinition}`);
            try {
                if (current)
                    await ecs.updateService(w.cluster, w.service, report.taskDefinition);
                else
                    await ecs.createFargateService(w.cluster, w.service, report.taskDefinition, w);
            }
            catch (e) {
                report.error = `${where}: ${report.taskDefinition} was registered, but ${current ? 'updating' : 'creating'} the service failed: ${(0,errors/* errorMessage */.gJ)(e)}`;
                return;
            }
            run.ui.info(`${where}: ${current ? 'updated' : 'created'} with ${report.taskDefinition}`);
            if (!w.waitSeconds)
                return;
            const state = await waitStable(ecs, w.cluster, w.service, report.taskDefinition, w.waitSeconds, run.ui.info);
            report.stable = state.stable;
            if (!state.stable) {
                const why = state.failed ? 'its rollout failed' : `it was not stable within ${w.waitSeconds} s`;
                report.error = `${where}: ${why} (${state.text}); ${report.taskDefinition} was registered and the service ${current ? 'updated' : 'created'} with it, and every earlier stage was applied`;
            }
        },
    };
}
/** What the worker runs: the image's digest reference from the image stage, else --image. */
function imageOf(run) {
    const image = run.report.image;
    return image?.digestRef ?? image?.uri ?? run.settings.imageRef;
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** Small text helpers shared by the validators. */
/** Longer words get no suggestion: an edit distance costs the product of both lengths. */
const MAX_SUGGESTED_LENGTH = 100;
/** The candidate within edit distance 2 (or a third of the length) of `word`, if any. */
function closest(word, candidates) {
    if (word.length > MAX_SUGGESTED_LENGTH)
        return undefined;
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        // A length difference over the limit is a distance over it.
        if (Math.abs(c.length - word.length) > limit)
            continue;
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
