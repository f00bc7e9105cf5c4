/**
 * The model's `pattern` constraints are Java regular expressions (AWS validates with
 * `java.util.regex`, whole-value `matches()`). This file translates one into an equivalent
 * JavaScript RegExp (`u` flag, anchored), reading it the way Java's parser does:
 *
 * - `\uXXXX` takes exactly four hex digits, so the arnType pattern's `\u10000-\u10FFFF` is
 *   U+1000, then a range `0-\u10FF`, then `F`, `F`: no supplementary character is in the class,
 *   and a RoleArn with an emoji fails the pattern (observed against AWS, justincormack/argmin sts_oracle.rs).
 * - `\w`, `\d`, `\s` are ASCII only (Java's default, without UNICODE_CHARACTER_CLASS).
 * - `\p{L}`, `\p{Z}`, `\p{N}` (and the other general categories) are Unicode categories, matched
 *   per code point, as the `u` flag does.
 * - Any escaped non-alphanumeric character is that character (`\/`, `\-`, `\:`).
 *
 * Inside a class every element is re-emitted as an explicit code point (`\u{…}`), so a JavaScript
 * reading can never differ from Java's (a `-` that Java took literally stays literal).
 * Constructs the STS model does not use (`&&`, nested classes, `\Q…\E`, back-references,
 * possessive quantifiers, flags) throw: a new model pattern that needs them fails the test that
 * compiles every pattern of the model, instead of being matched wrongly.
 */

const ASCII_WORD = 'A-Za-z0-9_'
const ASCII_DIGIT = '0-9'
/** Java's `\s`: [ \t\n\x0B\f\r]. */
const ASCII_SPACE = '\\t\\n\\u{b}\\f\\r '
/** Java's `.` (without DOTALL) excludes the line terminators \n, \r, U+0085, U+2028, U+2029. */
const JAVA_DOT = '[^\\n\\r\\u{85}\\u{2028}\\u{2029}]'

/** Unicode general categories Java and JavaScript both know by these names. */
const GENERAL_CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo',
  'M', 'Mn', 'Mc', 'Me',
  'N', 'Nd', 'Nl', 'No',
  'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'S', 'Sm', 'Sc', 'Sk', 'So',
  'Z', 'Zs', 'Zl', 'Zp',
  'C', 'Cc', 'Cf', 'Co', 'Cn', 'Cs',
])

/** Java's single-letter control escapes. */
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, n: 0x0a, r: 0x0d, f: 0x0c, a: 0x07, e: 0x1b }

export class UnsupportedJavaPatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`Cannot translate the Java pattern ${pattern}: ${reason}`)
    this.name = 'UnsupportedJavaPatternError'
  }
}

const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`

/** One element of a character class, or one escape outside a class. */
type Atom = { kind: 'char'; codePoint: number } | { kind: 'set'; inClass: string; outside: string }

class JavaPatternReader {
  private readonly chars: readonly string[]
  private index = 0

  constructor(private readonly pattern: string) {
    this.chars = Array.from(pattern)
  }

  translate(): string {
    let out = ''
    while (!this.done()) out += this.readOutsideClass()
    return out
  }

  private done(): boolean {
    return this.index >= this.chars.length
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.index + offset]
  }

  private next(): string {
    const char = this.chars[this.index]
    if (char === undefined) this.fail('unexpected end of pattern')
    this.index += 1
    return char
  }

  private fail(reason: string): never {
    throw new UnsupportedJavaPatternError(this.pattern, reason)
  }

  private readOutsideClass(): string {
    const char = this.next()
    switch (char) {
      case '[':
        return this.readClass()
      case '\\': {
        const atom = this.readEscape(false)
        return atom.kind === 'char' ? hex(atom.codePoint) : atom.outside
      }
      case '.':
        return JAVA_DOT
      case '(':
        if (this.peek() === '?') {
          if (this.peek(1) !== ':') this.fail('only (?: …) groups are supported')
          this.index += 2
          return '(?:'
        }
        return '('
      case '*':
      case '+':
      case '?':
        if (this.peek() === '+') this.fail('possessive quantifiers are not supported')
        return char
      case '{':
        return this.readRepetition()
      case ')':
      case '|':
      case '^':
      case '$':
        return char
      default:
        return hex(char.codePointAt(0) ?? 0)
    }
  }

  private readRepetition(): string {
    let body = ''
    while (this.peek() !== '}') {
      const char = this.next()
      if (!/[0-9,]/.test(char)) this.fail('malformed {n,m} repetition')
      body += char
    }
    this.next()
    if (!/^\d+(,\d*)?$/.test(body)) this.fail('malformed {n,m} repetition')
    if (this.peek() === '+') this.fail('possessive quantifiers are not supported')
    return `{${body}}`
  }

  /** Reads after `[` up to the matching `]`; returns the JavaScript class. */
  private readClass(): string {
    let negated = false
    if (this.peek() === '^') {
      negated = true
      this.index += 1
    }
    let body = ''
    let first = true
    while (first || this.peek() !== ']') {
      if (this.done()) this.fail('unterminated character class')
      // In Java, a `]` right after `[` or `[^` is a literal.
      const start = this.readClassAtom(first)
      first = false
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.index += 1
        const end = this.readClassAtom(false)
        if (start.kind !== 'char' || end.kind !== 'char') this.fail('a range bound is a class escape')
        if (start.codePoint > end.codePoint) this.fail('illegal character range')
        body += `${hex(start.codePoint)}-${hex(end.codePoint)}`
      } else {
        body += start.kind === 'char' ? hex(start.codePoint) : start.inClass
      }
    }
    this.next()
    if (body === '') this.fail('empty character class')
    return `[${negated ? '^' : ''}${body}]`
  }

  private readClassAtom(first: boolean): Atom {
    const char = this.next()
    if (char === '\\') return this.readEscape(true)
    if (char === '[') this.fail('nested classes and unions are not supported')
    if (char === '&' && this.peek() === '&') this.fail('class intersections are not supported')
    if (char === ']' && !first) this.fail('unexpected ]')
    return { kind: 'char', codePoint: char.codePointAt(0) ?? 0 }
  }

  /** Reads after a backslash. */
  private readEscape(inClass: boolean): Atom {
    const char = this.next()
    switch (char) {
      case 'w':
        return { kind: 'set', inClass: ASCII_WORD, outside: `[${ASCII_WORD}]` }
      case 'W':
        return this.negatedSet(ASCII_WORD, inClass)
      case 'd':
        return { kind: 'set', inClass: ASCII_DIGIT, outside: `[${ASCII_DIGIT}]` }
      case 'D':
        return this.negatedSet(ASCII_DIGIT, inClass)
      case 's':
        return { kind: 'set', inClass: ASCII_SPACE, outside: `[${ASCII_SPACE}]` }
      case 'S':
        return this.negatedSet(ASCII_SPACE, inClass)
      case 'p':
      case 'P':
        return this.readProperty(char === 'P')
      case 'u':
        return { kind: 'char', codePoint: this.readHex(4) }
      case 'x':
        if (this.peek() === '{') {
          this.index += 1
          let digits = ''
          while (this.peek() !== '}') digits += this.next()
          this.next()
          return { kind: 'char', codePoint: this.parseHex(digits) }
        }
        return { kind: 'char', codePoint: this.readHex(2) }
      default: {
        const control = CONTROL_ESCAPES[char]
        if (control !== undefined) return { kind: 'char', codePoint: control }
        // Java: a backslash before a non-alphabetic character quotes it.
        if (!/[A-Za-z0-9]/.test(char)) return { kind: 'char', codePoint: char.codePointAt(0) ?? 0 }
        return this.fail(`the escape \\${char} is not supported`)
      }
    }
  }

  private negatedSet(set: string, inClass: boolean): Atom {
    // A negated set cannot sit inside a JavaScript class (without the v flag).
    if (inClass) this.fail('a negated class escape (\\W, \\D, \\S) inside a class is not supported')
    return { kind: 'set', inClass: '', outside: `[^${set}]` }
  }

  private readProperty(negated: boolean): Atom {
    let name: string
    if (this.peek() === '{') {
      this.index += 1
      name = ''
      while (this.peek() !== '}') name += this.next()
      this.next()
    } else {
      name = this.next()
    }
    const category = name.startsWith('Is') && GENERAL_CATEGORIES.has(name.slice(2)) ? name.slice(2) : name
    if (!GENERAL_CATEGORIES.has(category)) this.fail(`the property \\p{${name}} is not supported`)
    const escape = `\\${negated ? 'P' : 'p'}{${category}}`
    return { kind: 'set', inClass: escape, outside: escape }
  }

  private readHex(count: number): number {
    let digits = ''
    for (let i = 0; i < count; i += 1) digits += this.next()
    return this.parseHex(digits)
  }

  private parseHex(digits: string): number {
    if (!/^[0-9A-Fa-f]+$/.test(digits)) this.fail(`malformed hexadecimal escape ${digits}`)
    const codePoint = Number.parseInt(digits, 16)
    if (codePoint > 0x10ffff) this.fail(`hexadecimal escape out of range ${digits}`)
    return codePoint
  }
}

/** The JavaScript source (for a `u` RegExp) equivalent to a Java pattern, not yet anchored. */
export function translateJavaPattern(pattern: string): string {
  return new JavaPatternReader(pattern).translate()
}

/** A RegExp that matches exactly the strings Java's `Pattern.matches(pattern, s)` accepts. */
export function compileJavaPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${translateJavaPattern(pattern)})$`, 'u')
}

const compiled = new Map<string, RegExp>()

/** Whether the whole value matches the Java pattern; each pattern is translated once. */
export function matchesJavaPattern(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern)
  if (!regex) {
    regex = compileJavaPattern(pattern)
    compiled.set(pattern, regex)
  }
  return regex.test(value)
}
