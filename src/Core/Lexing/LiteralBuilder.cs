using System.Text;

namespace SchemaGen.Core.Lexing;

/// <summary>
/// Accumulates a decoded literal from plain characters, code-point escapes and byte escapes,
/// checking what PostgreSQL checks: byte escapes must form valid UTF-8 (and no NUL), escaped
/// code points must be in range, and UTF-16 surrogate escapes must pair up. With no output it
/// only validates, so the lexer can check literals without allocating.
/// </summary>
internal struct LiteralBuilder
{
    private const char Replacement = '\uFFFD';

    private readonly StringBuilder? _output;
    private readonly List<LexError>? _errors;

    // An incomplete UTF-8 sequence built from byte escapes.
    private int _bytesNeeded;
    private int _codePoint;
    private int _minimum;
    private int _firstByte;
    private int _sequenceAt;
    private int _sequenceLength;

    // After a bad lead byte, its continuation bytes belong to the same reported error.
    private bool _skippingContinuations;

    // A high surrogate escape waiting for its low half.
    private bool _highPending;
    private int _high;
    private int _highAt;
    private int _highLength;

    public LiteralBuilder(StringBuilder? output, List<LexError>? errors)
    {
        _output = output;
        _errors = errors;
        _skippingContinuations = false;
        _bytesNeeded = _codePoint = _minimum = _firstByte = _sequenceAt = _sequenceLength = 0;
        _highPending = false;
        _high = _highAt = _highLength = 0;
    }

    public void Char(char c)
    {
        EndPending();
        _output?.Append(c);
    }

    /// <summary>A <c>\uXXXX</c>-style escape of <paramref name="length"/> characters at <paramref name="at"/>.</summary>
    public void CodePointEscape(int value, int at, int length)
    {
        _skippingContinuations = false;
        EndBytes();
        if (_highPending)
        {
            _highPending = false;
            if (value >= 0xDC00 && value <= 0xDFFF)
            {
                AppendCodePoint(0x10000 + ((_high - 0xD800) << 10) + (value - 0xDC00));
                return;
            }

            Fail(_highAt, _highLength, LexMessages.InvalidUnicodeSurrogatePair);
        }

        if (value <= 0 || value > 0x10FFFF)
        {
            Fail(at, length, LexMessages.InvalidUnicodeEscapeValue);
        }
        else if (value >= 0xD800 && value <= 0xDBFF)
        {
            _highPending = true;
            _high = value;
            _highAt = at;
            _highLength = length;
        }
        else if (value >= 0xDC00 && value <= 0xDFFF)
        {
            Fail(at, length, LexMessages.InvalidUnicodeSurrogatePair);
        }
        else
        {
            AppendCodePoint(value);
        }
    }

    /// <summary>An octal or hex escape: one raw byte of the UTF-8 text.</summary>
    public void ByteEscape(int value, int at, int length)
    {
        EndSurrogate();
        if (_skippingContinuations && (value & 0xC0) == 0x80) return;
        _skippingContinuations = false;
        if (_bytesNeeded > 0)
        {
            if ((value & 0xC0) == 0x80)
            {
                _codePoint = (_codePoint << 6) | (value & 0x3F);
                _sequenceLength = at + length - _sequenceAt;
                if (--_bytesNeeded == 0)
                {
                    bool valid = _codePoint >= _minimum && _codePoint <= 0x10FFFF
                        && !(_codePoint >= 0xD800 && _codePoint <= 0xDFFF);
                    if (valid) AppendCodePoint(_codePoint);
                    else Fail(_sequenceAt, _sequenceLength, LexMessages.InvalidByteSequence(_firstByte));
                }

                return;
            }

            EndBytes();
        }

        _firstByte = value;
        _sequenceAt = at;
        _sequenceLength = length;
        if (value >= 0x01 && value <= 0x7F)
        {
            _output?.Append((char)value);
        }
        else if (value >= 0xC2 && value <= 0xDF)
        {
            Start(1, value & 0x1F, 0x80);
        }
        else if (value >= 0xE0 && value <= 0xEF)
        {
            Start(2, value & 0x0F, 0x800);
        }
        else if (value >= 0xF0 && value <= 0xF4)
        {
            Start(3, value & 0x07, 0x10000);
        }
        else
        {
            Fail(at, length, LexMessages.InvalidByteSequence(value));
            _skippingContinuations = true;
        }
    }

    /// <summary>Reports whatever is left incomplete at the end of the literal.</summary>
    public void Finish() => EndPending();

    private void Start(int needed, int bits, int minimum)
    {
        _bytesNeeded = needed;
        _codePoint = bits;
        _minimum = minimum;
    }

    private void EndPending()
    {
        _skippingContinuations = false;
        EndBytes();
        EndSurrogate();
    }

    private void EndBytes()
    {
        if (_bytesNeeded == 0) return;
        _bytesNeeded = 0;
        Fail(_sequenceAt, _sequenceLength, LexMessages.InvalidByteSequence(_firstByte));
    }

    private void EndSurrogate()
    {
        if (!_highPending) return;
        _highPending = false;
        Fail(_highAt, _highLength, LexMessages.InvalidUnicodeSurrogatePair);
    }

    private void Fail(int at, int length, string message)
    {
        _errors?.Add(new LexError(at, length, message));
        _output?.Append(Replacement);
    }

    private void AppendCodePoint(int value)
    {
        if (_output is null) return;
        if (value < 0x10000)
        {
            _output.Append((char)value);
        }
        else
        {
            value -= 0x10000;
            _output.Append((char)(0xD800 + (value >> 10)));
            _output.Append((char)(0xDC00 + (value & 0x3FF)));
        }
    }
}
